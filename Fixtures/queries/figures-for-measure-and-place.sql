-- Every figure for one measure in one place, oldest reference period first, with its citation.
-- The place is its code (WLD, GBR, M49-150) or a name tipdb knows it by, in any case: its English
-- name in places (World, United Kingdom, Côte d'Ivoire) or another in place_aliases (UK, Ivory Coast).
-- A name that is neither lists no rows: find the code with
-- tipdb sql "SELECT code, name FROM places WHERE name LIKE :n" --param n=%kingdom%
-- Run: tipdb sql -f Fixtures/queries/figures-for-measure-and-place.sql --param measure=forced-labour --param place=WLD
-- or:  tipdb sql -f Fixtures/queries/figures-for-measure-and-place.sql --param measure=forced-labour --param place=World
SELECT figure, value, low, high, unit, reference_period, sex, age_group, method, citation
FROM figure_citations
WHERE measure = :measure
  AND place IN (
    SELECT code FROM places WHERE code = :place COLLATE NOCASE OR name = :place COLLATE NOCASE
    UNION SELECT place FROM place_aliases WHERE alias = :place)
ORDER BY period_start, period_end, figure;
