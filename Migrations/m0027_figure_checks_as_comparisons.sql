-- m0027: the figures table's sex and method CHECKs written as comparisons joined by OR instead of
-- IN lists. They accept and refuse exactly the same values. Why: SQLite 3.40 evaluates a CHECK's
-- IN list of more than two values by building a temporary index of the list for every row it
-- writes; over 20,000 figures that was 16 % of the writing thread's instructions (callgrind,
-- BENCHMARKS.md). The table is not rebuilt: a CHECK that only changes how a condition is spelled
-- leaves every stored byte valid, the case SQLite's ALTER TABLE documentation gives for editing
-- the schema text in place with PRAGMA writable_schema. The migration then raises the schema
-- version, so that every connection reads the new text (Migrator's follow-up for 27, which also
-- refuses to record the migration if the text was not the one m0001 wrote).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(replace(sql,
    'CHECK (sex IN (''total'', ''female'', ''male'', ''other''))',
    'CHECK (sex = ''total'' OR sex = ''female'' OR sex = ''male'' OR sex = ''other'')'),
    'CHECK (method IN (''estimated'', ''detected'', ''reported'', ''derived''))',
    'CHECK (method = ''estimated'' OR method = ''detected'' OR method = ''reported'' OR method = ''derived'')')
WHERE type = 'table' AND name = 'figures';
PRAGMA writable_schema = OFF;
