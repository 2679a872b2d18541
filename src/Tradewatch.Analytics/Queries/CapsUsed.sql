-- CapsUsed: per cap measure and counting window, what the ledger says was supplied in the cap's scope, all
-- partners of the target combined (rows from chosen_flows, so one dataset per year and side per pair).
-- No parameters (reads x_flows, x_pairs, cap_windows).
-- A row counts for the days of its period inside both the measure's force and the window (value and weight
-- pro-rated by days). max: rows touching the scope; min: rows wholly inside it.
-- Columns: measure_id, cap_no, w_start, w_end, usd_min, usd_max, tonnes_min, tonnes_max, rows, rows_without_weight,
--          datasets (name:rows, comma-separated)
WITH hits AS (
    SELECT w.measure_id, w.cap_no, w.w_start, w.w_end, p.is_full, f.dataset, f.value_usd, f.net_weight_kg,
           (least(p.d_to, w.w_end) - greatest(p.d_from, w.w_start) + 1)::DOUBLE / f.days AS part
    FROM cap_windows w
    JOIN x_pairs p ON p.measure_id = w.measure_id AND p.cat = 'cap' AND p.d_from <= w.w_end AND p.d_to >= w.w_start
    JOIN x_flows f USING (fid)
)
SELECT w.measure_id, w.cap_no, w.w_start, w.w_end,
       coalesce(sum(h.value_usd::DOUBLE * h.part) FILTER (WHERE h.is_full), 0) AS usd_min,
       coalesce(sum(h.value_usd::DOUBLE * h.part), 0) AS usd_max,
       coalesce(sum(h.net_weight_kg / 1000 * h.part) FILTER (WHERE h.is_full), 0) AS tonnes_min,
       coalesce(sum(h.net_weight_kg / 1000 * h.part), 0) AS tonnes_max,
       count(h.part) AS rows,
       count(h.part) FILTER (WHERE h.net_weight_kg IS NULL OR (h.net_weight_kg = 0 AND h.value_usd > 0)) AS rows_without_weight,
       (SELECT string_agg(d || ':' || n, ',') FROM (SELECT h2.dataset AS d, count(*) AS n FROM hits h2
            WHERE h2.measure_id = w.measure_id AND h2.cap_no = w.cap_no AND h2.w_start = w.w_start GROUP BY h2.dataset)) AS datasets
FROM cap_windows w
LEFT JOIN hits h USING (measure_id, cap_no, w_start, w_end)
GROUP BY w.measure_id, w.cap_no, w.w_start, w.w_end
ORDER BY w.w_start, w.measure_id, w.cap_no
