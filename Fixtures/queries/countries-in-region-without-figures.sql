-- Which countries of a region have no figure at all? (Data gaps.)
-- The region is its code (ILO-ASIA-PACIFIC, M49-034, UNODC-SOUTH-ASIA) or a name tipdb knows it by, in any
-- case, as figures-for-measure-and-place.sql takes a place: its English name in places (Southern Asia,
-- Asia and the Pacific) or another in place_aliases (Asia-Pacific, Southeast Asia).
-- A name that is neither lists no rows, which is not "no gaps": find the code with
-- tipdb sql "SELECT code, name FROM places WHERE name LIKE :n" --param n=%asia%
-- Run: tipdb sql -f Fixtures/queries/countries-in-region-without-figures.sql --param region=ILO-ASIA-PACIFIC
-- or:  tipdb sql -f Fixtures/queries/countries-in-region-without-figures.sql --param "region=Southern Asia"
SELECT p.code, p.name
FROM place_members m
JOIN places p ON p.code = m.country
WHERE m.region IN (
    SELECT code FROM places WHERE code = :region COLLATE NOCASE OR name = :region COLLATE NOCASE
    UNION SELECT place FROM place_aliases WHERE alias = :region)
  AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.place = p.code)
ORDER BY p.name;
