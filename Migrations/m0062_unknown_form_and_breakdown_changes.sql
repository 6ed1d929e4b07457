-- m0062: a form the source does not identify, as a row of forms, and breakdowns a load changed, as revisions (session 54).
--
-- 1. Since session 53 ingest stores a form of exploitation that the source does not identify
--    (`not identified`, `form of exploitation not known`) as figures.form `unknown`, and
--    `tipdb check` accepts it, but `SELECT code, label FROM forms` did not list it: an analyst
--    reading the database with SQL met a form no table named, and a join of figures to forms lost
--    those figures. It is seeded here, last, labelled as briefs write it ("form unknown"); ingest
--    read it before this row and reads it the same way now. Age groups and sexes have no table
--    (the figures table's CHECK constraints and tipdb's rules list them), so nothing lacks a row.
-- 2. A figure loaded again under its key with another breakdown (citizenship: Viet Nam, then citizenship: Albania)
--    kept no revision: figure_revisions kept a figure's columns, and a breakdown is rows of figure_breakdowns, so a
--    brief made before cited a count that figure_changes and tipdb report lineage then gave as another subgroup's.
--    Ingest now keeps the breakdown a load replaced in the revision's previous, as breakdown (as a figures file's
--    cell states it, citizenship: VNM; JSON null for none), and figure_changes compares it as one more field: for a
--    revision that kept one, the new value is what the next revision that kept one had, or the figure's breakdown
--    now. A revision written before this migration kept none and gives no breakdown row. The view is recreated
--    whole, as SQLite requires; every other column and row is as m0061 made it.
-- Running this again changes nothing.
INSERT OR IGNORE INTO forms (code, label, definition) VALUES
    ('unknown', 'Form unknown',
     'a form the source does not identify (not identified, form of exploitation not known): a part of the all-forms total like any form, never a part of another form; not other-exploitation, which counts forms the source names outside this list');

DROP VIEW IF EXISTS figure_changes;

CREATE VIEW figure_changes AS -- What each batch did to figures: a row per figure inserted or retracted, and per field an update changed, with the old and new value; a figure since retracted keeps its rows, read from figure_retractions; a figure a newer release of its export (UNODC GLOTIP) published again unchanged has no row for that release, and stays inserted by the batch that first loaded it. A figure loaded again with the same number printed with other digits (2.50 million as 2.5 million) has a row for value_last_digit, and none for value; a bound so, a row for low_last_digit or high_last_digit, and none for low or high. A load that changed a figure's breakdown (citizenship: Viet Nam to citizenship: Albania) has a row for breakdown (since m0062). What the last ingest changed: WHERE batch_id = (SELECT max(id) FROM ingest_batches).
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
    ('tags', 21), ('extra', 22), ('period_basis', 23), ('value_last_digit', 24),
    ('low_last_digit', 25), ('high_last_digit', 26), ('price_year', 27), ('breakdown', 28)),
updated AS (
    SELECT v.id AS id, v.batch_id AS batch_id, v.figure AS figure, v.retraction AS retraction, d.name AS field, d.position AS position,
        CASE d.name WHEN 'tags' THEN v.before -> '$.tags' WHEN 'censored' THEN coalesce(v.before ->> '$.censored', 0)
            WHEN 'period_basis' THEN coalesce(v.before ->> '$.period_basis', 'stated')
            WHEN 'value' THEN CAST(v.before ->> '$.value' AS REAL) WHEN 'low' THEN CAST(v.before ->> '$.low' AS REAL)
            WHEN 'high' THEN CAST(v.before ->> '$.high' AS REAL) WHEN 'ci_level' THEN CAST(v.before ->> '$.ci_level' AS REAL)
            WHEN 'breakdown' THEN CASE WHEN json_type(v.before, '$.breakdown') IS NOT NULL THEN v.before ->> '$.breakdown' END
            ELSE v.before ->> ('$.' || d.name) END AS old_value,
        CASE WHEN d.name = 'breakdown' THEN
            CASE WHEN json_type(v.before, '$.breakdown') IS NULL THEN NULL
                WHEN v.id IS NULL THEN CASE WHEN json_type(v.after, '$.breakdown') IS NOT NULL THEN v.after ->> '$.breakdown' ELSE v.before ->> '$.breakdown' END
                WHEN EXISTS (SELECT 1 FROM figure_revisions l WHERE l.figure = v.figure AND l.id > v.id AND json_valid(l.previous) AND json_type(l.previous, '$.breakdown') IS NOT NULL)
                THEN (SELECT l.previous ->> '$.breakdown' FROM figure_revisions l
                    WHERE l.figure = v.figure AND l.id > v.id AND json_valid(l.previous) AND json_type(l.previous, '$.breakdown') IS NOT NULL ORDER BY l.id LIMIT 1)
                ELSE (SELECT group_concat(b.dimension || ': ' || b.category, '; ') FROM (SELECT dimension, category FROM figure_breakdowns WHERE figure = v.figure ORDER BY dimension) b)
            END
        WHEN v.after IS NOT NULL THEN
            CASE d.name WHEN 'tags' THEN v.after -> '$.tags' WHEN 'censored' THEN coalesce(v.after ->> '$.censored', 0)
                WHEN 'period_basis' THEN coalesce(v.after ->> '$.period_basis', 'stated')
                WHEN 'value' THEN CAST(v.after ->> '$.value' AS REAL) WHEN 'low' THEN CAST(v.after ->> '$.low' AS REAL)
                WHEN 'high' THEN CAST(v.after ->> '$.high' AS REAL) WHEN 'ci_level' THEN CAST(v.after ->> '$.ci_level' AS REAL)
                ELSE v.after ->> ('$.' || d.name) END
        ELSE CASE d.name WHEN 'measure' THEN f.measure WHEN 'value' THEN f.value WHEN 'censored' THEN f.censored
            WHEN 'low' THEN f.low WHEN 'high' THEN f.high WHEN 'ci_level' THEN f.ci_level WHEN 'unit' THEN f.unit
            WHEN 'place' THEN f.place WHEN 'period_start' THEN f.period_start WHEN 'period_end' THEN f.period_end
            WHEN 'sex' THEN f.sex WHEN 'age_group' THEN f.age_group WHEN 'form' THEN f.form
            WHEN 'source' THEN coalesce((SELECT sv.source FROM series_vintages sv WHERE sv.batch_id = v.batch_id AND f.batch_id IS NOT v.batch_id), f.source)
            WHEN 'study' THEN f.study WHEN 'locator' THEN f.locator WHEN 'quote' THEN f.quote WHEN 'cites' THEN f.cites
            WHEN 'method' THEN f.method WHEN 'notes' THEN f.notes WHEN 'extra' THEN f.extra WHEN 'period_basis' THEN f.period_basis
            WHEN 'value_last_digit' THEN f.value_last_digit WHEN 'low_last_digit' THEN f.low_last_digit
            WHEN 'high_last_digit' THEN f.high_last_digit WHEN 'price_year' THEN f.price_year
            WHEN 'tags' THEN (SELECT json_group_array(t.tag) FROM (SELECT tag FROM figure_tags WHERE figure = f.key ORDER BY tag) t)
            END
        END AS new_value
    FROM revision v
    LEFT JOIN figures f ON f.key = v.figure AND v.retraction IS NULL
    CROSS JOIN field d
    WHERE v.retraction IS NOT NULL OR f.key IS NOT NULL
)
SELECT
    min(coalesce((SELECT r.previous ->> '$.batch_id' FROM figure_revisions r WHERE r.figure = f.key ORDER BY r.id LIMIT 1), f.batch_id),
        coalesce((SELECT sv.batch_id FROM series_figures sf JOIN series_vintages sv ON sv.id = sf.first_vintage WHERE sf.figure = f.key), f.batch_id)) AS batch_id, -- the batch that made the change (ingest_batches.id; the number an ingest's summary ends with)
    f.key AS figure, -- the figure's key
    'inserted' AS change, -- inserted, updated or retracted
    NULL AS field, -- for an update, the field that changed: a column of figures (value, quote, notes, ...), tags, or breakdown (figure_breakdowns as a figures file's breakdown cell states it, citizenship: VNM; sector: fishing; NULL for none: compared since m0062, for revisions written since, which keep it when a load changed it); NULL for an insert or a retraction
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
