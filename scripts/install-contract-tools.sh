#!/usr/bin/env bash
# Installs the tools the contract tests run, at the versions the repository pins: Redocly CLI from
# package-lock.json (npm ci, into node_modules/) and Kiota from .config/dotnet-tools.json (dotnet tool restore).
# Idempotent and non-interactive: npm ci runs only when node_modules/ is missing or older than the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null; then
  ./scripts/apt-ensure.sh install-contract-tools nodejs npm
fi
if [ ! -x node_modules/.bin/redocly ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
dotnet tool restore >/dev/null
echo "install-contract-tools: ok (redocly $(node_modules/.bin/redocly --version 2>/dev/null | tail -1), kiota $(dotnet tool run kiota --version 2>/dev/null | head -1))"
