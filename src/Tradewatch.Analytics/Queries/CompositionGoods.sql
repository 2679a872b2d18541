-- CompositionGoods: per year, the $top largest goods at the finest HS detail the chosen rows have (subheadings
-- where reported, else headings or chapters), over the same chosen_flows rows as Composition.sql.
-- Parameters: $exporter, $importer, $start, $end, $hs, $side, $datasets, $top (int)
-- Columns: k (year), hs, description, value_usd, rows, datasets
WITH goods AS (
    SELECT make_date(c.yr, 1, 1) AS k, c.hs_code AS hs, max(c.hs_revision) AS revision, sum(c.value_usd) AS value_usd,
           count(*) AS rows, string_agg(DISTINCT c.dataset, ',' ORDER BY c.dataset) AS datasets
    FROM chosen_flows($exporter, $importer, $start, $end, $hs, $side, $datasets, 6) c
    WHERE c.hs_code IS NOT NULL
    GROUP BY ALL
),
names AS (
    SELECT code, arg_max(description, revision) AS description FROM hs_codes WHERE description IS NOT NULL GROUP BY code
)
SELECT g.k, g.hs, coalesce(h.description, n.description) AS description, g.value_usd, g.rows, g.datasets
FROM goods g
LEFT JOIN hs_codes h ON h.revision = g.revision AND h.code = g.hs
LEFT JOIN names n ON n.code = g.hs
QUALIFY row_number() OVER (PARTITION BY g.k ORDER BY g.value_usd DESC, g.hs) <= $top
ORDER BY g.k, g.value_usd DESC, g.hs
