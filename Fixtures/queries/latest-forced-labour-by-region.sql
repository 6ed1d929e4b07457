-- What is the most recent primary estimate of forced labour for the world and each region, and where does it come from?
-- Run: tipdb sql -f Fixtures/queries/latest-forced-labour-by-region.sql
SELECT l.place, p.name AS place_name, l.value, l.unit, l.period_start, l.period_end, l.source
FROM latest_estimates l
JOIN places p ON p.code = l.place
WHERE l.measure = 'forced-labour'
ORDER BY p.kind DESC, p.name;
