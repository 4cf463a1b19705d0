#!/usr/bin/env bash
# The docker-compose topology without Docker: PracticeFlow nodes as plain JVMs on one PostgreSQL database and one
# SMTP server, for trying a cluster out and for the fault tests.
#
#   docker/run-cluster.sh start [N...]   start nodes (default 1 2); node N listens on port 808N
#   docker/run-cluster.sh stop  [N...]   stop nodes gracefully
#   docker/run-cluster.sh kill  N        stop node N with SIGKILL, as a crash would
#   docker/run-cluster.sh status         which nodes run, and their health
#
# Settings (environment): PRACTICEFLOW_DB_URL (default jdbc:postgresql://127.0.0.1:5432/practiceflow, created if
# missing), PRACTICEFLOW_DB_USER, PRACTICEFLOW_DB_PASSWORD, SPRING_MAIL_HOST / SPRING_MAIL_PORT (default
# 127.0.0.1:1025), CLUSTER_DIR (logs and pids, default target/cluster), CLUSTER_DEMO_DATA (default true: demo users
# with password = user id, for trying it out), CLUSTER_JAVA_OPTS, CLUSTER_ARGS (extra Spring arguments).
# Build the jar first: mvn -DskipTests package
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${CLUSTER_DIR:-$root/target/cluster}"
db_url="${PRACTICEFLOW_DB_URL:-jdbc:postgresql://127.0.0.1:5432/practiceflow}"
mkdir -p "$dir"

jar() {
  local found
  found="$(ls "$root"/target/practiceflow-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)"
  [[ -n "$found" ]] || { echo "No jar in target/: run mvn -DskipTests package first" >&2; exit 1; }
  echo "$found"
}

ensure_database() {
  # jdbc:postgresql://host:port/name
  local rest="${db_url#jdbc:postgresql://}" hostport name
  hostport="${rest%%/*}"; name="${rest#*/}"; name="${name%%\?*}"
  command -v psql >/dev/null || return 0
  local host="${hostport%%:*}" port="${hostport##*:}"
  [[ "$port" == "$hostport" ]] && port=5432
  if ! PGPASSWORD="${PRACTICEFLOW_DB_PASSWORD:-}" psql -h "$host" -p "$port" -U "${PRACTICEFLOW_DB_USER:-postgres}" \
      -d "$name" -Atc 'select 1' >/dev/null 2>&1; then
    PGPASSWORD="${PRACTICEFLOW_DB_PASSWORD:-}" psql -h "$host" -p "$port" -U "${PRACTICEFLOW_DB_USER:-postgres}" \
      -d postgres -qc "create database \"$name\"" >/dev/null
    echo "Created database $name"
  fi
}

start_node() {
  local n="$1" port=$((8080 + $1))
  if [[ -f "$dir/node$n.pid" ]] && kill -0 "$(cat "$dir/node$n.pid")" 2>/dev/null; then
    echo "node $n already runs (pid $(cat "$dir/node$n.pid"))"; return
  fi
  # shellcheck disable=SC2086
  (cd "$root" && exec java ${CLUSTER_JAVA_OPTS:--Xmx512m} -jar "$(jar)" \
      --spring.profiles.active=postgres \
      --server.port="$port" \
      --practiceflow.base-url="http://localhost:$port" \
      --practiceflow.demo-data.enabled="${CLUSTER_DEMO_DATA:-true}" \
      --spring.datasource.url="$db_url" \
      --spring.mail.host="${SPRING_MAIL_HOST:-127.0.0.1}" --spring.mail.port="${SPRING_MAIL_PORT:-1025}" \
      ${CLUSTER_ARGS:-} >>"$dir/node$n.log" 2>&1) &
  echo $! >"$dir/node$n.pid"
  echo "node $n starting on port $port (pid $!, log $dir/node$n.log)"
}

wait_ready() {
  local n="$1" port=$((8080 + $1))
  for _ in $(seq 1 180); do
    curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && { echo "node $n ready"; return; }
    kill -0 "$(cat "$dir/node$n.pid")" 2>/dev/null || { echo "node $n exited; see $dir/node$n.log" >&2; exit 1; }
    sleep 1
  done
  echo "node $n not ready after 180 s; see $dir/node$n.log" >&2; exit 1
}

stop_node() {
  local n="$1" signal="${2:-TERM}"
  [[ -f "$dir/node$n.pid" ]] || return 0
  local pid; pid="$(cat "$dir/node$n.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    echo "node $n stopped ($signal)"
  fi
  rm -f "$dir/node$n.pid"
}

command="${1:-status}"; shift || true
nodes=("$@"); [[ ${#nodes[@]} -gt 0 ]] || nodes=(1 2)
case "$command" in
  start)
    ensure_database
    # one after the other: on an empty database the first node creates Camunda's tables, which two nodes
    # doing at once would collide on; seeding after that is serialized by a database lock (StartupLock)
    for n in "${nodes[@]}"; do start_node "$n"; wait_ready "$n"; done ;;
  stop) for n in "${nodes[@]}"; do stop_node "$n"; done ;;
  kill) for n in "${nodes[@]}"; do stop_node "$n" KILL; done ;;
  status)
    for f in "$dir"/node*.pid; do
      [[ -f "$f" ]] || continue
      n="$(basename "$f" .pid)"; n="${n#node}"
      printf 'node %s pid %s: %s\n' "$n" "$(cat "$f")" \
        "$(curl -fs "http://localhost:$((8080 + n))/actuator/health" 2>/dev/null || echo 'not answering')"
    done ;;
  *) echo "usage: $0 start|stop|kill|status [node...]" >&2; exit 2 ;;
esac
