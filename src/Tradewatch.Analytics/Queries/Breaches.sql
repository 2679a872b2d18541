-- Breaches: breach *indicators* — ledger rows in a ban's HS scope, in the banned direction, for a period in which
-- the ban was in force after its wind-down window ended. Exemptions the data cannot rule out are named beside
-- each row (Rajin transit, livelihood, Committee approvals …), so a row is a lead to check, not a finding.
-- No parameters (reads x_flows, x_pairs, rule_measures, rule_exemptions).
-- Columns: period_start, period_end, hs_code, row_value, value_max (pro-rated to the ban's days), value_min (same,
--          0 when the row's code is only partly in scope), is_full, days_banned, days, measure_id, citation, rulebook,
--          side, dataset, source_line, exemptions (id|name|detectable|how, separated by chr(30))
SELECT f.period_start, f.period_end, f.hs_code, f.value_usd::DOUBLE AS row_value,
       f.value_usd::DOUBLE * (p.d_to - p.d_from + 1) / f.days AS value_max,
       CASE WHEN p.is_full THEN f.value_usd::DOUBLE * (p.d_to - p.d_from + 1) / f.days ELSE 0 END AS value_min,
       p.is_full, (p.d_to - p.d_from + 1) AS days_banned, f.days,
       p.measure_id, m.citation, m.rulebook, f.side, f.dataset, f.source_line,
       (SELECT string_agg(DISTINCT e.exemption_id || '|' || coalesce(e.name, '') || '|' || e.detectable || '|' || e.how, chr(30))
        FROM rule_exemptions e
        WHERE e.measure_id = p.measure_id AND e.detectable <> 'yes' AND e.test <> 'winddown'
          AND (e.hs_first IS NULL
               OR (substr(e.hs_first, 1, least(length(f.code_key), length(e.hs_first))) <= substr(f.code_key, 1, least(length(f.code_key), length(e.hs_first)))
                   AND substr(f.code_key, 1, least(length(f.code_key), length(e.hs_last))) <= substr(e.hs_last, 1, least(length(f.code_key), length(e.hs_last)))))
       ) AS exemptions
FROM x_pairs p
JOIN x_flows f USING (fid)
JOIN rule_measures m USING (measure_id)
WHERE p.cat = 'ban'
ORDER BY f.period_start, f.hs_code, p.measure_id
