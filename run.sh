#!/usr/bin/env bash
# Starts DocGen on 127.0.0.1:${PORT:-5080} with the bundled templates (DOCGEN_TEMPLATES overrides).
# Installs what is missing first (LibreOffice, fonts, NuGet packages); runs in the foreground.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-pdf-deps.sh
export FONTCONFIG_FILE="${FONTCONFIG_FILE:-$PWD/fonts/fonts.conf}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/DocGen.Api -c Release -v quiet -nologo
exec dotnet run --no-build -c Release --project src/DocGen.Api -- "$@"
