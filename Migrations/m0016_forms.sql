-- m0016: the forms of exploitation a figure can be restricted to (figures.form), as tables, so that
-- an analyst reading the database with SQL sees which forms exist and what each covers, as for
-- measures, units and places: SELECT code, label, definition FROM forms. Ingest resolves a form
-- from these tables and `tipdb check` compares stored forms with them; a form inserted here is
-- accepted by the next ingest. The binary's copy of the list (ExploitationForm.all, for
-- `tipdb ingest --help`) is tested to equal these rows.
--
-- Other spellings are a table, one a row, as place_aliases is for places, not a list in a column
-- of forms: `SELECT form FROM form_aliases WHERE alias = 'forced labor'` says which form a
-- spelling means without JSON functions, joins like any table, keeps one row per spelling as
-- written (its primary key ignores case, not hyphens or spaces), and takes a new spelling with
-- one INSERT.
--
-- figures.form gets no foreign key: SQLite adds one only by rebuilding figures and its indexes,
-- triggers and search index. Ingest refuses a form outside this table and `tipdb check` warns
-- (unknown-form) about stored ones, from other tools or from a tipdb before 2026-11-30.
--
-- tipdb lists the forms in the order of their rows (rowid), as below: each form beside those it
-- is part of or overlaps, other-exploitation last; a form inserted later comes after them.

CREATE TABLE forms ( -- Forms of exploitation a figure can be restricted to (figures.form): ingest refuses any other, tipdb check warns about stored ones (no foreign key).
    code TEXT PRIMARY KEY NOT NULL, -- stored code, lower case with hyphens, e.g. sexual-exploitation; what figures.form holds
    label TEXT NOT NULL, -- human-readable name; ingest accepts it for the code
    definition TEXT NOT NULL -- what the form covers, and whose category it is (GLOTIP, the ILO, CTDC, the HTCDS case data standard)
) STRICT;

CREATE TABLE form_aliases ( -- Other ways publishers and analysts write a form, so ingest can resolve them (case, spaces, hyphens and underscores ignored).
    alias TEXT PRIMARY KEY NOT NULL COLLATE NOCASE, -- other spelling, e.g. forced labor, child soldiers
    form TEXT NOT NULL REFERENCES forms(code) -- the form it names
) STRICT, WITHOUT ROWID;

INSERT INTO forms (code, label, definition) VALUES
    ('sexual-exploitation', 'Sexual exploitation',
     'trafficking for sexual exploitation (GLOTIP, CTDC); the ILO''s forced commercial sexual exploitation has its own code'),
    ('forced-labour', 'Forced labour',
     'trafficking for forced labour (GLOTIP, CTDC), or forced labour as a whole (ILO Convention No. 29)'),
    ('privately-imposed-forced-labour', 'Privately imposed forced labour',
     'the ILO''s forced labour exploitation in the private economy, other than commercial sexual exploitation'),
    ('forced-commercial-sexual-exploitation', 'Forced commercial sexual exploitation',
     'the ILO''s sub-form of forced labour: commercial sexual exploitation imposed on adults, and any of children'),
    ('state-imposed-forced-labour', 'State-imposed forced labour',
     'the ILO''s forced labour imposed by state authorities'),
    ('sexual-and-labour-exploitation', 'Sexual exploitation and forced labour',
     'both sexual exploitation and forced labour (GLOTIP''s mixed sexual exploitation and forced labour, CTDC''s isSexAndLabour)'),
    ('forced-marriage', 'Forced marriage',
     'trafficking for forced marriage (GLOTIP, CTDC), or forced marriage as the ILO counts it'),
    ('forced-criminal-activity', 'Forced criminal activity',
     'exploitation in criminal activity (GLOTIP)'),
    ('begging', 'Begging',
     'trafficking for begging (GLOTIP)'),
    ('domestic-servitude', 'Domestic servitude',
     'forced domestic work, in a household'),
    ('organ-removal', 'Organ removal',
     'trafficking for the removal of organs (GLOTIP, CTDC)'),
    ('illegal-adoption', 'Illegal adoption',
     'trafficking for illegal adoption (GLOTIP)'),
    ('forced-military-service', 'Forced military service',
     'use in armed combat and child soldiers (GLOTIP), forced military service by non-state actors (CTDC)'),
    ('baby-selling', 'Baby selling',
     'the sale of babies and children (GLOTIP)'),
    ('slavery-and-similar-practices', 'Slavery and similar practices',
     'slavery and practices similar to slavery (CTDC)'),
    ('child-labour', 'Child labour',
     'child labour as a form of exploitation (the HTCDS case data standard''s ChildLabour)'),
    ('surrogacy', 'Forced surrogacy',
     'exploitation through surrogacy (the HTCDS case data standard''s Surrogacy)'),
    ('mixed-forms', 'Mixed forms of exploitation',
     'several forms at once, other than sexual exploitation and forced labour together (GLOTIP)'),
    ('other-exploitation', 'Other forms of exploitation',
     'forms outside this list, as GLOTIP''s other purposes and CTDC''s isOtherExploit count them');

INSERT INTO form_aliases (alias, form) VALUES
    ('sexual', 'sexual-exploitation'),
    ('sexual exploit', 'sexual-exploitation'),
    ('sex trafficking', 'sexual-exploitation'),
    ('commercial sexual exploitation', 'sexual-exploitation'),
    ('forced labor', 'forced-labour'),
    ('labour exploitation', 'forced-labour'),
    ('labor exploitation', 'forced-labour'),
    ('labour', 'forced-labour'),
    ('labor', 'forced-labour'),
    ('privately imposed forced labor', 'privately-imposed-forced-labour'),
    ('forced labour exploitation', 'privately-imposed-forced-labour'),
    ('forced labor exploitation', 'privately-imposed-forced-labour'),
    ('forced commercial sexual exploitation of children', 'forced-commercial-sexual-exploitation'),
    ('state imposed forced labor', 'state-imposed-forced-labour'),
    ('state-imposed forced labor', 'state-imposed-forced-labour'),
    ('sexual and labour exploitation', 'sexual-and-labour-exploitation'),
    ('sexual and labor exploitation', 'sexual-and-labour-exploitation'),
    ('mixed sexual exploitation and forced labour', 'sexual-and-labour-exploitation'),
    ('mixed sexual exploitation and forced labor', 'sexual-and-labour-exploitation'),
    ('sexual exploitation and forced labor', 'sexual-and-labour-exploitation'),
    ('marriage', 'forced-marriage'),
    ('forced criminality', 'forced-criminal-activity'),
    ('criminal activity', 'forced-criminal-activity'),
    ('criminal activities', 'forced-criminal-activity'),
    ('forced criminal activities', 'forced-criminal-activity'),
    ('illicit activities', 'forced-criminal-activity'),
    ('forced begging', 'begging'),
    ('forced domestic work', 'domestic-servitude'),
    ('domestic work', 'domestic-servitude'),
    ('removal of organs', 'organ-removal'),
    ('organ trafficking', 'organ-removal'),
    ('forced adoption', 'illegal-adoption'),
    ('illegal adoptions', 'illegal-adoption'),
    ('armed combat', 'forced-military-service'),
    ('use in armed combat', 'forced-military-service'),
    ('child soldiers', 'forced-military-service'),
    ('child soldier', 'forced-military-service'),
    ('forced military', 'forced-military-service'),
    ('forced military by non-state actors', 'forced-military-service'),
    ('sale of babies', 'baby-selling'),
    ('sale of children', 'baby-selling'),
    ('slavery', 'slavery-and-similar-practices'),
    ('slavery and practices', 'slavery-and-similar-practices'),
    ('servitude', 'slavery-and-similar-practices'),
    ('slavery and practices similar to slavery', 'slavery-and-similar-practices'),
    ('child labor', 'child-labour'),
    ('forced child labour', 'child-labour'),
    ('forced child labor', 'child-labour'),
    ('forced surrogacy', 'surrogacy'),
    ('mixed exploitation', 'mixed-forms'),
    ('mixed forms', 'mixed-forms'),
    ('mixed', 'mixed-forms'),
    ('other forms', 'other-exploitation'),
    ('other purposes', 'other-exploitation'),
    ('other exploitation', 'other-exploitation'),
    ('other forms of exploitation', 'other-exploitation'),
    ('other', 'other-exploitation'),
    ('others', 'other-exploitation');
