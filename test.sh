#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (the .NET SDK is assumed; Debian's chromium
# is installed when missing, for the browser tests), builds once, then runs every test project and prints one
# closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 && [ "${TRADEWATCH_SKIP_BROWSER_INSTALL:-}" != "1" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "test.sh: installing Debian's chromium for the browser tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "test.sh: chromium could not be installed; browser tests will fail" >&2
  fi
fi

dotnet build Tradewatch.slnx -c Release -nologo -clp:ErrorsOnly || exit 1
log="$(mktemp)"
dotnet test Tradewatch.slnx -c Release --no-build -nologo --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# dotnet test prints one "Passed!/Failed!  - Failed: F, Passed: P, …" line per test project: add them up.
awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ { f += $2; p += $4 } END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
