-- Which countries of a region have no figure at all? (Data gaps.)
-- Run: tipdb sql -f Fixtures/queries/countries-in-region-without-figures.sql --param region=ILO-ASIA-PACIFIC
SELECT p.code, p.name
FROM place_members m
JOIN places p ON p.code = m.country
WHERE m.region = :region
  AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.place = p.code)
ORDER BY p.name;
