#!/usr/bin/env bash
# Installs what the browser test and the model lint need: Debian's chromium and the npm packages in package-lock.json.
# Idempotent; called by the Maven build before the tests run.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the Tasklist browser test"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser test needs Chromium: install it (Debian: sudo apt-get install chromium)," >&2
    echo "or build with -Dskip.e2e=true to leave out the browser test and bpmnlint." >&2
    exit 1
  fi
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "The browser test and bpmnlint need Node.js 18+ with npm (Debian: sudo apt-get install nodejs npm)." >&2
  exit 1
fi

# reinstall only when package-lock.json changed since the last install
if ! cmp -s package-lock.json node_modules/.installed-from-lock 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-from-lock
fi
