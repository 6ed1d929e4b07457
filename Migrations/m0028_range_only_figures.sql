-- m0028: a figure published only as a range ("10,000 to 13,000 potential victims", UK Home Office
-- 2013) is stored as it was published: value NULL, low and high both given, not censored. Until
-- now the figures table's CHECK asked for a value unless the figure was censored, so analysts
-- typed a midpoint, which the brief then printed as a published number. The CHECK is relaxed to
-- also allow `censored = 0 AND value IS NULL AND low IS NOT NULL AND high IS NOT NULL` (low <= high
-- is checked already), and the comment of `value` says so. The table is not rebuilt: a CHECK that
-- accepts more than before leaves every stored row valid, the case SQLite's ALTER TABLE
-- documentation gives for editing the schema text in place with PRAGMA writable_schema (as m0027
-- did). The migration then raises the schema version, so that every connection reads the new
-- text (Migrator's follow-up for 28, which also refuses to record the migration if the text does
-- not hold the new CHECK, as when the table's text was not the one m0001 and m0027 wrote).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(replace(sql,
    'CHECK ((censored = 0 AND value IS NOT NULL) OR (censored = 1 AND value IS NULL AND high IS NOT NULL))',
    'CHECK ((censored = 0 AND value IS NOT NULL) OR (censored = 0 AND value IS NULL AND low IS NOT NULL AND high IS NOT NULL) OR (censored = 1 AND value IS NULL AND high IS NOT NULL))'),
    'value REAL, -- the number as published (NULL only when censored)',
    'value REAL, -- the number as published (NULL when censored or published only as a range)')
WHERE type = 'table' AND name = 'figures';
PRAGMA writable_schema = OFF;
