#!/usr/bin/env bash
# Installs what the browser test and the model lint need: Debian's chromium and the npm packages in package-lock.json.
# Idempotent; called by the Maven build before the tests run.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian packages for the browser test and the model lint: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The browser test and the model lint need: ${missing[*]} (Debian: sudo apt-get install ${missing[*]})." >&2
    echo "Install them, or build with -Dskip.e2e=true to leave both out." >&2
    exit 1
  fi
fi

# reinstall only when package-lock.json changed since the last install
if ! cmp -s package-lock.json node_modules/.installed-from-lock 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-from-lock
fi
