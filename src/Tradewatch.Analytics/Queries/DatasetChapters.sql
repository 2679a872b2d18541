-- DatasetChapters: which HS chapters each named dataset holds at all (over all its rows, every pair), so a share
-- can say "of the goods the dataset covers" when a dataset is an extract (the Comtrade DPRK file: chapters 27, 44).
-- Parameters: $datasets (list of names)
-- Columns: dataset, chapters (count), chapter_list ('27,44'), all_goods_rows (rows without HS code)
SELECT d.name AS dataset,
       count(DISTINCT substr(f.hs_code, 1, 2)) AS chapters,
       string_agg(DISTINCT substr(f.hs_code, 1, 2), ',' ORDER BY substr(f.hs_code, 1, 2)) AS chapter_list,
       count(*) FILTER (WHERE f.hs_code IS NULL) AS all_goods_rows
FROM datasets d
JOIN trade_flows f ON f.dataset_id = d.id
WHERE list_contains($datasets, d.name)
GROUP BY d.name
ORDER BY d.name
