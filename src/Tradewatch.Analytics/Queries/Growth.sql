-- Growth: per output period (year or month), the value of the flow and of the same months one year earlier, over
-- the rows chosen_flows picks (the dataset/side/level policy of `flows`), so a partial year is only ever compared
-- with the same months of the year before (Jan-May 2017 against Jan-May 2016).
-- Parameters: $exporter, $importer (alpha-3), $start, $end (dates of the asked period), $prev_start, $prev_end (the
--             same dates one year earlier), $hs (prefix or NULL), $side, $datasets (list or NULL), $by_month (bool)
-- Method: a period's window is the span its chosen rows cover (min start .. max end). The earlier value sums the
-- rows of the year before lying wholly inside that window shifted back a year. Earlier rows that straddle the
-- shifted window (an annual row against a Jan-May window) are counted, not used: the comparison is then refused.
-- Columns: k, w_start, w_end, value_usd, rows, datasets, side, prev_value_usd, prev_rows, prev_datasets,
--          prev_side, prev_span_start, prev_span_end (all earlier rows of the key), straddling
WITH cur AS (
    SELECT c.*, CASE WHEN $by_month THEN c.period_start ELSE make_date(c.yr, 1, 1) END AS k
    FROM chosen_flows($exporter, $importer, $start, $end, $hs, $side, $datasets, 2) c
),
prev AS (
    -- keyed by the period it is compared with (one year later)
    SELECT c.*, CASE WHEN $by_month THEN CAST(c.period_start + INTERVAL 1 YEAR AS DATE) ELSE make_date(c.yr + 1, 1, 1) END AS k,
           CAST(c.period_start + INTERVAL 1 YEAR AS DATE) AS s_shifted,
           CAST(c.period_end + INTERVAL 1 DAY + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE) AS e_shifted
    FROM chosen_flows($exporter, $importer, $prev_start, $prev_end, $hs, $side, $datasets, 2) c
),
cur_k AS (
    SELECT k, min(period_start) AS w_start, max(period_end) AS w_end, sum(value_usd) AS value_usd, count(*) AS rows,
           string_agg(DISTINCT dataset, ',' ORDER BY dataset) AS datasets, string_agg(DISTINCT side, ',' ORDER BY side) AS side
    FROM cur
    GROUP BY k
),
prev_k AS (
    SELECT ck.k,
           sum(p.value_usd) FILTER (WHERE p.s_shifted >= ck.w_start AND p.e_shifted <= ck.w_end) AS value_usd,
           count(*) FILTER (WHERE p.s_shifted >= ck.w_start AND p.e_shifted <= ck.w_end) AS rows,
           string_agg(DISTINCT p.dataset, ',' ORDER BY p.dataset) FILTER (WHERE p.s_shifted >= ck.w_start AND p.e_shifted <= ck.w_end) AS datasets,
           string_agg(DISTINCT p.side, ',' ORDER BY p.side) FILTER (WHERE p.s_shifted >= ck.w_start AND p.e_shifted <= ck.w_end) AS side,
           min(p.period_start) AS span_start,
           max(p.period_end) AS span_end,
           count(*) FILTER (WHERE p.s_shifted <= ck.w_end AND p.e_shifted >= ck.w_start
                              AND NOT (p.s_shifted >= ck.w_start AND p.e_shifted <= ck.w_end)) AS straddling
    FROM cur_k ck
    JOIN prev p USING (k)
    GROUP BY ck.k
)
SELECT ck.k, ck.w_start, ck.w_end, ck.value_usd, ck.rows, ck.datasets, ck.side,
       pk.value_usd AS prev_value_usd, coalesce(pk.rows, 0) AS prev_rows, pk.datasets AS prev_datasets, pk.side AS prev_side,
       pk.span_start AS prev_span_start, pk.span_end AS prev_span_end, coalesce(pk.straddling, 0) AS straddling
FROM cur_k ck
LEFT JOIN prev_k pk USING (k)
ORDER BY ck.k
