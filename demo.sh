#!/usr/bin/env bash
# The main job on the bundled data, on a fresh machine: builds Tradewatch, loads the bundled real datasets into
# a new store (./tradewatch.duckdb unless $TRADEWATCH_DB is set) and answers the first questions about
# Russia–DPRK trade from it.
set -euo pipefail
cd "$(dirname "$0")"
tw() { dotnet run --project src/Tradewatch.Cli -c Release --no-build -- "$@"; }
dotnet build src/Tradewatch.Cli -c Release -nologo -clp:ErrorsOnly
tw import comtrade data/trade/comtrade_hs27_hs44_dprk_all_partners_1988_2017.csv --dataset comtrade-dprk
tw import dots data/trade/imf_dots_dprk_russia_1960_2020.csv --dataset imf-dots
echo "== Russia → DPRK, Russia's declarations to UN Comtrade (HS 27 fuels, HS 44 wood), by chapter"
tw flows --from RUS --to PRK --period 2010..2017 --by hs2 --dataset comtrade-dprk
echo "== Russia → DPRK, all goods, IMF Direction of Trade Statistics"
tw flows --from RUS --to PRK --period 2010..2020 --dataset imf-dots
echo "== DPRK → China, HS 27 (coal is 2701), China's import declarations (the DPRK does not report)"
tw flows --from PRK --to CHN --period 2010..2017 --hs 27 --dataset comtrade-dprk
echo "== Sanctions measures in force on 2018-01-01 (UN and national rulebooks)"
tw rules list --at 2018-01-01
