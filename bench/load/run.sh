#!/usr/bin/env bash
# Load benchmark (not a test): starts `tradewatch serve` on a fresh store built from the bundled data, drives the
# exposure endpoint with wrk on loopback for a bounded time, prints throughput and p50/p99 latency, and stops.
# Usage: bash bench/load/run.sh [SECONDS=20] [CONNECTIONS=8] [RATE=500]
# Two runs: one paced to about RATE req/s (the target's condition), then one flat out (the ceiling).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
connections="${2:-8}"
rate="${3:-500}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet publish src/Tradewatch.Cli -c Release -o bench/out/cli -nologo -v quiet >/dev/null
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
dotnet bench/out/cli/tradewatch.dll --db "$work/load.duckdb" serve --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
url="http://127.0.0.1:$port/api/exposure?from=RUS&to=PRK&period=2010..2020"
curl -sf "$url" >/dev/null   # warm-up: first query compiles and caches
echo "machine: $(nproc) cores; $(uptime)"
echo "== paced: about ${rate} req/s — GET $url, ${seconds}s, ${connections} connections, 2 threads"
RATE="$rate" CONNECTIONS="$connections" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/load/paced.lua "$url"
echo "== flat out — same URL, ${seconds}s, ${connections} connections, 2 threads"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url"
