#!/usr/bin/env bash
# Installs what DocGen's browser tests need on a fresh Debian machine: Debian's own Chromium, driven
# headless by Microsoft.Playwright through its executable path (no browser is ever downloaded), and
# poppler-utils for the template check page's PDF previews.
# Idempotent and non-interactive: runs `apt-get update` once, only when something is missing.
set -euo pipefail

packages=(
  chromium
  fonts-noto-cjk
  poppler-utils
)

"$(dirname "$0")/apt-ensure.sh" install-browser-deps "${packages[@]}"

if [ ! -x /usr/bin/chromium ]; then
  echo "install-browser-deps: /usr/bin/chromium is missing" >&2
  exit 1
fi
echo "install-browser-deps: ok ($(/usr/bin/chromium --version 2>/dev/null || echo chromium))"
