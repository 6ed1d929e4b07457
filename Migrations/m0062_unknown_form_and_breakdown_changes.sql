-- m0062: a form the source does not identify, as a row of forms (session 54).
--
-- 1. Since session 53 ingest stores a form of exploitation that the source does not identify
--    (`not identified`, `form of exploitation not known`) as figures.form `unknown`, and
--    `tipdb check` accepts it, but `SELECT code, label FROM forms` did not list it: an analyst
--    reading the database with SQL met a form no table named, and a join of figures to forms lost
--    those figures. It is seeded here, last, labelled as briefs write it ("form unknown"); ingest
--    read it before this row and reads it the same way now. Age groups and sexes have no table
--    (the figures table's CHECK constraints and tipdb's rules list them), so nothing lacks a row.
-- Running this again changes nothing.
INSERT OR IGNORE INTO forms (code, label, definition) VALUES
    ('unknown', 'Form unknown',
     'a form the source does not identify (not identified, form of exploitation not known): a part of the all-forms total like any form, never a part of another form; not other-exploitation, which counts forms the source names outside this list');
