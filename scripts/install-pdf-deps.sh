#!/usr/bin/env bash
# Installs what DocGen's PDF conversion needs on a fresh Debian machine:
# LibreOffice Writer (headless), the Python UNO bridge used by the warm workers,
# CJK fonts for the forms, a font with the ballot boxes ☐/☑ (U+2610/U+2611),
# poppler-utils (pdfinfo/pdffonts/pdftotext) used by the tests, and
# tcmalloc, the allocator the workers preload (LibreOffice converts 10–20 % faster with it), and
# bubblewrap, which runs each worker without network and with only the system folders in view.
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
  libtcmalloc-minimal4
  bubblewrap
)

"$(dirname "$0")/apt-ensure.sh" install-pdf-deps "${packages[@]}"

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
