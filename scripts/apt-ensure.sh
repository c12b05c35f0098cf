#!/usr/bin/env bash
# usage: scripts/apt-ensure.sh LABEL PACKAGE...
# Installs the Debian packages that are missing, non-interactively; runs `apt-get update` once, only when
# something is missing. Shared by the project's install scripts.
set -euo pipefail
label="$1"; shift

missing=()
for p in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "$label: all present ($*)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "$label: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
