#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (the .NET SDK is assumed; Debian's chromium
# is installed when missing, for the browser tests), builds once, then runs each test project.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 && [ "${TRADEWATCH_SKIP_BROWSER_INSTALL:-}" != "1" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "test.sh: installing Debian's chromium for the browser tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "test.sh: chromium could not be installed; browser tests will fail" >&2
  fi
fi

dotnet build Tradewatch.slnx -c Release -nologo -clp:ErrorsOnly
dotnet test Tradewatch.slnx -c Release --no-build -nologo --logger "console;verbosity=minimal"
