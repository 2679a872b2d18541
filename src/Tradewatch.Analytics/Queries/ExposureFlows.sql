-- ExposureFlows: the ledger rows behind an exposure/breach question, chosen by the shared policy (chosen_flows,
-- finest HS level available), keyed for the rule join and by output period. Kept as a TEMP table (x_flow_rows) so
-- the period, per-measure and breach queries read the same rows; they read it as the view x_flows (ExposureQuery),
-- whose fid is the table's rowid (numbering the rows with row_number() here cost a third of this statement on two
-- cores: that window does not run in parallel).
-- Parameters: $exporter, $importer (alpha-3 or NULL = all), $party (alpha-3 or NULL: keep rows where it is exporter or
--             importer; used by caps over all partners of the target), $start, $end (dates), $side, $datasets, $by_month (bool)
-- Columns (x_flows): fid, exporter, importer, side, dataset, source_line, period_start, period_end, days, key_start, key_end,
--          hs_code, code_key ('' = all goods), rev_key ('*' coarse | revision | '?'), value_usd, net_weight_kg,
--          quantity, quantity_unit, is_estimate
CREATE OR REPLACE TEMP TABLE x_flow_rows AS
SELECT c.exporter, c.importer, c.side, c.dataset, c.source_line,
       c.period_start, c.period_end, (c.period_end - c.period_start + 1) AS days,
       CASE WHEN $by_month THEN c.period_start ELSE make_date(c.yr, 1, 1) END AS key_start,
       CASE WHEN $by_month THEN c.period_end ELSE make_date(c.yr, 12, 31) END AS key_end,
       c.hs_code,
       coalesce(c.hs_code, '') AS code_key,
       CASE WHEN c.lvl = 6 THEN coalesce(c.hs_revision, '?') ELSE '*' END AS rev_key,
       c.value_usd, c.net_weight_kg, c.quantity, c.quantity_unit, c.is_estimate
FROM chosen_flows($exporter, $importer, $start, $end, NULL, $side, $datasets, 6) c
WHERE $party IS NULL OR c.exporter = $party OR c.importer = $party
