#!/usr/bin/env bash
# Checks, without changing anything, that the C# code follows .editorconfig: whitespace, braces, var, usings and
# names. Needs only the .NET SDK and a restored solution (./test.sh builds before it runs this); nothing is fetched.
# Extra arguments go to the solution's check, e.g. --include src/DocGen.Templates/ to check one project's files.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
status=0
dotnet format DocGen.sln --no-restore --verify-no-changes --severity warn "$@" || status=1
# The integrator program is built by the contract tests, outside the solution: only its whitespace can be checked.
dotnet format whitespace --folder --verify-no-changes --include tests/DocGen.Contract.Tests/Integrator/ || status=1
if [ $status -ne 0 ]; then
  echo "The code above does not follow .editorconfig. Fix it with:  dotnet format DocGen.sln --no-restore" >&2
  echo "  (and for the integrator:  dotnet format whitespace --folder --include tests/DocGen.Contract.Tests/Integrator/)" >&2
  echo "Names (IDE1006) are not fixed by dotnet format: rename those in an editor." >&2
fi
exit $status
