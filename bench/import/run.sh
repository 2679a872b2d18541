#!/usr/bin/env bash
# Import benchmark: bash bench/import/run.sh [ROWS=10000000] [WORKDIR=bench/out]
# Builds Release, generates BACI-format files (ROWS/4 and ROWS rows, kept for re-runs), and prints
# rows/s and peak memory for tradewatch's two readers next to DuckDB's own read_csv.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-10000000}"
work="${2:-bench/out}"
dotnet publish src/Tradewatch.Cli -c Release -o bench/out/cli -nologo -v quiet >/dev/null
dotnet run --project bench/import -c Release -- "$rows" "$work" "$PWD/bench/out/cli/tradewatch.dll"
