-- m0034: a figure can say that its source does not state the period its number describes.
-- ILO (2014) gives US$150 billion a year of illegal profits without saying which year it
-- describes; an analyst had to type the publication year as the reference period, and a brief then
-- charted and compared it as a number about 2014 (walkthrough of session 31). figures.period_basis
-- is 'stated' (the default: the period is the one the source gives) or 'publication' (it gives
-- none: period_start..period_end is the publication year standing in for it). Ingest reads it
-- from a period_basis column; briefs write its period as "period not stated".
-- The column is added by editing the table's text in place, as m0027 and m0028 edited it, where
-- ALTER TABLE ADD COLUMN would write it after updated_at's definition but before its comment, and
-- would fail if the migration ran again. It goes last among the columns, as ADD COLUMN puts it:
-- SQLite reads a row stored before it existed as the column's default ('stated'), which meets its
-- NOT NULL and CHECK, so no stored row changes (SQLite's ALTER TABLE documentation). A text that
-- already has it is left as it is; Migrator's follow-up for 34 checks the result.
-- figure_citations gains the column at its end; every other column keeps its name and place.
-- figure_changes, as m0033 left it, compares it as it compares every other field; a revision or
-- retraction written before m0034 has no period_basis in its JSON and reads as stated, the only
-- basis there was. Both views are recreated whole, as SQLite requires.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql,
    'updated_at TEXT NOT NULL, -- when the row was last changed (UTC)
    CHECK ((censored = 0',
    'updated_at TEXT NOT NULL, -- when the row was last changed (UTC)
    period_basis TEXT NOT NULL DEFAULT ''stated'' CHECK (period_basis IN (''stated'', ''publication'')), -- stated: the source states the reference period; publication: it does not, and period_start..period_end is the source''s publication year standing in for it
    CHECK ((censored = 0')
WHERE type = 'table' AND name = 'figures';
PRAGMA writable_schema = OFF;

DROP VIEW IF EXISTS figure_changes;
DROP VIEW IF EXISTS figure_citations;

CREATE VIEW figure_citations AS -- One row per figure with everything needed to cite it: value, bounds, unit, measure, place, reference period, subgroup, breakdown and source, and whether the latest release of its series still publishes it and whether its source revised its number; then the label briefs cite its source by; how often tipdb's copy of the number was corrected; the bounds of the number before the source's latest revision; last, whether the source stated the reference period.
SELECT
    figure, -- the figure's key
    value, -- the number as published (NULL when censored, or published only as a range: see low and high)
    censored, -- 1 when published only as "<k"
    low, -- lower bound (for a censored count: 1)
    high, -- upper bound (for a censored count: k - 1)
    ci_level, -- confidence level of low..high as a fraction
    unit, -- unit of value, low and high
    measure, -- measure code
    measure_label, -- measure name
    counts, -- what the measure counts: prevalence estimate, detected count, ...
    concept, -- trafficking, forced-labour, forced-marriage, modern-slavery, child-labour or other
    place, -- place code
    place_name, -- place name
    period_start, -- start of the reference period
    period_end, -- end of the reference period
    reference_period, -- reference period as text: 2016, 1995-2004, or with months or days 2019-06/2019-12
    sex, -- sex subgroup
    age_group, -- age subgroup
    form, -- form of exploitation (NULL: all forms)
    method, -- estimated, detected, reported or derived
    cites, -- the figure this one repeats (NULL for a primary figure)
    source, -- source key
    citation, -- the source as a short reference: Authors (year). Title. Publisher. Authors are listed as briefs list them: Silverman and Bernard; A, B and C. A statement leads with the organisation that issued it: Publisher (year). Title. Delivered by Speaker.
    url, -- where the source can be read
    doi, -- the source's DOI
    locator, -- page, table or section in the source
    quote, -- the sentence that states the figure
    breakdown, -- what the figure is restricted to beyond sex, age group and form, as briefs write it: citizenship: Nationals; repatriated from: Abroad (NULL: no breakdown)
    latest_release, -- for a figure of a bulk export loaded in releases (UNODC GLOTIP): export date of the latest release of its series (NULL: not from such a series)
    in_latest_release, -- 1 when that latest release still publishes the figure; 0 when it no longer does (briefs say "not in the latest release": cite it as a figure of the release that last published it, figure_vintages.last_released); NULL: not from a series
    revisions, -- how many times the source revised the figure's number (value, censoring or bounds), as briefs say "revised from": the number before each revision against the number before the next one, or the figure now, so a correction counts with the revision it fixed (see corrections); 0 when never; what else a load changed, and when, is in figure_revisions
    CAST(previous ->> '$.value' AS REAL) AS previous_value, -- the number the figure had before the source's latest revision of its number (briefs: "revised from 1,523"), never a slip of tipdb's copy that a correction fixed; NULL when never revised, or when that number was censored or only a range: see previous_censored, previous_low and previous_high (and figure_revisions)
    source_label, -- the label briefs, tipdb report lineage and the brief's CSV cite the source by: ILO 2005, Francis 2013, UNODC 2024a (from source_labels; NULL for a source written by another program until tipdb migrate --repair labels it)
    corrections, -- how many times tipdb ingest --correction changed tipdb's copy of the number (a typing slip fixed, not a revision by the source; left out of revisions and previous_value, and out of briefs): 0 when never; figure_revisions.kind tells the rows apart
    CASE WHEN previous IS NULL THEN NULL ELSE coalesce(previous ->> '$.censored', 0) END AS previous_censored, -- 1 when the number before the source's latest revision was published only as "<k", 0 when not; NULL when never revised
    CAST(previous ->> '$.low' AS REAL) AS previous_low, -- lower bound of the number before the source's latest revision (for a censored count: 1); NULL when never revised or when it had none
    CAST(previous ->> '$.high' AS REAL) AS previous_high, -- upper bound of that number (for a censored count: k - 1); NULL when never revised or when it had none
    CAST(previous ->> '$.ci_level' AS REAL) AS previous_ci_level, -- confidence level of previous_low..previous_high as a fraction (NULL: a range, not a confidence interval, no bounds, or never revised)
    period_basis -- stated when the source states the reference period; publication when it does not, and period_start..period_end is the source's publication year standing in for it (briefs write its period as "period not stated")
FROM (
SELECT
    f.key AS figure,
    f.value AS value,
    f.censored AS censored,
    f.low AS low,
    f.high AS high,
    f.ci_level AS ci_level,
    f.unit AS unit,
    f.measure AS measure,
    m.label AS measure_label,
    m.counts AS counts,
    m.concept AS concept,
    f.place AS place,
    p.name AS place_name,
    f.period_start AS period_start,
    f.period_end AS period_end,
    f.period_basis AS period_basis,
    CASE WHEN f.period_start = f.period_end THEN f.period_start WHEN length(f.period_start) = 4 AND length(f.period_end) = 4 THEN f.period_start || '-' || f.period_end ELSE f.period_start || '/' || f.period_end END AS reference_period,
    f.sex AS sex,
    f.age_group AS age_group,
    f.form AS form,
    f.method AS method,
    f.cites AS cites,
    f.source AS source,
    CASE WHEN s.kind = 'statement' AND s.publisher IS NOT NULL
        THEN s.publisher || ' (' || coalesce(substr(s.published, 1, 4), 'n.d.') || '). ' || s.title || '.' || CASE WHEN s.authors IS NOT NULL THEN ' Delivered by ' || s.author_list || '.' ELSE '' END
        ELSE coalesce(s.author_list, s.publisher) || ' (' || coalesce(substr(s.published, 1, 4), 'n.d.') || '). ' || s.title || '.' || CASE WHEN s.publisher IS NOT NULL AND s.authors IS NOT NULL THEN ' ' || s.publisher || '.' ELSE '' END
    END AS citation,
    s.url AS url,
    s.doi AS doi,
    f.locator AS locator,
    f.quote AS quote,
    (SELECT group_concat(words, '; ') FROM (
        SELECT CASE b.dimension WHEN 'country-of-repatriation' THEN 'repatriated from' WHEN 'country-of-exploitation' THEN 'exploited in' ELSE replace(b.dimension, '-', ' ') END
            || ': ' || CASE WHEN bp.name IS NOT NULL THEN bp.name WHEN b.category NOT GLOB '*[^a-z0-9-]*' THEN replace(b.category, '-', ' ') ELSE b.category END AS words
        FROM figure_breakdowns b LEFT JOIN places bp ON bp.code = b.place
        WHERE b.figure = f.key ORDER BY b.dimension)) AS breakdown,
    (SELECT lv.released FROM series_figures sf JOIN series_vintages lv ON lv.id = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series)
        WHERE sf.figure = f.key) AS latest_release,
    (SELECT CASE WHEN sf.last_vintage = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series) THEN 1 ELSE 0 END FROM series_figures sf
        WHERE sf.figure = f.key) AS in_latest_release,
    CASE WHEN NOT EXISTS (SELECT 1 FROM figure_revisions r WHERE r.figure = f.key) THEN 0 ELSE (SELECT count(*) FROM (
        SELECT r.previous AS before, lead(r.previous) OVER (ORDER BY r.id) AS after
        FROM figure_revisions r WHERE r.figure = f.key AND r.kind = 'revision' AND json_valid(r.previous)) x
        WHERE CASE WHEN x.after IS NULL
            THEN x.before ->> '$.value' IS NOT f.value OR coalesce(x.before ->> '$.censored', 0) IS NOT f.censored OR x.before ->> '$.low' IS NOT f.low OR x.before ->> '$.high' IS NOT f.high
            ELSE x.before ->> '$.value' IS NOT x.after ->> '$.value' OR coalesce(x.before ->> '$.censored', 0) IS NOT coalesce(x.after ->> '$.censored', 0) OR x.before ->> '$.low' IS NOT x.after ->> '$.low' OR x.before ->> '$.high' IS NOT x.after ->> '$.high'
        END) END AS revisions,
    CASE WHEN EXISTS (SELECT 1 FROM figure_revisions r WHERE r.figure = f.key) THEN (SELECT x.before FROM (
        SELECT r.id AS id, r.previous AS before, lead(r.previous) OVER (ORDER BY r.id) AS after
        FROM figure_revisions r WHERE r.figure = f.key AND r.kind = 'revision' AND json_valid(r.previous)) x
        WHERE CASE WHEN x.after IS NULL
            THEN x.before ->> '$.value' IS NOT f.value OR coalesce(x.before ->> '$.censored', 0) IS NOT f.censored OR x.before ->> '$.low' IS NOT f.low OR x.before ->> '$.high' IS NOT f.high
            ELSE x.before ->> '$.value' IS NOT x.after ->> '$.value' OR coalesce(x.before ->> '$.censored', 0) IS NOT coalesce(x.after ->> '$.censored', 0) OR x.before ->> '$.low' IS NOT x.after ->> '$.low' OR x.before ->> '$.high' IS NOT x.after ->> '$.high'
        END
        ORDER BY x.id DESC LIMIT 1) END AS previous,
    sl.label AS source_label,
    CASE WHEN NOT EXISTS (SELECT 1 FROM figure_revisions r WHERE r.figure = f.key AND r.kind = 'correction') THEN 0 ELSE (SELECT count(*) FROM (
        SELECT r.kind AS kind, r.previous AS before, lead(r.previous) OVER (ORDER BY r.id) AS after
        FROM figure_revisions r WHERE r.figure = f.key AND json_valid(r.previous)) x
        WHERE x.kind = 'correction' AND CASE WHEN x.after IS NULL
            THEN x.before ->> '$.value' IS NOT f.value OR coalesce(x.before ->> '$.censored', 0) IS NOT f.censored OR x.before ->> '$.low' IS NOT f.low OR x.before ->> '$.high' IS NOT f.high
            ELSE x.before ->> '$.value' IS NOT x.after ->> '$.value' OR coalesce(x.before ->> '$.censored', 0) IS NOT coalesce(x.after ->> '$.censored', 0) OR x.before ->> '$.low' IS NOT x.after ->> '$.low' OR x.before ->> '$.high' IS NOT x.after ->> '$.high'
        END) END AS corrections
FROM figures f
JOIN measures m ON m.code = f.measure
JOIN places p ON p.code = f.place
JOIN (SELECT *,
        CASE WHEN instr(replace(authors, '; ', char(31)), char(31)) = 0 THEN authors
        ELSE replace(substr(rtrim(replace(authors, '; ', char(31)), replace(replace(authors, '; ', char(31)), char(31), '')), 1,
                length(rtrim(replace(authors, '; ', char(31)), replace(replace(authors, '; ', char(31)), char(31), ''))) - 1), char(31), ', ')
            || ' and ' || substr(replace(authors, '; ', char(31)), length(rtrim(replace(authors, '; ', char(31)), replace(replace(authors, '; ', char(31)), char(31), ''))) + 1)
        END AS author_list
    FROM sources) s ON s.key = f.source
LEFT JOIN source_labels sl ON sl.source = f.source
);

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
            WHEN 'sex' THEN f.sex WHEN 'age_group' THEN f.age_group WHEN 'form' THEN f.form WHEN 'source' THEN f.source
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
