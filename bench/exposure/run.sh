#!/usr/bin/env bash
# Exposure benchmark: bash bench/exposure/run.sh [ROWS=100000000] [WORKDIR=/tmp/tw-bench-exposure] [REPEATS=5]
# Generates a BACI-format CSV of ROWS rows over 30 years and a Comtrade-format CSV of ROWS/25 rows (kept in WORKDIR
# for re-runs; delete WORKDIR after changing the generator), imports both through the real importer into a fresh
# store, loads the bundled rulebooks, then prints seconds for exposure of one pair over 30 years and of all pairs of
# one year, next to the same questions written by hand in plain DuckDB SQL; fails when the answers differ.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-100000000}"
work="${2:-/tmp/tw-bench-exposure}"
repeats="${3:-5}"
art="${ARTIFACTS:-/tmp/art-bench-exposure/}"
echo "uptime before: $(uptime)"
dotnet run --project bench/exposure -c Release -p:ArtifactsPath="$art" -- "$rows" "$work" "$PWD/rulebooks" "$repeats"
echo "uptime after: $(uptime)"
