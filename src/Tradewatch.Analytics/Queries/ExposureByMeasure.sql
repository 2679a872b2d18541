-- ExposureByMeasure: per output period and measure, the value of the ledger rows the measure touches, pro-rated
-- by the days it was in force in each row's period (wind-down days included; they are also given apart).
-- No parameters (reads x_flows, x_pairs, rule_measures).
-- Columns: key_start, measure_id, type, basis, citation, value_min (rows wholly in scope), value_max (rows touching
--          the scope), wind_down_max, all_full, pro_rated (some row counted for fewer days than its period), rows,
--          exporter, importer (per pair, as ExposurePeriods)
SELECT f.key_start, p.measure_id, any_value(m.type) AS type, any_value(m.basis) AS basis, any_value(m.citation) AS citation,
       coalesce(sum(f.value_usd::DOUBLE * (p.d_to - p.d_from + 1) / f.days) FILTER (WHERE p.is_full), 0) AS value_min,
       sum(f.value_usd::DOUBLE * (p.d_to - p.d_from + 1) / f.days) AS value_max,
       coalesce(sum(f.value_usd::DOUBLE * (p.d_to - p.d_from + 1) / f.days) FILTER (WHERE p.cat = 'exempt'), 0) AS wind_down_max,
       bool_and(p.is_full) AS all_full,
       bool_or(p.d_to - p.d_from + 1 < f.days) AS pro_rated,
       count(DISTINCT p.fid) AS rows,
       f.exporter, f.importer
FROM x_pairs p
JOIN x_flows f USING (fid)
JOIN rule_measures m USING (measure_id)
GROUP BY f.exporter, f.importer, f.key_start, p.measure_id
ORDER BY f.exporter, f.importer, f.key_start, p.measure_id
