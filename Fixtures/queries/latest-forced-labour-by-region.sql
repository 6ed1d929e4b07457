-- What is the most recent primary estimate of forced labour for the world and each region (not for countries), and where does it come from?
-- latest_estimates holds only estimates in the measure's own unit (persons): a region whose only
-- estimate is in another unit (a rate per 1,000, a percentage) is listed after them with no value,
-- and a note naming the unit, so that it is not missed; its figures are in figure_citations.
-- low and high keep an estimate's range or interval (ci_level says which), and the bounds of one
-- published only as a range or as <k, whose value is NULL.
-- Run: tipdb sql -f Fixtures/queries/latest-forced-labour-by-region.sql
SELECT * FROM (
SELECT l.place, p.name AS place_name, l.value, l.low, l.high, l.ci_level, l.censored, l.unit, l.period_start, l.period_end, l.source, NULL AS note
FROM latest_estimates l
JOIN places p ON p.code = l.place
WHERE l.measure = 'forced-labour' AND p.kind <> 'country'
UNION ALL
SELECT p.code, p.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    'no estimate in persons; estimated only in ' || group_concat(DISTINCT f.unit) || ': see figure_citations'
FROM figures f
JOIN places p ON p.code = f.place
WHERE f.measure = 'forced-labour' AND p.kind <> 'country'
  AND f.unit <> 'persons' AND f.cites IS NULL AND f.method <> 'reported' AND f.sex = 'total' AND f.age_group = 'total'
  AND NOT EXISTS (SELECT 1 FROM latest_estimates l WHERE l.measure = 'forced-labour' AND l.place = f.place)
GROUP BY p.code, p.name
)
ORDER BY note IS NOT NULL, place_name;
