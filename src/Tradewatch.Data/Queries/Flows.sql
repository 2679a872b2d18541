-- Flows: what the ledger holds for one direction of trade (exporter → importer).
-- Parameters: $exporter, $importer, $start, $end (dates), $hs (prefix or NULL), $side (exporter|importer|auto),
--             $datasets (list of names or NULL), $level (2|4|6: HS detail of the answer), $by_hs (bool), $by_month (bool)
-- Policy (implemented once, in the chosen_flows macro of ChosenFlows.sql, shared with the analytics), in order:
--   1. one dataset per calendar year and side: the one covering the most distinct goods, ties to the earliest
--      import (the same flow from two datasets is never summed);
--   2. side auto: the exporter's declarations for a year where the exporter reported, else the importer's;
--   3. within a dataset, one HS level per chapter: the finest level not finer than the answer needs, else the
--      coarsest available (a chapter row and its headings are never summed).
-- Result: period_start, period_end, hs, value_usd, net_weight_kg, quantity, quantity_unit, side, dataset, source_rows
WITH used AS (
    SELECT c.*,
           CASE WHEN $by_month THEN c.period_start ELSE make_date(c.yr, 1, 1) END AS period_key,
           CASE WHEN $by_month THEN c.period_end ELSE make_date(c.yr, 1, 1) END AS period_key_end,
           CASE WHEN $by_hs THEN substr(c.hs_code, 1, $level) END AS hs_key
    FROM chosen_flows($exporter, $importer, $start, $end, $hs, $side, $datasets, $level) c
)
SELECT
    min(period_start) AS period_start,
    max(period_end) AS period_end,
    hs_key AS hs,
    sum(value_usd) AS value_usd,
    sum(net_weight_kg) AS net_weight_kg,
    CASE WHEN count(DISTINCT quantity_unit) = 1 THEN sum(quantity) END AS quantity,
    CASE WHEN count(DISTINCT quantity_unit) = 1 THEN any_value(quantity_unit) END AS quantity_unit,
    any_value(side) AS side,
    string_agg(DISTINCT dataset, ',') AS dataset,
    count(*) AS source_rows
FROM used
GROUP BY period_key, period_key_end, hs_key
ORDER BY 1, 3
