-- m0023: the labels briefs cite sources by, in SQL.
-- A brief, `tipdb report lineage` and the brief's CSV (source_label) cite a source as "ILO 2005 [3]",
-- but no table or view held "ILO 2005": to ask which figures rest on it, a researcher had to guess
-- the source's key. The label is made by tipdb's Swift code (SourceLabel: the lead authors or the
-- issuing organisation, abbreviated as the field writes them, and the year), which no SQL
-- expression can repeat without becoming a second rule that drifts from the first; so tipdb
-- stores it in source_labels whenever it writes a source, and this migration's follow-up
-- (Migrator.followUps) labels the sources already stored. A source written by another program
-- has no row until tipdb writes it again.
-- Where sources share a label (two UNODC reports of 2024), the letter tells them apart across the
-- whole database (UNODC 2024a, UNODC 2024b), as a brief citing both writes them; a brief citing
-- only one writes it without a letter (it letters only the references it lists), so that label
-- finds both, and short_label holds it.
-- figure_citations gains source_label, figure_lineage primary_source_label and source_usage label,
-- each as the last column; the three views are recreated whole, as SQLite requires, every other
-- column keeping its name and place.
-- "What did my last ingest change?" had no answer short of comparing figure_revisions.previous, a
-- JSON object of every column, with the row by hand. figure_changes lists, per batch, the figures
-- inserted and retracted and, for an update, one row per field that changed, with its old and new
-- value: each revision is compared with the next revision of that figure, the latest with the
-- figure as it stands, so a revision that changed nothing visible gives no row.

CREATE TABLE IF NOT EXISTS source_labels ( -- The label each source is cited by in briefs, tipdb report lineage and the brief's CSV: ILO 2005, Francis 2013, UNODC 2024a; kept by tipdb whenever it writes a source.
    source TEXT PRIMARY KEY REFERENCES sources(key) ON DELETE CASCADE, -- the source's key
    short_label TEXT NOT NULL CHECK (short_label <> ''), -- lead names and year, without a letter: ILO 2005, ILO and WFF 2017, ILO et al. 2022, UNODC 2024
    label TEXT NOT NULL CHECK (label <> '') -- short_label with a letter when other sources share it (UNODC 2024a, UNODC 2024b, in reference-list order), as a brief citing them all writes it
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS source_labels_by_short_label ON source_labels(short_label);
CREATE INDEX IF NOT EXISTS source_labels_by_label ON source_labels(label);

DROP VIEW IF EXISTS source_usage;
DROP VIEW IF EXISTS figure_lineage;
DROP VIEW IF EXISTS figure_citations;
DROP VIEW IF EXISTS figure_changes;

CREATE VIEW figure_citations AS -- One row per figure with everything needed to cite it: value, bounds, unit, measure, place, reference period, subgroup, breakdown and source, and whether the latest release of its series still publishes it and whether a later load revised its number; last, the label briefs cite its source by.
SELECT
    f.key AS figure, -- the figure's key
    f.value AS value, -- the number as published (NULL when censored)
    f.censored AS censored, -- 1 when published only as "<k"
    f.low AS low, -- lower bound (for a censored count: 1)
    f.high AS high, -- upper bound (for a censored count: k - 1)
    f.ci_level AS ci_level, -- confidence level of low..high as a fraction
    f.unit AS unit, -- unit of value, low and high
    f.measure AS measure, -- measure code
    m.label AS measure_label, -- measure name
    m.counts AS counts, -- what the measure counts: prevalence estimate, detected count, ...
    m.concept AS concept, -- trafficking, forced-labour, forced-marriage, modern-slavery, child-labour or other
    f.place AS place, -- place code
    p.name AS place_name, -- place name
    f.period_start AS period_start, -- start of the reference period
    f.period_end AS period_end, -- end of the reference period
    CASE WHEN f.period_start = f.period_end THEN f.period_start WHEN length(f.period_start) = 4 AND length(f.period_end) = 4 THEN f.period_start || '-' || f.period_end ELSE f.period_start || '/' || f.period_end END AS reference_period, -- reference period as text: 2016, 1995-2004, or with months or days 2019-06/2019-12
    f.sex AS sex, -- sex subgroup
    f.age_group AS age_group, -- age subgroup
    f.form AS form, -- form of exploitation (NULL: all forms)
    f.method AS method, -- estimated, detected, reported or derived
    f.cites AS cites, -- the figure this one repeats (NULL for a primary figure)
    f.source AS source, -- source key
    CASE WHEN s.kind = 'statement' AND s.publisher IS NOT NULL
        THEN s.publisher || ' (' || coalesce(substr(s.published, 1, 4), 'n.d.') || '). ' || s.title || '.' || CASE WHEN s.authors IS NOT NULL THEN ' Delivered by ' || s.author_list || '.' ELSE '' END
        ELSE coalesce(s.author_list, s.publisher) || ' (' || coalesce(substr(s.published, 1, 4), 'n.d.') || '). ' || s.title || '.' || CASE WHEN s.publisher IS NOT NULL AND s.authors IS NOT NULL THEN ' ' || s.publisher || '.' ELSE '' END
    END AS citation, -- the source as a short reference: Authors (year). Title. Publisher. Authors are listed as briefs list them: Silverman and Bernard; A, B and C. A statement leads with the organisation that issued it: Publisher (year). Title. Delivered by Speaker.
    s.url AS url, -- where the source can be read
    s.doi AS doi, -- the source's DOI
    f.locator AS locator, -- page, table or section in the source
    f.quote AS quote, -- the sentence that states the figure
    (SELECT group_concat(words, '; ') FROM (
        SELECT CASE b.dimension WHEN 'country-of-repatriation' THEN 'repatriated from' WHEN 'country-of-exploitation' THEN 'exploited in' ELSE replace(b.dimension, '-', ' ') END
            || ': ' || CASE WHEN bp.name IS NOT NULL THEN bp.name WHEN b.category NOT GLOB '*[^a-z0-9-]*' THEN replace(b.category, '-', ' ') ELSE b.category END AS words
        FROM figure_breakdowns b LEFT JOIN places bp ON bp.code = b.place
        WHERE b.figure = f.key ORDER BY b.dimension)) AS breakdown, -- what the figure is restricted to beyond sex, age group and form, as briefs write it: citizenship: Nationals; repatriated from: Abroad (NULL: no breakdown)
    (SELECT lv.released FROM series_figures sf JOIN series_vintages lv ON lv.id = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series)
        WHERE sf.figure = f.key) AS latest_release, -- for a figure of a bulk export loaded in releases (UNODC GLOTIP): export date of the latest release of its series (NULL: not from such a series)
    (SELECT CASE WHEN sf.last_vintage = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series) THEN 1 ELSE 0 END FROM series_figures sf
        WHERE sf.figure = f.key) AS in_latest_release, -- 1 when that latest release still publishes the figure; 0 when it no longer does (briefs say "not in the latest release": cite it as a figure of the release that last published it, figure_vintages.last_released); NULL: not from a series
    CASE WHEN NOT EXISTS (SELECT 1 FROM figure_revisions r WHERE r.figure = f.key) THEN 0 ELSE (SELECT count(*) FROM (
        SELECT r.previous AS before, lead(r.previous) OVER (ORDER BY r.id) AS after
        FROM figure_revisions r WHERE r.figure = f.key AND json_valid(r.previous)) x
        WHERE CASE WHEN x.after IS NULL
            THEN x.before ->> '$.value' IS NOT f.value OR coalesce(x.before ->> '$.censored', 0) IS NOT f.censored OR x.before ->> '$.low' IS NOT f.low OR x.before ->> '$.high' IS NOT f.high
            ELSE x.before ->> '$.value' IS NOT x.after ->> '$.value' OR coalesce(x.before ->> '$.censored', 0) IS NOT coalesce(x.after ->> '$.censored', 0) OR x.before ->> '$.low' IS NOT x.after ->> '$.low' OR x.before ->> '$.high' IS NOT x.after ->> '$.high'
        END) END AS revisions, -- how many times a later load changed the figure's number (value, censoring or bounds), as briefs say "revised from": 0 when never; what else a load changed, and when, is in figure_revisions
    CASE WHEN EXISTS (SELECT 1 FROM figure_revisions r WHERE r.figure = f.key) THEN (SELECT CAST(x.before ->> '$.value' AS REAL) FROM (
        SELECT r.id AS id, r.previous AS before, lead(r.previous) OVER (ORDER BY r.id) AS after
        FROM figure_revisions r WHERE r.figure = f.key AND json_valid(r.previous)) x
        WHERE CASE WHEN x.after IS NULL
            THEN x.before ->> '$.value' IS NOT f.value OR coalesce(x.before ->> '$.censored', 0) IS NOT f.censored OR x.before ->> '$.low' IS NOT f.low OR x.before ->> '$.high' IS NOT f.high
            ELSE x.before ->> '$.value' IS NOT x.after ->> '$.value' OR coalesce(x.before ->> '$.censored', 0) IS NOT coalesce(x.after ->> '$.censored', 0) OR x.before ->> '$.low' IS NOT x.after ->> '$.low' OR x.before ->> '$.high' IS NOT x.after ->> '$.high'
        END
        ORDER BY x.id DESC LIMIT 1) END AS previous_value, -- the number the figure had before the latest change of its number (briefs: "revised from 1,523"); NULL when never revised or when that number was censored (see figure_revisions)
    sl.label AS source_label -- the label briefs, tipdb report lineage and the brief's CSV cite the source by: ILO 2005, Francis 2013, UNODC 2024a (from source_labels; NULL for a source written by another program, which has none)
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
LEFT JOIN source_labels sl ON sl.source = f.source;

CREATE VIEW figure_lineage AS -- Each figure with its chain of repeats down to the primary figure it rests on; a chain that never ends (a loop, or more than 100 repeats) or that cites a figure not in the database has no primary figure.
WITH RECURSIVE chain (figure, step, current, path, visited) AS (
    SELECT key, 0, key, key, char(31) || key || char(31) FROM figures
    UNION ALL
    SELECT c.figure, c.step + 1, f.cites, c.path || ' > ' || f.cites, c.visited || f.cites || char(31)
    FROM chain c JOIN figures f ON f.key = c.current
    WHERE f.cites IS NOT NULL
      AND instr(c.visited, char(31) || f.cites || char(31)) = 0
      AND c.step < 100
)
SELECT
    c.figure AS figure, -- the figure's key
    max(c.step) AS hops, -- how many repeats separate it from the end of its chain (0 for a primary figure; for a loop or too-long chain, how far it was followed; for a broken chain, the hops to the missing figure)
    c.path AS chain, -- the keys along the chain, separated by " > " (for a broken chain, the last is the key of the missing figure)
    CASE WHEN e.key IS NOT NULL AND e.cites IS NULL THEN c.current END AS primary_figure, -- the figure the chain ends at; a figure that cites none ends its own chain, so it is listed as its own primary figure (figure = primary_figure, hops 0): the figures that trace back to a source are those with its primary_source and figure <> primary_figure (NULL for a loop, too-long or broken chain, which does not end at a figure)
    CASE WHEN e.key IS NULL THEN 'broken' WHEN max(c.step) = 0 AND e.cites IS NULL AND e.method <> 'reported' THEN 'primary' WHEN e.cites IS NOT NULL AND instr(c.visited, char(31) || e.cites || char(31)) > 0 THEN 'loop' WHEN e.cites IS NOT NULL THEN 'too-long' WHEN e.method = 'reported' THEN 'unsourced' ELSE 'repeats' END AS status, -- primary, repeats, unsourced (the chain ends at a figure that is itself only reported), loop, too-long (more than 100 repeats, not followed further: tipdb report lineage follows it whole), or broken (the chain cites a figure not in the database: tipdb check names it)
    CASE WHEN e.cites IS NULL THEN e.source END AS primary_source, -- source of the figure the chain ends at (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.value END AS primary_value, -- value of the figure the chain ends at (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.period_start END AS primary_period_start, -- reference period start of the figure the chain ends at (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.period_end END AS primary_period_end, -- reference period end of the figure the chain ends at (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN (SELECT sl.label FROM source_labels sl WHERE sl.source = e.source) END AS primary_source_label -- the label briefs cite primary_source by: ILO 2005 (from source_labels; NULL for a loop, too-long or broken chain)
FROM chain c
LEFT JOIN figures e ON e.key = c.current
GROUP BY c.figure;

CREATE VIEW source_usage AS -- How many figures each source backs: directly, and through figures elsewhere whose chain of repeats ends at one of its primary figures.
WITH repeats AS MATERIALIZED (
    SELECT l.primary_source, f.source FROM figure_lineage l JOIN figures f ON f.key = l.figure WHERE l.status = 'repeats'
)
SELECT
    s.key AS source, -- source key
    s.title AS title, -- source title
    (SELECT count(*) FROM figures f WHERE f.source = s.key) AS direct_figures, -- figures taken from this source
    (SELECT count(*) FROM repeats r WHERE r.primary_source = s.key AND r.source <> s.key) AS repeated_by_figures, -- figures in other sources whose lineage ends here, at a primary figure (figure_lineage status repeats: loops, too-long, broken and unsourced chains are not counted)
    (SELECT count(DISTINCT r.source) FROM repeats r WHERE r.primary_source = s.key AND r.source <> s.key) AS repeated_by_sources, -- other sources that repeat its figures, counted as repeated_by_figures is
    (SELECT sl.label FROM source_labels sl WHERE sl.source = s.key) AS label -- the label briefs cite the source by: ILO 2005 (from source_labels)
FROM sources s;

CREATE VIEW figure_changes AS -- What each batch did to figures: a row per figure inserted or retracted, and per field an update changed, with the old and new value. What the last ingest changed: WHERE batch_id = (SELECT max(id) FROM ingest_batches).
WITH revision AS (
    SELECT r.id AS id, r.batch_id AS batch_id, r.figure AS figure, r.previous AS before,
        lead(r.previous) OVER (PARTITION BY r.figure ORDER BY r.id) AS after
    FROM figure_revisions r
    WHERE json_valid(r.previous)
),
field (name, position) AS (VALUES ('measure', 1), ('value', 2), ('censored', 3), ('low', 4), ('high', 5), ('ci_level', 6),
    ('unit', 7), ('place', 8), ('period_start', 9), ('period_end', 10), ('sex', 11), ('age_group', 12), ('form', 13),
    ('source', 14), ('study', 15), ('locator', 16), ('quote', 17), ('cites', 18), ('method', 19), ('notes', 20),
    ('tags', 21), ('extra', 22)),
updated AS (
    SELECT v.id AS id, v.batch_id AS batch_id, v.figure AS figure, d.name AS field, d.position AS position,
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
    JOIN figures f ON f.key = v.figure
    CROSS JOIN field d
)
SELECT
    coalesce((SELECT r.previous ->> '$.batch_id' FROM figure_revisions r WHERE r.figure = f.key ORDER BY r.id LIMIT 1), f.batch_id) AS batch_id, -- the batch that made the change (ingest_batches.id; the number an ingest's summary ends with)
    f.key AS figure, -- the figure's key
    'inserted' AS change, -- inserted, updated or retracted
    NULL AS field, -- for an update, the field that changed: a column of figures (value, quote, notes, ...) or tags (breakdowns are not kept in revisions, and not compared); NULL for an insert or a retraction
    NULL AS old_value, -- for an update, the field's value before the batch (tags as a JSON array); NULL for an insert or a retraction
    NULL AS new_value, -- for an update, the field's value the batch wrote (tags as a JSON array); NULL for an insert or a retraction
    NULL AS revision -- for an update, the figure_revisions row that keeps the figure as it was before (all its values, in previous)
FROM figures f
UNION ALL
SELECT u.batch_id, u.figure, 'updated', u.field, u.old_value, u.new_value, u.id
FROM updated u
WHERE u.old_value IS NOT u.new_value
UNION ALL
SELECT x.batch_id, x.figure, 'retracted', NULL, NULL, NULL, NULL
FROM figure_retractions x;
