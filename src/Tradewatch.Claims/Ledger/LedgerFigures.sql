-- LedgerFigures: what one dataset holds for one direction of trade, per period, grouped by how each row's goods
-- relate to a claim's goods. Rows come from the chosen_flows macro (Tradewatch.Data Queries/ChosenFlows.sql), so the
-- dataset, side and HS-level policy is the one `flows` and the analytics follow; restricted to one dataset so each
-- source is reported on its own and two datasets are never summed.
-- Parameters: $exporter, $importer (alpha-3), $start, $end (dates: whole years around the claim's period),
--             $side (exporter|importer|auto), $datasets (a one-name list), $hs (the claim's HS code, or NULL for all goods), $level (2|4|6)
-- Result: side, period_start, period_end,
--         relation (all = an all-goods row; inside = goods within the claim's HS code; coarser = a code that
--                   contains the claim's; part = an HS row against an all-goods claim; other = unrelated goods),
--         value_usd, source_rows, chapters ('27+44'), lines (first source lines), estimated (any IMF estimate)
SELECT
    side,
    period_start,
    period_end,
    CASE
        WHEN hs_code IS NULL THEN 'all'
        WHEN $hs IS NULL THEN 'part'
        WHEN starts_with(hs_code, $hs) THEN 'inside'
        WHEN starts_with($hs, hs_code) THEN 'coarser'
        ELSE 'other'
    END AS relation,
    sum(value_usd) AS value_usd,
    count(*) AS source_rows,
    string_agg(DISTINCT nullif(chapter, ''), '+' ORDER BY nullif(chapter, '')) AS chapters,
    array_to_string(list(source_line ORDER BY source_line)[1:5], ', ') AS lines,
    bool_or(is_estimate) AS estimated
FROM chosen_flows($exporter, $importer, $start, $end, NULL, $side, $datasets, $level)
GROUP BY ALL
ORDER BY period_start, period_end, relation
