-- ChosenFlows: the ledger rows a query may use, as one table macro shared by `flows` and the analytics
-- (exposure, breaches, caps, mirror, composition), so every command sees the same rows for the same flow.
-- Parameters: p_exporter, p_importer (alpha-3, or NULL = every country: all pairs are chosen separately),
--             p_start, p_end (dates; rows wholly inside), p_hs (prefix or NULL), p_side (exporter|importer|auto),
--             p_datasets (list of names or NULL), p_level (2|4|6: the HS detail the caller needs)
-- Policy, in order (per exporter → importer pair):
--   1. one dataset per calendar year and side: the one covering the most distinct goods, ties to the earliest
--      import (the same flow from two datasets is never summed);
--   2. side auto: the exporter's declarations for a year where the exporter reported, else the importer's;
--   3. within a dataset, one HS level per chapter: the finest level not finer than p_level, else the
--      coarsest available (a chapter row and its headings are never summed).
-- Columns: every trade_flows column but reporter, flow_kind, national_code and flag, plus dataset (name), yr,
--          lvl (0 = all goods), chapter. The four are left out because no caller reads them and the candidates are
--          kept whole in memory: carrying them cost ~15% of the macro on the bench ledger. Add one back when needed.
CREATE OR REPLACE TEMP MACRO chosen_flows(p_exporter, p_importer, p_start, p_end, p_hs, p_side, p_datasets, p_level) AS TABLE
WITH candidates AS (
    SELECT f.* EXCLUDE (reporter, flow_kind, national_code, flag), d.name AS dataset, year(f.period_start) AS yr,
           coalesce(length(f.hs_code), 0) AS lvl, coalesce(substr(f.hs_code, 1, 2), '') AS chapter
    FROM trade_flows f
    JOIN datasets d ON d.id = f.dataset_id
    WHERE (p_exporter IS NULL OR f.exporter = p_exporter) AND (p_importer IS NULL OR f.importer = p_importer)
      AND f.period_start >= p_start AND f.period_end <= p_end
      AND (p_hs IS NULL OR starts_with(f.hs_code, p_hs))
      AND (p_datasets IS NULL OR list_contains(p_datasets, d.name))
      AND (p_side = 'auto' OR f.side = p_side)
),
-- Both choices are aggregates over the candidates (no window, no second pass over the wide rows): the dataset and
-- side of a pair-year in one arg_max, and the level of a chapter only where the chosen dataset holds more than one
-- level in that year (elsewhere every row is at the one level there is, which the rule would pick anyway).
source_choice AS (
    SELECT exporter, importer, yr,
           arg_max(side, (side = 'exporter', goods, -dataset_id)) AS side,
           arg_max(dataset_id, (side = 'exporter', goods, -dataset_id)) AS dataset_id,
           arg_max(mixed, (side = 'exporter', goods, -dataset_id)) AS mixed
    FROM (
        SELECT exporter, importer, yr, side, dataset_id, count(DISTINCT hs_code) AS goods, min(lvl) <> max(lvl) AS mixed
        FROM candidates
        GROUP BY exporter, importer, yr, side, dataset_id
    )
    GROUP BY exporter, importer, yr
),
level_choice AS (
    SELECT exporter, importer, dataset_id, side, period_start, period_end, chapter,
           coalesce(max(lvl) FILTER (WHERE lvl <= p_level AND lvl > 0), min(lvl)) AS use_lvl
    FROM candidates
    JOIN source_choice USING (exporter, importer, yr, side, dataset_id)
    WHERE mixed
    GROUP BY ALL
)
SELECT c.*
FROM candidates c
JOIN source_choice sc USING (exporter, importer, yr, side, dataset_id)
LEFT JOIN level_choice lc USING (exporter, importer, dataset_id, side, period_start, period_end, chapter)
WHERE NOT sc.mixed OR c.lvl = lc.use_lvl
