#!/usr/bin/env bash
# Installs what DocGen's PDF conversion needs on a fresh Debian machine:
# LibreOffice Writer (headless), the Python UNO bridge used by the warm workers,
# CJK fonts for the forms, a font with the ballot boxes ☐/☑ (U+2610/U+2611), and
# poppler-utils (pdfinfo/pdffonts/pdftotext) used by the tests.
# Idempotent and non-interactive: runs `apt-get update` once, only when something is missing.
set -euo pipefail

packages=(
  libreoffice-writer-nogui
  python3-uno
  fonts-noto-cjk
  fonts-dejavu-core
  fonts-liberation2
  fonts-arphic-ukai
  poppler-utils
  fontconfig
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-pdf-deps: all present (${packages[*]})"
else
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  echo "install-pdf-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The workers need Debian's interpreter: a pyenv/venv python3 first on PATH has no uno module.
if ! /usr/bin/python3 -c 'import uno' 2>/dev/null; then
  echo "install-pdf-deps: /usr/bin/python3 cannot import uno" >&2
  exit 1
fi
if ! fc-list ':charset=2611' family | grep -q .; then
  echo "install-pdf-deps: no installed font covers U+2611 (☑)" >&2
  exit 1
fi
echo "install-pdf-deps: ok"
