-- Flows: what the ledger holds for one direction of trade (exporter → importer).
-- Parameters: $exporter, $importer, $start, $end (dates), $hs (prefix or NULL), $side (exporter|importer|auto),
--             $datasets (list of names or NULL), $level (2|4|6: HS detail of the answer), $by_hs (bool), $by_month (bool)
-- Policy, in order:
--   1. one dataset per calendar year and side: the one covering the most distinct goods, ties to the earliest
--      import (the same flow from two datasets is never summed);
--   2. side auto: the exporter's declarations for a year where the exporter reported, else the importer's;
--   3. within a dataset, one HS level per chapter: the finest level not finer than the answer needs, else the
--      coarsest available (a chapter row and its headings are never summed).
-- Result: period_start, period_end, hs, value_usd, net_weight_kg, quantity, quantity_unit, side, dataset, source_rows
WITH candidates AS (
    SELECT f.*, d.name AS dataset, year(f.period_start) AS yr,
           coalesce(length(f.hs_code), 0) AS lvl, coalesce(substr(f.hs_code, 1, 2), '') AS chapter
    FROM trade_flows f
    JOIN datasets d ON d.id = f.dataset_id
    WHERE f.exporter = $exporter AND f.importer = $importer
      AND f.period_start >= $start AND f.period_end <= $end
      AND ($hs IS NULL OR starts_with(f.hs_code, $hs))
      AND ($datasets IS NULL OR list_contains($datasets, d.name))
      AND ($side = 'auto' OR f.side = $side)
),
dataset_choice AS (
    SELECT yr, side, dataset_id
    FROM (
        SELECT yr, side, dataset_id,
               row_number() OVER (PARTITION BY yr, side ORDER BY count(DISTINCT hs_code) DESC, dataset_id) AS rn
        FROM candidates
        GROUP BY yr, side, dataset_id
    )
    WHERE rn = 1
),
side_choice AS (
    SELECT yr, CASE WHEN bool_or(side = 'exporter') THEN 'exporter' ELSE 'importer' END AS side
    FROM dataset_choice
    GROUP BY yr
),
chosen AS (
    SELECT c.*
    FROM candidates c
    JOIN dataset_choice dc USING (yr, side, dataset_id)
    JOIN side_choice sc USING (yr, side)
),
level_choice AS (
    SELECT dataset_id, side, period_start, period_end, chapter,
           coalesce(max(lvl) FILTER (WHERE lvl <= $level AND lvl > 0), min(lvl)) AS use_lvl
    FROM chosen
    GROUP BY ALL
),
used AS (
    SELECT c.*,
           CASE WHEN $by_month THEN c.period_start ELSE make_date(c.yr, 1, 1) END AS period_key,
           CASE WHEN $by_month THEN c.period_end ELSE make_date(c.yr, 1, 1) END AS period_key_end,
           CASE WHEN $by_hs THEN substr(c.hs_code, 1, $level) END AS hs_key
    FROM chosen c
    JOIN level_choice lc USING (dataset_id, side, period_start, period_end, chapter)
    WHERE c.lvl = lc.use_lvl
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
