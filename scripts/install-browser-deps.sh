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

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-browser-deps: all present (${packages[*]})"
else
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  echo "install-browser-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "install-browser-deps: /usr/bin/chromium is missing" >&2
  exit 1
fi
echo "install-browser-deps: ok ($(/usr/bin/chromium --version 2>/dev/null || echo chromium))"
