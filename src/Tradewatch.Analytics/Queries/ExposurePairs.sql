-- ExposurePairs: every (ledger row × measure) whose direction, parties, HS scope and dates meet, with the days of
-- the row's period each role covers. One equality join per direction; no per-row loop.
-- No parameters (reads x_flows, rule_applies, rule_coverage, rule_measures).
-- Roles (cat): ban (after any wind-down), exempt (inside a ban's wind-down window: goods under earlier contracts may
-- still move), cap, review (list-based scope: HS is only a pre-filter), reporting.
-- Columns: fid, measure_id, cat, is_full (the row's HS code lies wholly in scope), d_from, d_to (clipped to the row)
CREATE OR REPLACE TEMP TABLE x_pairs AS
WITH hits AS (
    SELECT f.fid, f.period_start, f.period_end, a.measure_id, a.valid_from, a.valid_to, c.is_full
    FROM x_flows f
    JOIN rule_applies a ON a.direction = 'to_target' AND a.target = f.importer
    JOIN rule_coverage c ON c.measure_id = a.measure_id AND c.rev_key = f.rev_key AND c.code = f.code_key
    WHERE coalesce(a.counterpart, f.exporter) = f.exporter
      AND a.valid_from <= f.period_end AND a.valid_to >= f.period_start
    UNION ALL
    SELECT f.fid, f.period_start, f.period_end, a.measure_id, a.valid_from, a.valid_to, c.is_full
    FROM x_flows f
    JOIN rule_applies a ON a.direction = 'from_target' AND a.target = f.exporter
    JOIN rule_coverage c ON c.measure_id = a.measure_id AND c.rev_key = f.rev_key AND c.code = f.code_key
    WHERE coalesce(a.counterpart, f.importer) = f.importer
      AND a.valid_from <= f.period_end AND a.valid_to >= f.period_start
),
roles AS (
    SELECT h.*, 'review' AS cat, h.valid_from AS r_from, h.valid_to AS r_to
    FROM hits h JOIN rule_measures m USING (measure_id) WHERE m.basis = 'list'
    UNION ALL
    SELECT h.*, 'exempt', h.valid_from, least(h.valid_to, m.wind_down_until)
    FROM hits h JOIN rule_measures m USING (measure_id) WHERE m.basis <> 'list' AND m.type = 'ban' AND m.wind_down_until IS NOT NULL
    UNION ALL
    SELECT h.*, 'ban', CASE WHEN m.wind_down_until IS NULL THEN h.valid_from ELSE greatest(h.valid_from, m.wind_down_until + 1) END, h.valid_to
    FROM hits h JOIN rule_measures m USING (measure_id) WHERE m.basis <> 'list' AND m.type = 'ban'
    UNION ALL
    SELECT h.*, m.type, h.valid_from, h.valid_to
    FROM hits h JOIN rule_measures m USING (measure_id) WHERE m.basis <> 'list' AND m.type IN ('cap', 'reporting')
)
SELECT fid, measure_id, cat, is_full, greatest(r_from, period_start) AS d_from, least(r_to, period_end) AS d_to
FROM roles
WHERE greatest(r_from, period_start) <= least(r_to, period_end)
