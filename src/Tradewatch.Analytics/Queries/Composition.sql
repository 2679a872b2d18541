-- Composition: per year, the value of the flow by HS section, chapter or heading, over the rows chosen_flows picks
-- (the dataset/side/level policy of `flows`: the same flow from two datasets, or a chapter and its headings, are
-- never summed). Shares are computed by the caller from these exact sums.
-- Parameters: $exporter, $importer (alpha-3), $start, $end (dates), $hs (prefix or NULL), $side, $datasets (list or
--             NULL), $level (2|4: HS detail chosen_flows should prefer), $group ('section'|'chapter'|'heading')
-- A row coded coarser than the asked level keeps its own code (a chapter under --level heading stays '27');
-- a row without HS code (all-goods totals such as IMF DOTS) has code NULL.
-- Columns: k (year), code (section numeral | chapter | heading | NULL), name, value_usd, rows, datasets, side
WITH chosen AS (
    SELECT c.*, make_date(c.yr, 1, 1) AS k,
           CASE WHEN c.hs_code IS NULL THEN NULL
                WHEN $group = 'heading' THEN substr(c.hs_code, 1, 4)
                ELSE c.chapter END AS hs_key
    FROM chosen_flows($exporter, $importer, $start, $end, $hs, $side, $datasets, $level) c
),
-- A chapter's section does not change between revisions; take it from any revision that states it.
chapter_sections AS (
    SELECT code AS chapter, max(section) AS section FROM hs_codes WHERE level = 2 AND section IS NOT NULL GROUP BY code
),
keyed AS (
    SELECT ch.*, CASE WHEN $group = 'section' THEN cs.section ELSE ch.hs_key END AS code
    FROM chosen ch
    LEFT JOIN chapter_sections cs ON cs.chapter = ch.chapter AND ch.hs_key IS NOT NULL
),
groups AS (
    SELECT k, code, sum(value_usd) AS value_usd, count(*) AS rows,
           string_agg(DISTINCT dataset, ',' ORDER BY dataset) AS datasets, string_agg(DISTINCT side, ',' ORDER BY side) AS side,
           max(hs_revision) AS revision
    FROM keyed
    GROUP BY k, code
),
-- Names: the row's own revision first, else the latest revision naming the code.
names AS (
    SELECT code, arg_max(description, revision) AS description FROM hs_codes WHERE description IS NOT NULL GROUP BY code
)
SELECT g.k, g.code,
       CASE WHEN $group = 'section' THEN s.name ELSE coalesce(h.description, n.description) END AS name,
       g.value_usd, g.rows, g.datasets, g.side
FROM groups g
LEFT JOIN hs_sections s ON $group = 'section' AND s.section = g.code
LEFT JOIN hs_codes h ON $group <> 'section' AND h.revision = g.revision AND h.code = g.code
LEFT JOIN names n ON $group <> 'section' AND n.code = g.code
ORDER BY g.k, g.value_usd DESC, g.code
