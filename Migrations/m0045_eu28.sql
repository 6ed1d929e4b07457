-- m0045: the European Union of 28 (1 July 2013 to 31 January 2020: today's 27 and the United
-- Kingdom; Eurostat's aggregate EU28), so that a figure for those years can be filed under the
-- Union of its time. `EU` and `European Union` still name EU27 (m0021), the Union since the
-- United Kingdom left on 1 February 2020; ingest warns when a figure's period starts before then
-- and the file wrote one of those names rather than a code (EUMembershipCheck).
--
-- Why: a user-reviewer's 2016 figure written `EU` was stored for the 27 without a word, and
-- `EU28` was refused as an unknown place with nothing to suggest. A brief's --place EU28
-- includes its members' figures, the United Kingdom's too, as for any region.
-- No place is given for the Union before July 2013 (27 members with the United Kingdom, without
-- Croatia): the warning says so. Running this again changes nothing.
INSERT OR IGNORE INTO places (code, kind, name, alpha2, alpha3, m49) VALUES
    ('EU28', 'country-group', 'European Union (28 members, 2013-2020)', NULL, NULL, NULL);

INSERT OR IGNORE INTO place_members (region, country)
    SELECT 'EU28', country FROM place_members WHERE region = 'EU27'
    UNION ALL SELECT 'EU28', 'GBR';

INSERT OR IGNORE INTO place_aliases (alias, place) VALUES
    ('EU-28', 'EU28'),
    ('European Union (28)', 'EU28');
