-- m0033: a retracted figure keeps its history in figure_changes, and ingest_batches counts retractions.
-- figure_changes read what each batch did from figures and figure_revisions only. `tipdb retract`
-- moves a figure's row and its revisions into figure_retractions (previous, and revisions as a JSON
-- array), so the batch that inserted it and those that updated it lost their rows: a batch's
-- changes seemed to shrink after the fact, and only the retraction was left. The view now reads a
-- retracted figure's insert and updates from figure_retractions as it reads a live figure's from
-- figures: each revision against the next one, the latest against the figure as it was withdrawn
-- (previous). A last column, retraction, names the figure_retractions row such rows come from
-- (NULL for a figure in figures), which tells a retracted figure's rows from those of a figure
-- loaded again under its key with --restore-retracted: that one is a new figure, inserted by its
-- own batch, so no change is listed twice. revision is NULL for a retracted figure's update: its
-- revision is no longer in figure_revisions, whose number a later revision may reuse. Recreated
-- whole, as SQLite requires; every other column keeps its name, place and meaning.
-- ingest_batches counted rows read, inserted, updated, unchanged and rejected, but not those about a
-- retracted figure: a retract batch's withdrawn figures were only in rows_read, and a load's rows
-- skipped for a retracted key (its summary's "1 retracted (skipped)") in no column, so the counts
-- did not add up to rows_read. rows_retracted is added as the last column, by editing the table's
-- text in place (as m0027 to m0029 and m0032 edited text): what ALTER TABLE ADD COLUMN does itself,
-- whose own text would leave the column without its comment on a line of its own. No row is
-- rewritten: a stored row without the new column reads it as its DEFAULT, as SQLite's file format
-- documents for rows written before an ADD COLUMN. Migrator's follow-up for 33 raises the schema
-- version, has SQLite parse the new text, and refuses to record the migration if the text does not
-- hold the column (a table text that is not tipdb's); applied again, the edit finds nothing to
-- replace and changes nothing. The follow-up then fills the column for the retract batches already
-- recorded, from figure_retractions (this connection sees the column only once SQLite has parsed
-- the new text); a load's skipped rows were never recorded, and stay 0.
DROP VIEW IF EXISTS figure_changes;

CREATE VIEW figure_changes AS -- What each batch did to figures: a row per figure inserted or retracted, and per field an update changed, with the old and new value; a figure since retracted keeps its rows, read from figure_retractions. What the last ingest changed: WHERE batch_id = (SELECT max(id) FROM ingest_batches).
WITH revision AS (
    SELECT r.id AS id, r.batch_id AS batch_id, r.figure AS figure, r.previous AS before,
        lead(r.previous) OVER (PARTITION BY r.figure ORDER BY r.id) AS after, NULL AS retraction
    FROM figure_revisions r
    WHERE json_valid(r.previous)
    UNION ALL
    SELECT NULL, e.value ->> '$.batch_id', x.figure, e.value -> '$.previous',
        coalesce(lead(e.value -> '$.previous') OVER (PARTITION BY x.id ORDER BY e.value ->> '$.id', e.key), x.previous), x.id
    FROM figure_retractions x, json_each(CASE WHEN json_valid(x.revisions) THEN x.revisions ELSE '[]' END) e
    WHERE json_valid(x.previous) AND json_type(e.value, '$.previous') = 'object'
),
field (name, position) AS (VALUES ('measure', 1), ('value', 2), ('censored', 3), ('low', 4), ('high', 5), ('ci_level', 6),
    ('unit', 7), ('place', 8), ('period_start', 9), ('period_end', 10), ('sex', 11), ('age_group', 12), ('form', 13),
    ('source', 14), ('study', 15), ('locator', 16), ('quote', 17), ('cites', 18), ('method', 19), ('notes', 20),
    ('tags', 21), ('extra', 22)),
updated AS (
    SELECT v.id AS id, v.batch_id AS batch_id, v.figure AS figure, v.retraction AS retraction, d.name AS field, d.position AS position,
        CASE d.name WHEN 'tags' THEN v.before -> '$.tags' WHEN 'censored' THEN coalesce(v.before ->> '$.censored', 0)
            WHEN 'value' THEN CAST(v.before ->> '$.value' AS REAL) WHEN 'low' THEN CAST(v.before ->> '$.low' AS REAL)
            WHEN 'high' THEN CAST(v.before ->> '$.high' AS REAL) WHEN 'ci_level' THEN CAST(v.before ->> '$.ci_level' AS REAL)
            ELSE v.before ->> ('$.' || d.name) END AS old_value,
        CASE WHEN v.after IS NOT NULL THEN
            CASE d.name WHEN 'tags' THEN v.after -> '$.tags' WHEN 'censored' THEN coalesce(v.after ->> '$.censored', 0)
                WHEN 'value' THEN CAST(v.after ->> '$.value' AS REAL) WHEN 'low' THEN CAST(v.after ->> '$.low' AS REAL)
                WHEN 'high' THEN CAST(v.after ->> '$.high' AS REAL) WHEN 'ci_level' THEN CAST(v.after ->> '$.ci_level' AS REAL)
                ELSE v.after ->> ('$.' || d.name) END
        ELSE CASE d.name WHEN 'measure' THEN f.measure WHEN 'value' THEN f.value WHEN 'censored' THEN f.censored
            WHEN 'low' THEN f.low WHEN 'high' THEN f.high WHEN 'ci_level' THEN f.ci_level WHEN 'unit' THEN f.unit
            WHEN 'place' THEN f.place WHEN 'period_start' THEN f.period_start WHEN 'period_end' THEN f.period_end
            WHEN 'sex' THEN f.sex WHEN 'age_group' THEN f.age_group WHEN 'form' THEN f.form WHEN 'source' THEN f.source
            WHEN 'study' THEN f.study WHEN 'locator' THEN f.locator WHEN 'quote' THEN f.quote WHEN 'cites' THEN f.cites
            WHEN 'method' THEN f.method WHEN 'notes' THEN f.notes WHEN 'extra' THEN f.extra
            WHEN 'tags' THEN (SELECT json_group_array(t.tag) FROM (SELECT tag FROM figure_tags WHERE figure = f.key ORDER BY tag) t)
            END
        END AS new_value
    FROM revision v
    LEFT JOIN figures f ON f.key = v.figure AND v.retraction IS NULL
    CROSS JOIN field d
    WHERE v.retraction IS NOT NULL OR f.key IS NOT NULL
)
SELECT
    coalesce((SELECT r.previous ->> '$.batch_id' FROM figure_revisions r WHERE r.figure = f.key ORDER BY r.id LIMIT 1), f.batch_id) AS batch_id, -- the batch that made the change (ingest_batches.id; the number an ingest's summary ends with)
    f.key AS figure, -- the figure's key
    'inserted' AS change, -- inserted, updated or retracted
    NULL AS field, -- for an update, the field that changed: a column of figures (value, quote, notes, ...) or tags (breakdowns are not kept in revisions, and not compared); NULL for an insert or a retraction
    NULL AS old_value, -- for an update, the field's value before the batch (tags as a JSON array); NULL for an insert or a retraction
    NULL AS new_value, -- for an update, the field's value the batch wrote (tags as a JSON array); NULL for an insert or a retraction
    NULL AS revision, -- for an update of a figure in figures, the figure_revisions row that keeps the figure as it was before (all its values, in previous); NULL for an insert, a retraction, or an update of a figure since retracted (its revision is in figure_retractions.revisions, with this batch_id)
    NULL AS retraction -- for a figure since retracted, its figure_retractions row (id), which keeps its last values and revisions: its insert, its updates and the retraction itself; NULL for a figure in figures, including one loaded again with --restore-retracted, a new figure
FROM figures f
UNION ALL
SELECT coalesce((SELECT e.value ->> '$.previous.batch_id' FROM json_each(CASE WHEN json_valid(x.revisions) THEN x.revisions ELSE '[]' END) e
        ORDER BY e.value ->> '$.id', e.key LIMIT 1), x.previous ->> '$.batch_id'),
    x.figure, 'inserted', NULL, NULL, NULL, NULL, x.id
FROM figure_retractions x
WHERE json_valid(x.previous)
UNION ALL
SELECT u.batch_id, u.figure, 'updated', u.field, u.old_value, u.new_value, u.id, u.retraction
FROM updated u
WHERE u.old_value IS NOT u.new_value
UNION ALL
SELECT x.batch_id, x.figure, 'retracted', NULL, NULL, NULL, NULL, x.id
FROM figure_retractions x;

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql,
    '    note TEXT -- free-text note given with --note
)',
    '    note TEXT, -- free-text note given with --note
    rows_retracted INTEGER NOT NULL DEFAULT 0 -- rows about a figure withdrawn with tipdb retract, also counted in rows_read: for a retract batch (format retract), the figures it withdrew (its rows in figure_retractions); for a load, the rows skipped because their key was withdrawn (its summary''s "N retracted (skipped)"; 0 for a load recorded before m0033, which did not count them)
)')
WHERE type = 'table' AND name = 'ingest_batches';
PRAGMA writable_schema = OFF;
