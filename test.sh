#!/usr/bin/env bash
# Runs every DocGen test (engine, validation, authoring, forms, PDF, API), installing what they need first.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-pdf-deps.sh
export FONTCONFIG_FILE="${FONTCONFIG_FILE:-$PWD/fonts/fonts.conf}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build DocGen.sln -c Release -v quiet -nologo
status=0
for project in tests/*/*.csproj; do
  dotnet test "$project" -c Release --no-build -v quiet -nologo || status=1
done
exit $status
