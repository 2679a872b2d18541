-- Coverage: fills rule_coverage from rule_scope and the HS nomenclature (hs_codes, hs_correspondence), so that a
-- ledger row at any HS level joins its measures on equality: (rev_key, code).
-- No parameters. Rules:
--   * coarser than HS6 (chapter, heading, or '' = all goods; rev_key '*'): full when every HS6 under the prefix in
--     the measure's revision is in scope and none only partly; otherwise partial (exposure becomes a min..max range);
--   * HS6 in the measure's revision (or of unknown revision, rev_key '?'): full unless the measure covers only part;
--   * HS6 in a neighbouring revision (one step in hs_correspondence, either way): full when every code it maps to
--     is fully in scope, partial when some are;
--   * HS6 in any other revision: judged by its heading (4 digits), as a coarse code would be — never finer than
--     the data allows.
INSERT INTO rule_coverage
WITH scope AS (
    SELECT measure_id, hs6, any_value(revision) AS revision, bool_or(partial) AS partial
    FROM rule_scope
    GROUP BY measure_id, hs6
),
prefixes AS (
    SELECT DISTINCT measure_id, revision, unnest(['', substr(hs6, 1, 2), substr(hs6, 1, 4)]) AS code
    FROM scope
),
universe AS (
    SELECT p.measure_id, p.code, count(*) AS n_all
    FROM prefixes p
    JOIN hs_codes h ON h.revision = p.revision AND h.level = 6 AND starts_with(h.code, p.code)
    GROUP BY ALL
),
covered AS (
    SELECT p.measure_id, p.code, count(*) FILTER (WHERE NOT s.partial) AS n_full
    FROM prefixes p
    JOIN scope s ON s.measure_id = p.measure_id AND starts_with(s.hs6, p.code)
    GROUP BY ALL
),
coarse AS (
    SELECT c.measure_id, '*' AS rev_key, c.code, coalesce(c.n_full = u.n_all, false) AS is_full
    FROM covered c
    LEFT JOIN universe u USING (measure_id, code)
),
fine_own AS (
    SELECT measure_id, revision AS rev_key, hs6 AS code, NOT partial AS is_full FROM scope
    UNION ALL
    SELECT measure_id, '?' AS rev_key, hs6 AS code, NOT partial AS is_full FROM scope
),
neighbour_map AS (
    SELECT from_revision AS flow_rev, from_code AS flow_code, to_revision AS rule_rev, to_code AS rule_code FROM hs_correspondence
    UNION
    SELECT to_revision, to_code, from_revision, from_code FROM hs_correspondence
),
fine_neighbour AS (
    SELECT m.measure_id, n.flow_rev AS rev_key, n.flow_code AS code,
           bool_and(coalesce(NOT s.partial, false)) AS is_full
    FROM (SELECT DISTINCT measure_id, revision FROM scope) m
    JOIN neighbour_map n ON n.rule_rev = m.revision AND n.flow_rev <> m.revision AND length(n.flow_code) = 6
    LEFT JOIN scope s ON s.measure_id = m.measure_id AND s.hs6 = n.rule_code
    GROUP BY ALL
    HAVING bool_or(s.hs6 IS NOT NULL)
),
fine_far AS (
    SELECT c.measure_id, h.revision AS rev_key, h.code, c.is_full
    FROM coarse c
    JOIN (SELECT DISTINCT measure_id, revision FROM scope) m USING (measure_id)
    JOIN hs_codes h ON h.level = 6 AND substr(h.code, 1, 4) = c.code AND h.revision <> m.revision
    WHERE length(c.code) = 4
      AND NOT EXISTS (SELECT 1 FROM neighbour_map n WHERE n.rule_rev = m.revision AND n.flow_rev = h.revision)
)
SELECT measure_id, rev_key, code, is_full FROM coarse
UNION ALL SELECT measure_id, rev_key, code, is_full FROM fine_own
UNION ALL SELECT measure_id, rev_key, code, is_full FROM fine_neighbour
UNION ALL SELECT measure_id, rev_key, code, is_full FROM fine_far
