-- m0021: the regions UNODC's Global Report on Trafficking in Persons (GLOTIP) reports by, and the
-- European Union of 27 (Eurostat's EU27_2020 aggregate), so that a figure the report or Eurostat
-- gives for them loads under its own place instead of being refused, and a brief's --place of one
-- of them includes its member countries, as for the ILO's regions.
--
-- Written by hand, not by Migrations/tools/generate_places.py: m0003 is frozen by its checksum.
--
-- Two new kinds of place, so `places` is rebuilt with a wider CHECK (SQLite cannot alter one):
-- 'unodc-region' and 'country-group' (the EU: a union of states, neither a UN nor an ILO region).
-- The rebuild keeps every row and code. The tables that refer to places keep their rows: the
-- foreign keys are deferred to the end of this migration's transaction (PRAGMA defer_foreign_keys
-- turns itself off at COMMIT), by which time every code is back, and the migrator's
-- foreign_key_check confirms it.
--
-- Names. A UNODC name that already names another place keeps its meaning: "Sub-Saharan Africa"
-- and "South America" stay the M49 regions (M49-202, M49-005), and UNODC's own are named with
-- "(UNODC region)", as m0003 named "Africa (ILO region)". "North America" is left unclaimed: OWID
-- and the World Bank use it for other sets (the continent; Canada, the United States and Bermuda),
-- so a file that says it is asked which place it means. No alias shadows an existing name or alias:
-- "South Asia" (UNODC: without Iran) is not M49's "Southern Asia" (with Iran), and both stay.
--
-- Membership: sovereign states (and the Hong Kong and Macao SARs, and Kosovo, which report to
-- UNODC on their own), not the M49 territories, following the regional groupings of the GLOTIP
-- country profiles (2016, 2018; the same ten regions in the 2020, 2022 and 2024 reports' regional
-- chapters) and the UN.GIFT regional pages of GLOTIP 2009 (which put Sudan in North Africa and
-- the Middle East, as tipdb's M49 data also puts it in Northern Africa). Not verified against a
-- primary copy of the 2024 report's annex: Türkiye's subregion (here Central and South-Eastern
-- Europe), Afghanistan's (here South Asia) and Mexico's (here North America). Iran belongs to no
-- UNODC region here: the report's regions do not name it, and M49 puts it in Southern Asia.
--
-- The European Union: the 27 member states since the United Kingdom left on 1 February 2020
-- (Treaty on European Union, art. 52; Eurostat's aggregate code EU27_2020). An earlier EU (EU28,
-- the UK included) is a different set and is not this place.

PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE places_m0021 AS SELECT * FROM places;
DROP TABLE places;
CREATE TABLE places ( -- Countries (ISO 3166-1), the world, UN M49 regions, ILO and UNODC regions, and the European Union.
    code TEXT PRIMARY KEY NOT NULL, -- canonical place code: ISO alpha-3 for countries, WLD for the world, M49-nnn for UN regions, ILO-xxx for ILO regions, UNODC-xxx for UNODC's GLOTIP regions, EU27 for the European Union
    kind TEXT NOT NULL CHECK (kind IN ('world', 'country', 'm49-region', 'm49-subregion', 'm49-intermediate-region', 'ilo-region', 'unodc-region', 'country-group')), -- what sort of place this is (country-group: a union of states, the EU)
    name TEXT NOT NULL, -- English name
    alpha2 TEXT UNIQUE, -- ISO 3166-1 alpha-2 code (countries only)
    alpha3 TEXT UNIQUE, -- ISO 3166-1 alpha-3 code (countries and WLD)
    m49 TEXT UNIQUE -- UN M49 numeric code as three digits (countries, regions, 001 for the world)
) STRICT;
INSERT INTO places (code, kind, name, alpha2, alpha3, m49)
    SELECT code, kind, name, alpha2, alpha3, m49 FROM temp.places_m0021 ORDER BY rowid;
DROP TABLE temp.places_m0021;

INSERT INTO places (code, kind, name, alpha2, alpha3, m49) VALUES
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'unodc-region', 'Western and Southern Europe', NULL, NULL, NULL),
    ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'unodc-region', 'Central and South-Eastern Europe', NULL, NULL, NULL),
    ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'unodc-region', 'Eastern Europe and Central Asia', NULL, NULL, NULL),
    ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'unodc-region', 'North Africa and the Middle East', NULL, NULL, NULL),
    ('UNODC-SUB-SAHARAN-AFRICA', 'unodc-region', 'Sub-Saharan Africa (UNODC region)', NULL, NULL, NULL),
    ('UNODC-SOUTH-ASIA', 'unodc-region', 'South Asia', NULL, NULL, NULL),
    ('UNODC-EAST-ASIA-PACIFIC', 'unodc-region', 'East Asia and the Pacific', NULL, NULL, NULL),
    ('UNODC-NORTH-AMERICA', 'unodc-region', 'North America (UNODC region)', NULL, NULL, NULL),
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'unodc-region', 'Central America and the Caribbean', NULL, NULL, NULL),
    ('UNODC-SOUTH-AMERICA', 'unodc-region', 'South America (UNODC region)', NULL, NULL, NULL),
    ('EU27', 'country-group', 'European Union', NULL, NULL, NULL);

-- Western and Southern Europe: the European Union's western and southern members with the EFTA
-- states, the United Kingdom and the microstates.
INSERT INTO place_members (region, country) VALUES
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'AND'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'AUT'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'BEL'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'CHE'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'CYP'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'DEU'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'DNK'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'ESP'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'FIN'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'FRA'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'GBR'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'GRC'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'IRL'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'ISL'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'ITA'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'LIE'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'LUX'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'MCO'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'MLT'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'NLD'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'NOR'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'PRT'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'SMR'), ('UNODC-WESTERN-SOUTHERN-EUROPE', 'SWE'),
    ('UNODC-WESTERN-SOUTHERN-EUROPE', 'VAT');

-- Central and South-Eastern Europe: the EU's central and Baltic members, the Western Balkans
-- (Kosovo included) and Türkiye.
INSERT INTO place_members (region, country) VALUES
    ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'ALB'), ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'BGR'),
    ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'BIH'), ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'CZE'),
    ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'EST'), ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'HRV'),
    ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'HUN'), ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'LTU'),
    ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'LVA'), ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'MKD'),
    ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'MNE'), ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'POL'),
    ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'ROU'), ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'SRB'),
    ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'SVK'), ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'SVN'),
    ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'TUR'), ('UNODC-CENTRAL-SOUTH-EASTERN-EUROPE', 'XKX');

-- Eastern Europe and Central Asia: the European and Central Asian states of the former Soviet
-- Union but the Baltic ones.
INSERT INTO place_members (region, country) VALUES
    ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'ARM'), ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'AZE'),
    ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'BLR'), ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'GEO'),
    ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'KAZ'), ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'KGZ'),
    ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'MDA'), ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'RUS'),
    ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'TJK'), ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'TKM'),
    ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'UKR'), ('UNODC-EASTERN-EUROPE-CENTRAL-ASIA', 'UZB');

-- North Africa and the Middle East: North Africa (Sudan included) and the Arab States of the
-- Middle East with Israel.
INSERT INTO place_members (region, country) VALUES
    ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'ARE'), ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'BHR'),
    ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'DZA'), ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'EGY'),
    ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'IRQ'), ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'ISR'),
    ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'JOR'), ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'KWT'),
    ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'LBN'), ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'LBY'),
    ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'MAR'), ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'OMN'),
    ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'PSE'), ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'QAT'),
    ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'SAU'), ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'SDN'),
    ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'SYR'), ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'TUN'),
    ('UNODC-NORTH-AFRICA-MIDDLE-EAST', 'YEM');

-- Sub-Saharan Africa: the sovereign states of M49's Sub-Saharan Africa as m0003 stores it (Sudan
-- being in North Africa and the Middle East).
INSERT INTO place_members (region, country)
    SELECT 'UNODC-SUB-SAHARAN-AFRICA', country FROM place_members
    WHERE region = 'M49-202' AND country NOT IN ('ATF', 'IOT', 'MYT', 'REU', 'SHN') ORDER BY country;

-- South Asia: the SAARC states (Afghanistan included, Iran not).
INSERT INTO place_members (region, country) VALUES
    ('UNODC-SOUTH-ASIA', 'AFG'), ('UNODC-SOUTH-ASIA', 'BGD'), ('UNODC-SOUTH-ASIA', 'BTN'),
    ('UNODC-SOUTH-ASIA', 'IND'), ('UNODC-SOUTH-ASIA', 'LKA'), ('UNODC-SOUTH-ASIA', 'MDV'),
    ('UNODC-SOUTH-ASIA', 'NPL'), ('UNODC-SOUTH-ASIA', 'PAK');

-- East Asia and the Pacific: M49's Eastern and South-eastern Asia and the states of Oceania.
INSERT INTO place_members (region, country) VALUES
    ('UNODC-EAST-ASIA-PACIFIC', 'CHN'), ('UNODC-EAST-ASIA-PACIFIC', 'HKG'), ('UNODC-EAST-ASIA-PACIFIC', 'JPN'),
    ('UNODC-EAST-ASIA-PACIFIC', 'KOR'), ('UNODC-EAST-ASIA-PACIFIC', 'MAC'), ('UNODC-EAST-ASIA-PACIFIC', 'MNG'),
    ('UNODC-EAST-ASIA-PACIFIC', 'PRK'),
    ('UNODC-EAST-ASIA-PACIFIC', 'BRN'), ('UNODC-EAST-ASIA-PACIFIC', 'IDN'), ('UNODC-EAST-ASIA-PACIFIC', 'KHM'),
    ('UNODC-EAST-ASIA-PACIFIC', 'LAO'), ('UNODC-EAST-ASIA-PACIFIC', 'MMR'), ('UNODC-EAST-ASIA-PACIFIC', 'MYS'),
    ('UNODC-EAST-ASIA-PACIFIC', 'PHL'), ('UNODC-EAST-ASIA-PACIFIC', 'SGP'), ('UNODC-EAST-ASIA-PACIFIC', 'THA'),
    ('UNODC-EAST-ASIA-PACIFIC', 'TLS'), ('UNODC-EAST-ASIA-PACIFIC', 'VNM'),
    ('UNODC-EAST-ASIA-PACIFIC', 'AUS'), ('UNODC-EAST-ASIA-PACIFIC', 'COK'), ('UNODC-EAST-ASIA-PACIFIC', 'FJI'),
    ('UNODC-EAST-ASIA-PACIFIC', 'FSM'), ('UNODC-EAST-ASIA-PACIFIC', 'KIR'), ('UNODC-EAST-ASIA-PACIFIC', 'MHL'),
    ('UNODC-EAST-ASIA-PACIFIC', 'NIU'), ('UNODC-EAST-ASIA-PACIFIC', 'NRU'), ('UNODC-EAST-ASIA-PACIFIC', 'NZL'),
    ('UNODC-EAST-ASIA-PACIFIC', 'PLW'), ('UNODC-EAST-ASIA-PACIFIC', 'PNG'), ('UNODC-EAST-ASIA-PACIFIC', 'SLB'),
    ('UNODC-EAST-ASIA-PACIFIC', 'TON'), ('UNODC-EAST-ASIA-PACIFIC', 'TUV'), ('UNODC-EAST-ASIA-PACIFIC', 'VUT'),
    ('UNODC-EAST-ASIA-PACIFIC', 'WSM');

-- North America: Canada, Mexico and the United States.
INSERT INTO place_members (region, country) VALUES
    ('UNODC-NORTH-AMERICA', 'CAN'), ('UNODC-NORTH-AMERICA', 'MEX'), ('UNODC-NORTH-AMERICA', 'USA');

-- Central America and the Caribbean: the Central American states but Mexico, and the Caribbean states.
INSERT INTO place_members (region, country) VALUES
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'BLZ'), ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'CRI'),
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'GTM'), ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'HND'),
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'NIC'), ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'PAN'),
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'SLV'),
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'ATG'), ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'BHS'),
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'BRB'), ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'CUB'),
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'DMA'), ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'DOM'),
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'GRD'), ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'HTI'),
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'JAM'), ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'KNA'),
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'LCA'), ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'TTO'),
    ('UNODC-CENTRAL-AMERICA-CARIBBEAN', 'VCT');

-- South America: the twelve states of M49's South America (its territories left out).
INSERT INTO place_members (region, country) VALUES
    ('UNODC-SOUTH-AMERICA', 'ARG'), ('UNODC-SOUTH-AMERICA', 'BOL'), ('UNODC-SOUTH-AMERICA', 'BRA'),
    ('UNODC-SOUTH-AMERICA', 'CHL'), ('UNODC-SOUTH-AMERICA', 'COL'), ('UNODC-SOUTH-AMERICA', 'ECU'),
    ('UNODC-SOUTH-AMERICA', 'GUY'), ('UNODC-SOUTH-AMERICA', 'PER'), ('UNODC-SOUTH-AMERICA', 'PRY'),
    ('UNODC-SOUTH-AMERICA', 'SUR'), ('UNODC-SOUTH-AMERICA', 'URY'), ('UNODC-SOUTH-AMERICA', 'VEN');

-- The European Union: its 27 member states since 1 February 2020.
INSERT INTO place_members (region, country) VALUES
    ('EU27', 'AUT'), ('EU27', 'BEL'), ('EU27', 'BGR'), ('EU27', 'CYP'), ('EU27', 'CZE'), ('EU27', 'DEU'),
    ('EU27', 'DNK'), ('EU27', 'ESP'), ('EU27', 'EST'), ('EU27', 'FIN'), ('EU27', 'FRA'), ('EU27', 'GRC'),
    ('EU27', 'HRV'), ('EU27', 'HUN'), ('EU27', 'IRL'), ('EU27', 'ITA'), ('EU27', 'LTU'), ('EU27', 'LUX'),
    ('EU27', 'LVA'), ('EU27', 'MLT'), ('EU27', 'NLD'), ('EU27', 'POL'), ('EU27', 'PRT'), ('EU27', 'ROU'),
    ('EU27', 'SVK'), ('EU27', 'SVN'), ('EU27', 'SWE');

INSERT INTO place_aliases (alias, place) VALUES
    ('Western & Southern Europe', 'UNODC-WESTERN-SOUTHERN-EUROPE'),
    ('Central and South Eastern Europe', 'UNODC-CENTRAL-SOUTH-EASTERN-EUROPE'),
    ('Central & South-Eastern Europe', 'UNODC-CENTRAL-SOUTH-EASTERN-EUROPE'),
    ('Central and Southeastern Europe', 'UNODC-CENTRAL-SOUTH-EASTERN-EUROPE'),
    ('Eastern Europe & Central Asia', 'UNODC-EASTERN-EUROPE-CENTRAL-ASIA'),
    ('North Africa and Middle East', 'UNODC-NORTH-AFRICA-MIDDLE-EAST'),
    ('North Africa & the Middle East', 'UNODC-NORTH-AFRICA-MIDDLE-EAST'),
    ('Sub-Saharan Africa (UNODC)', 'UNODC-SUB-SAHARAN-AFRICA'),
    ('South Asia (UNODC)', 'UNODC-SOUTH-ASIA'),
    ('East Asia and Pacific', 'UNODC-EAST-ASIA-PACIFIC'),
    ('North America (UNODC)', 'UNODC-NORTH-AMERICA'),
    ('Central America and Caribbean', 'UNODC-CENTRAL-AMERICA-CARIBBEAN'),
    ('Central America & the Caribbean', 'UNODC-CENTRAL-AMERICA-CARIBBEAN'),
    ('South America (UNODC)', 'UNODC-SOUTH-AMERICA'),
    ('EU', 'EU27'),
    ('EU-27', 'EU27'),
    ('EU27_2020', 'EU27'),
    ('European Union (27)', 'EU27');
