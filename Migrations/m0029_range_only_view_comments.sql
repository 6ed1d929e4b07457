-- m0029: the views' comments say what a NULL value now means. Since m0028 a figure published only
-- as a range ("10,000 to 13,000") has value NULL with low and high, but figure_citations.value
-- still read "NULL when censored" and latest_estimates.value "its value", so a user reading the
-- schema (tipdb schema, SCHEMA.md) took every NULL for a censored count. Only the comments change:
-- the views' text is edited in place with PRAGMA writable_schema (as m0027 and m0028 edited the
-- figures table's), which keeps each view's SELECT exactly as m0025 and m0026 wrote it instead of
-- repeating them here. The migration then raises the schema version and has SQLite parse both
-- views (Migrator's follow-up for 29, which refuses to record the migration if either view's text
-- does not hold the new comment, as when a view was not the one tipdb wrote).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql,
    'f.value AS value, -- the number as published (NULL when censored)',
    'f.value AS value, -- the number as published (NULL when censored, or published only as a range: see low and high)')
WHERE type = 'view' AND name = 'figure_citations';
UPDATE sqlite_schema
SET sql = replace(sql,
    'value, -- its value',
    'value, -- its value (NULL when censored, or published only as a range: see low and high)')
WHERE type = 'view' AND name = 'latest_estimates';
PRAGMA writable_schema = OFF;
