-- ExposurePeriods: per output period, the total and the value banned / capped / exempted / unrestricted, each as
-- a min..max range. No parameters (reads x_flows, x_pairs).
-- Method: each ledger row is cut into day segments at every date a measure role starts or ends; a segment's
-- value is the row's value × segment days / row days (pro-rating by days in force). In a segment the strongest
-- role wins (ban > cap > exempt > unrestricted). A role counts towards a category's max when the row's HS code
-- overlaps the scope at all, towards its min only when the code lies wholly inside it; so
--   banned:       min = fully covered by a ban           max = touched by a ban
--   capped:       min = fully capped and no ban touches   max = touched by a cap and not fully banned
--   exempted:     min = fully in a wind-down, nothing else touches   max = touched, not fully banned or capped
--   unrestricted: min = nothing touches                  max = not fully covered by any role
-- Columns: key_start, period_start, period_end, total_usd, then banned/capped/exempted/unrestricted _min/_max,
--          review_max_usd (list-based scopes touched), source_rows, exporter, importer (one output row per pair and
--          period: x_flows holds one pair for `exposure`, every pair for the all-pairs benchmark)
WITH restricted AS (
    SELECT DISTINCT fid FROM x_pairs WHERE cat IN ('ban', 'cap', 'exempt')
),
bounds AS (
    SELECT f.fid, f.period_start AS b FROM x_flows f JOIN restricted USING (fid)
    UNION SELECT f.fid, f.period_end + 1 FROM x_flows f JOIN restricted USING (fid)
    UNION SELECT fid, d_from FROM x_pairs WHERE cat IN ('ban', 'cap', 'exempt')
    UNION SELECT fid, d_to + 1 FROM x_pairs WHERE cat IN ('ban', 'cap', 'exempt')
),
segments AS (
    SELECT * FROM (
        SELECT fid, b AS s_from, lead(b) OVER (PARTITION BY fid ORDER BY b) - 1 AS s_to FROM bounds
    ) WHERE s_to IS NOT NULL
),
flags AS (
    SELECT s.fid, s.s_from, s.s_to,
           coalesce(bool_or(p.cat = 'ban'), false) AS any_ban,
           coalesce(bool_or(p.cat = 'ban' AND p.is_full), false) AS full_ban,
           coalesce(bool_or(p.cat = 'cap'), false) AS any_cap,
           coalesce(bool_or(p.cat = 'cap' AND p.is_full), false) AS full_cap,
           coalesce(bool_or(p.cat = 'exempt'), false) AS any_ex,
           coalesce(bool_or(p.cat = 'exempt' AND p.is_full), false) AS full_ex
    FROM segments s
    LEFT JOIN x_pairs p ON p.fid = s.fid AND p.cat IN ('ban', 'cap', 'exempt') AND p.d_from <= s.s_from AND p.d_to >= s.s_to
    GROUP BY s.fid, s.s_from, s.s_to
),
per_row AS (
    SELECT g.fid,
           sum(v) FILTER (WHERE full_ban) AS banned_min,
           sum(v) FILTER (WHERE any_ban) AS banned_max,
           sum(v) FILTER (WHERE full_cap AND NOT any_ban) AS capped_min,
           sum(v) FILTER (WHERE any_cap AND NOT full_ban) AS capped_max,
           sum(v) FILTER (WHERE full_ex AND NOT any_ban AND NOT any_cap) AS exempted_min,
           sum(v) FILTER (WHERE any_ex AND NOT full_ban AND NOT full_cap) AS exempted_max,
           sum(v) FILTER (WHERE NOT (any_ban OR any_cap OR any_ex)) AS unrestricted_min,
           sum(v) FILTER (WHERE NOT (full_ban OR full_cap OR full_ex)) AS unrestricted_max
    FROM (
        SELECT fl.*, f.value_usd::DOUBLE * (fl.s_to - fl.s_from + 1) / f.days AS v
        FROM flags fl JOIN x_flows f USING (fid)
    ) g
    GROUP BY g.fid
),
review AS (
    SELECT p.fid, max(f.value_usd::DOUBLE * (p.d_to - p.d_from + 1) / f.days) AS review_max
    FROM x_pairs p JOIN x_flows f USING (fid)
    WHERE p.cat = 'review'
    GROUP BY p.fid
)
SELECT f.key_start,
       min(f.period_start) AS period_start,
       max(f.period_end) AS period_end,
       sum(f.value_usd)::DOUBLE AS total_usd,
       sum(coalesce(r.banned_min, 0)) AS banned_min,
       sum(coalesce(r.banned_max, 0)) AS banned_max,
       sum(coalesce(r.capped_min, 0)) AS capped_min,
       sum(coalesce(r.capped_max, 0)) AS capped_max,
       sum(coalesce(r.exempted_min, 0)) AS exempted_min,
       sum(coalesce(r.exempted_max, 0)) AS exempted_max,
       sum(CASE WHEN r.fid IS NULL THEN f.value_usd::DOUBLE ELSE coalesce(r.unrestricted_min, 0) END) AS unrestricted_min,
       sum(CASE WHEN r.fid IS NULL THEN f.value_usd::DOUBLE ELSE coalesce(r.unrestricted_max, 0) END) AS unrestricted_max,
       sum(coalesce(v.review_max, 0)) AS review_max,
       count(*) AS source_rows,
       f.exporter, f.importer
FROM x_flows f
LEFT JOIN per_row r USING (fid)
LEFT JOIN review v USING (fid)
GROUP BY f.exporter, f.importer, f.key_start
ORDER BY f.exporter, f.importer, f.key_start
