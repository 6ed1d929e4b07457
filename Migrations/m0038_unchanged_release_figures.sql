-- m0038: a figure that a newer release of its export publishes again unchanged is no longer listed
-- as inserted by that release in figure_changes.
-- Loading a newer UNODC GLOTIP export moves each figure it repeats unchanged to the new export's
-- source with a bare UPDATE of figures.source and figures.batch_id, without a revision (its value
-- did not change; series_figures keeps the vintages it appeared in). figure_changes dated a
-- figure's insert by its first revision's previous batch_id, else by figures.batch_id: every
-- unchanged figure of the second export showed as inserted by it (in a test of three rows, the
-- second export "inserted" 3 figures where it inserted 1), and a figure moved and later revised
-- showed as inserted by the release that moved it. Writing a revision per moved figure was tried
-- and rejected: a second export of 52,000 figures took 92 s instead of 65 s and the database
-- doubled. The view now dates an insert by the earliest of the batch before its first revision
-- and the batch that loaded the first vintage that published it (series_figures.first_vintage),
-- each falling back to figures.batch_id: a batch never precedes the one that inserted the
-- figure, so the earliest is the insert, whichever came first.
-- The same move left an update's new source wrong: the latest revision's new values are read from
-- figures, whose source a later release moved on, so the release that revised a figure seemed to
-- have written the export after it. Where figures.batch_id is not the revising batch, the new
-- source is that batch's export (series_vintages.source); no other field is moved.
-- Recreated whole, as SQLite requires (no view reads it); every column keeps its name, place and
-- meaning, and a retracted figure's rows are as m0034 made them (a figure of a series cannot be
-- retracted, so none was moved). Dropped first, so that running it again changes nothing.
DROP VIEW IF EXISTS figure_changes;

CREATE VIEW figure_changes AS -- What each batch did to figures: a row per figure inserted or retracted, and per field an update changed, with the old and new value; a figure since retracted keeps its rows, read from figure_retractions; a figure a newer release of its export (UNODC GLOTIP) published again unchanged has no row for that release, and stays inserted by the batch that first loaded it. What the last ingest changed: WHERE batch_id = (SELECT max(id) FROM ingest_batches).
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
    ('tags', 21), ('extra', 22), ('period_basis', 23)),
updated AS (
    SELECT v.id AS id, v.batch_id AS batch_id, v.figure AS figure, v.retraction AS retraction, d.name AS field, d.position AS position,
        CASE d.name WHEN 'tags' THEN v.before -> '$.tags' WHEN 'censored' THEN coalesce(v.before ->> '$.censored', 0)
            WHEN 'period_basis' THEN coalesce(v.before ->> '$.period_basis', 'stated')
            WHEN 'value' THEN CAST(v.before ->> '$.value' AS REAL) WHEN 'low' THEN CAST(v.before ->> '$.low' AS REAL)
            WHEN 'high' THEN CAST(v.before ->> '$.high' AS REAL) WHEN 'ci_level' THEN CAST(v.before ->> '$.ci_level' AS REAL)
            ELSE v.before ->> ('$.' || d.name) END AS old_value,
        CASE WHEN v.after IS NOT NULL THEN
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
