-- m0039: the UN's short names of countries and the spellings of UN and UNODC tables resolve in
-- every file and filter, not only in GLOTIP's categories.
-- A figures file with the place `Dem. Rep. of the Congo`, `Congo DR`, `Rep. of Korea`, `Dem.
-- People's Rep. of Korea`, `Rep. of Moldova`, `United Rep. of Tanzania` or `Libyan Arab
-- Jamahiriya` was refused as an unknown place, and `tipdb report --place` refused them too, while
-- the GLOTIP loader resolved the same names through a table of its own in Swift (CountryNames) and
-- by spelling out the abbreviations `Rep.`, `Dem.` and such. Those names move here, where the
-- Gazetteer reads them for every path (figures files, GLOTIP, OWID, CTDC, --place in reports),
-- with the abbreviated UN names of the UN Statistical Yearbook and UNODC's tables that
-- only GLOTIP's spelling out reached; CountryNames keeps the spelling out (a rule, not a name)
-- for GLOTIP's categories and OWID's entities. Each alias is the same state under another name,
-- a former one too (`TFYR of Macedonia`, `Libyan Arab Jamahiriya`), never a state that is gone
-- (`Serbia and Montenegro`), a part of one, or a name two states share: plain `Congo` stays the
-- Republic of the Congo (COG) as m0003 made it, and plain `Korea` names no place (a file says
-- which), as before.
-- An alias a database already holds (a user's own, under any place) is left as it is, so running
-- it again changes nothing; a place a database lacks gets no alias.
--
-- Written by hand, not by Migrations/tools/generate_places.py: m0003 is frozen by its checksum.

INSERT INTO place_aliases (alias, place)
SELECT n.alias, n.place
FROM (SELECT column1 AS alias, column2 AS place FROM (VALUES
    ('Congo DR', 'COD'),
    ('Congo D.R.', 'COD'),
    ('D.R. Congo', 'COD'),
    ('DR of the Congo', 'COD'),
    ('D.R. of the Congo', 'COD'),
    ('DR of Congo', 'COD'),
    ('Congo, Dem. Rep. of the', 'COD'),
    ('Congo, Democratic Republic of the', 'COD'),
    ('Congo (Democratic Republic of the)', 'COD'),
    ('Congo, Democratic Republic', 'COD'),
    ('Congo Dem. Rep.', 'COD'),
    ('Congo (DRC)', 'COD'),
    ('Dem. Rep. of the Congo', 'COD'),
    ('Dem. Rep. of Congo', 'COD'),
    ('Congo, Rep. of', 'COG'),
    ('Congo, Rep. of the', 'COG'),
    ('Congo, Republic of', 'COG'),
    ('Congo, Republic of the', 'COG'),
    ('Congo Rep.', 'COG'),
    ('Congo (Republic of the)', 'COG'),
    ('Congo Republic', 'COG'),
    ('Rep. of the Congo', 'COG'),
    ('Rep. of Congo', 'COG'),
    ('Korea, DPR', 'PRK'),
    ('DPR Korea', 'PRK'),
    ('DPR of Korea', 'PRK'),
    ('DPRK', 'PRK'),
    ('Korea DPR', 'PRK'),
    ('Dem. People''s Rep. of Korea', 'PRK'),
    ('Dem. People''s Rep. Korea', 'PRK'),
    ('Korea, Dem. People''s Rep. of', 'PRK'),
    ('Korea Rep.', 'KOR'),
    ('Korea, Rep. of', 'KOR'),
    ('Rep. of Korea', 'KOR'),
    ('U.K. of Great Britain and Northern Ireland', 'GBR'),
    ('TFYR of Macedonia', 'MKD'),
    ('TFYR Macedonia', 'MKD'),
    ('FYR Macedonia', 'MKD'),
    ('FYR of Macedonia', 'MKD'),
    ('The FYR of Macedonia', 'MKD'),
    ('Former Yugoslav Republic of Macedonia', 'MKD'),
    ('The former Yugoslav Rep. of Macedonia', 'MKD'),
    ('Kosovo (under UNSCR 1244)', 'XKX'),
    ('Libyan Arab Jamahiriya', 'LBY'),
    ('Rep. of Moldova', 'MDA'),
    ('Moldova, Rep. of', 'MDA'),
    ('United Rep. of Tanzania', 'TZA'),
    ('Tanzania, United Rep. of', 'TZA'),
    ('Iran (Islamic Rep. of)', 'IRN'),
    ('Islamic Rep. of Iran', 'IRN'),
    ('Venezuela (Bolivarian Rep. of)', 'VEN'),
    ('Venezuela (Boliv. Rep. of)', 'VEN'),
    ('Bolivia (Plurin. State of)', 'BOL'),
    ('Micronesia (Fed. States of)', 'FSM'),
    ('Lao People''s Dem. Rep.', 'LAO'),
    ('Central African Rep.', 'CAF'),
    ('Dominican Rep.', 'DOM'),
    ('Syrian Arab Rep.', 'SYR')
)) n
WHERE EXISTS (SELECT 1 FROM places p WHERE p.code = n.place)
  AND NOT EXISTS (SELECT 1 FROM place_aliases a WHERE a.alias = n.alias)
  AND NOT EXISTS (SELECT 1 FROM places p WHERE p.name = n.alias COLLATE NOCASE);
