#!/usr/bin/env bash
# Runs every DocGen test (engine, validation, authoring, forms, PDF, API, browser) and the code style check,
# installing what they need first.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-pdf-deps.sh
./scripts/install-browser-deps.sh
./scripts/install-contract-tools.sh
export FONTCONFIG_FILE="${FONTCONFIG_FILE:-$PWD/fonts/fonts.conf}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build DocGen.sln -c Release -v quiet -nologo
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# The code style is checked on the solution the build just restored; findings fail the suite but do not stop the tests.
style="code style: follows .editorconfig"
./scripts/check-format.sh || { status=1; style="code style: does not follow .editorconfig (findings above)"; }
for project in tests/*/*.csproj; do
  dotnet test "$project" -c Release --no-build -v quiet -nologo 2>&1 | tee -a "$log" || status=1
done
echo "$style"
# One closing line for the whole suite, summed over the test projects.
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { failed += $2; passed += $4; skipped += $6 }
  END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
exit $status
