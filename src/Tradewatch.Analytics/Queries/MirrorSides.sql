-- MirrorSides: what the exporter declared against what the importer declared, per year and HS code, each side
-- chosen by the shared policy (chosen_flows with side exporter, then importer: one dataset per year and side).
-- Parameters: $exporter, $importer, $start, $end (dates), $datasets (list or NULL), $level (2|4|6)
-- Rows with no HS code (all-goods totals) compare only with totals (hs NULL), never with a sum of chapters.
-- Columns: yr, hs, exporter_usd, importer_usd, exporter_dataset, importer_dataset, exporter_rows, importer_rows
WITH ex AS (
    SELECT yr, CASE WHEN lvl = 0 THEN NULL ELSE substr(hs_code, 1, least(lvl, $level)) END AS hs,
           sum(value_usd) AS v, string_agg(DISTINCT dataset, ',') AS ds, count(*) AS n
    FROM chosen_flows($exporter, $importer, $start, $end, NULL, 'exporter', $datasets, $level)
    GROUP BY ALL
),
im AS (
    SELECT yr, CASE WHEN lvl = 0 THEN NULL ELSE substr(hs_code, 1, least(lvl, $level)) END AS hs,
           sum(value_usd) AS v, string_agg(DISTINCT dataset, ',') AS ds, count(*) AS n
    FROM chosen_flows($exporter, $importer, $start, $end, NULL, 'importer', $datasets, $level)
    GROUP BY ALL
)
SELECT coalesce(ex.yr, im.yr) AS yr, coalesce(ex.hs, im.hs) AS hs, ex.v, im.v, ex.ds, im.ds, coalesce(ex.n, 0), coalesce(im.n, 0)
FROM ex FULL OUTER JOIN im ON ex.yr = im.yr AND ex.hs IS NOT DISTINCT FROM im.hs
ORDER BY 1, 2 NULLS FIRST
