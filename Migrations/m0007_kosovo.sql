-- Kosovo, which has no ISO 3166-1 code but reports to UNODC: GLOTIP exports list it as XKX
-- ("Kosovo under UNSCR 1244"), the user-assigned code the UN, the EU and the World Bank use.
-- Without it every Kosovo row of an export was rejected as an unknown place.
--
-- Written by hand, not by Migrations/tools/generate_places.py: m0003 is frozen by its checksum.
-- UN M49 gives Kosovo no code of its own (it counts it with Serbia), so m49 stays NULL; its
-- regions are those of Serbia: Southern Europe, Europe, the ILO's Europe and Central Asia, the world.

INSERT INTO places (code, kind, name, alpha2, alpha3, m49) VALUES
    ('XKX', 'country', 'Kosovo', 'XK', 'XKX', NULL);

INSERT INTO place_members (region, country) VALUES
    ('WLD', 'XKX'),
    ('M49-150', 'XKX'),
    ('M49-039', 'XKX'),
    ('ILO-EUROPE-CENTRAL-ASIA', 'XKX');

INSERT INTO place_aliases (alias, place) VALUES
    ('Kosovo under UNSCR 1244', 'XKX'),
    ('Kosovo under UNSCR 1244/99', 'XKX'),
    ('Kosovo (under UNSC res. 1244)', 'XKX'),
    ('Kosovo (UNSCR 1244)', 'XKX');
