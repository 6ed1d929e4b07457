-- Every figure for one measure in one place, oldest reference period first, with its citation.
-- Run: tipdb sql -f Fixtures/queries/figures-for-measure-and-place.sql --param measure=forced-labour --param place=WLD
SELECT figure, value, low, high, unit, reference_period, sex, age_group, method, citation
FROM figure_citations
WHERE measure = :measure AND place = :place
ORDER BY period_start, period_end, figure;
