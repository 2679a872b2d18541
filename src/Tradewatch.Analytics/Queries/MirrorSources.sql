-- MirrorSources: source against source for one direction of trade (e.g. Comtrade vs IMF DOTS for the DPRK, which
-- reports to neither): per year, side and dataset, the all-goods total and the sum of the chapters it reports,
-- kept apart (never summed with each other). Within a dataset one HS level per chapter (the coarsest).
-- Parameters: $exporter, $importer, $start, $end (dates), $datasets (list or NULL)
-- Columns: yr, side, dataset, total_usd (NULL when the dataset has no all-goods row), chapters_usd, chapters,
--          estimated (any row flagged as an estimate), rows
WITH rows_ AS (
    SELECT f.*, d.name AS dataset, coalesce(length(f.hs_code), 0) AS lvl, coalesce(substr(f.hs_code, 1, 2), '') AS chapter
    FROM trade_flows f JOIN datasets d ON d.id = f.dataset_id
    WHERE f.exporter = $exporter AND f.importer = $importer
      AND f.period_start >= $start AND f.period_end <= $end
      AND ($datasets IS NULL OR list_contains($datasets, d.name))
),
levelled AS (
    SELECT *, min(lvl) OVER (PARTITION BY dataset_id, side, period_start, period_end, chapter) AS use_lvl FROM rows_
)
SELECT year(period_start) AS yr, side, dataset,
       sum(value_usd) FILTER (WHERE hs_code IS NULL) AS total_usd,
       sum(value_usd) FILTER (WHERE hs_code IS NOT NULL) AS chapters_usd,
       string_agg(DISTINCT chapter, ',' ORDER BY chapter) FILTER (WHERE hs_code IS NOT NULL) AS chapters,
       bool_or(is_estimate) AS estimated,
       count(*) AS rows
FROM levelled
WHERE lvl = use_lvl
GROUP BY ALL
ORDER BY 1, 2, 3
