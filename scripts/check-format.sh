#!/usr/bin/env bash
# Checks, without changing anything, that the C# code follows .editorconfig: whitespace, braces, var, usings and
# names. Needs only the .NET SDK and a restored solution (./test.sh builds before it runs this); nothing is fetched.
# Extra arguments go to dotnet format, e.g. --include src/DocGen.Templates/ to check one project's files.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! dotnet format DocGen.sln --no-restore --verify-no-changes --severity warn "$@"; then
  echo "The code above does not follow .editorconfig. Fix it with:  dotnet format DocGen.sln --no-restore" >&2
  echo "Names (IDE1006) are not fixed by dotnet format: rename those in an editor." >&2
  exit 1
fi
