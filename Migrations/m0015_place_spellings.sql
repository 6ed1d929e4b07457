-- m0013: the spellings of countries analysts meet in World Bank, UN, OWID and press tables that
-- m0003 and m0007 lacked, so that a file keeps its own spelling and still loads: the World Bank's
-- inverted names ("Korea, Rep.", "Gambia, The", "Venezuela, RB"), the UN M49 names that differ
-- from ISO's ("Holy See", "China, Hong Kong Special Administrative Region"), OWID's
-- ("Micronesia (country)", "Bonaire Sint Eustatius and Saba") and common short names ("Brunei",
-- "Vatican", "Holland"). Spellings differing only in accents ("Curacao", "Aland Islands") need
-- no row: lookups ignore accents.
--
-- "Micronesia" is the country's common name and also the M49 sub-region 057: the alias to FSM
-- beside the region's name makes the name ambiguous, and ingest and report filters refuse it,
-- naming both codes (FSM, M49-057), instead of silently picking the region.
--
-- Written by hand, not by Migrations/tools/generate_places.py: m0003 is frozen by its checksum.

INSERT INTO place_aliases (alias, place) VALUES
    ('Korea, Rep.', 'KOR'),
    ('Korea, Dem. People''s Rep.', 'PRK'),
    ('Korea, Dem. Rep.', 'PRK'),
    ('Iran, Islamic Rep.', 'IRN'),
    ('Egypt, Arab Rep.', 'EGY'),
    ('Venezuela, RB', 'VEN'),
    ('Yemen, Rep.', 'YEM'),
    ('Gambia, The', 'GMB'),
    ('The Gambia', 'GMB'),
    ('Bahamas, The', 'BHS'),
    ('The Bahamas', 'BHS'),
    ('Micronesia, Fed. Sts.', 'FSM'),
    ('Micronesia (country)', 'FSM'),
    ('Micronesia', 'FSM'),
    ('Holy See', 'VAT'),
    ('Vatican', 'VAT'),
    ('Vatican City', 'VAT'),
    ('Vatican City State', 'VAT'),
    ('Brunei', 'BRN'),
    ('Holland', 'NLD'),
    ('The Netherlands', 'NLD'),
    ('Netherlands (Kingdom of the)', 'NLD'),
    ('Czech Rep.', 'CZE'),
    ('Republic of Congo', 'COG'),
    ('Hong Kong SAR, China', 'HKG'),
    ('China, Hong Kong Special Administrative Region', 'HKG'),
    ('Macao SAR, China', 'MAC'),
    ('China, Macao Special Administrative Region', 'MAC'),
    ('St. Kitts and Nevis', 'KNA'),
    ('St Kitts and Nevis', 'KNA'),
    ('St. Lucia', 'LCA'),
    ('St Lucia', 'LCA'),
    ('St. Vincent and the Grenadines', 'VCT'),
    ('St Vincent and the Grenadines', 'VCT'),
    ('St. Martin (French part)', 'MAF'),
    ('Virgin Islands (U.S.)', 'VIR'),
    ('United States Virgin Islands', 'VIR'),
    ('US Virgin Islands', 'VIR'),
    ('West Bank and Gaza', 'PSE'),
    ('Occupied Palestinian Territory', 'PSE'),
    ('Palestinian Territories', 'PSE'),
    ('Falkland Islands', 'FLK'),
    ('Saint Helena', 'SHN'),
    ('Wallis and Futuna Islands', 'WLF'),
    ('Svalbard and Jan Mayen Islands', 'SJM'),
    ('Bonaire Sint Eustatius and Saba', 'BES');
