-- m0025: figure_citations counts the source's revisions, not tipdb's corrections.
-- figure_citations.revisions and previous_value compared every figure_revisions row with the next,
-- so a fix of tipdb's copy loaded with `tipdb ingest --correction` (m0024: kind 'correction') was
-- counted as a revision and its typing slip offered as the number to cite as "revised from".
-- They now follow the source's numbers, as briefs do: the number before each revision (kind
-- 'revision') against the number before the next revision, or the figure as it stands, so that a
-- correction counts with the revision it fixed. A revision whose slip a correction undid (41
-- revised to 40 in tipdb's copy, corrected back to 41) changed no number of the source's, and is
-- not counted. A last column, corrections, counts the corrections that changed tipdb's copy of
-- the number, each against the next change of any kind, so that nothing is hidden.
-- The view is recreated whole, as SQLite requires, every other column keeping its name and place.
-- figure_changes, the only other view that reads figure_revisions, lists what each batch did to
-- tipdb's copy, a correction as much as a revision, and is right as it is.

DROP VIEW IF EXISTS figure_citations;

CREATE VIEW figure_citations AS -- One row per figure with everything needed to cite it: value, bounds, unit, measure, place, reference period, subgroup, breakdown and source, and whether the latest release of its series still publishes it and whether its source revised its number; then the label briefs cite its source by; last, how often tipdb's copy of the number was corrected.
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
        FROM figure_revisions r WHERE r.figure = f.key AND r.kind = 'revision' AND json_valid(r.previous)) x
        WHERE CASE WHEN x.after IS NULL
            THEN x.before ->> '$.value' IS NOT f.value OR coalesce(x.before ->> '$.censored', 0) IS NOT f.censored OR x.before ->> '$.low' IS NOT f.low OR x.before ->> '$.high' IS NOT f.high
            ELSE x.before ->> '$.value' IS NOT x.after ->> '$.value' OR coalesce(x.before ->> '$.censored', 0) IS NOT coalesce(x.after ->> '$.censored', 0) OR x.before ->> '$.low' IS NOT x.after ->> '$.low' OR x.before ->> '$.high' IS NOT x.after ->> '$.high'
        END) END AS revisions, -- how many times the source revised the figure's number (value, censoring or bounds), as briefs say "revised from": the number before each revision against the number before the next one, or the figure now, so a correction counts with the revision it fixed (see corrections); 0 when never; what else a load changed, and when, is in figure_revisions
    CASE WHEN EXISTS (SELECT 1 FROM figure_revisions r WHERE r.figure = f.key) THEN (SELECT CAST(x.before ->> '$.value' AS REAL) FROM (
        SELECT r.id AS id, r.previous AS before, lead(r.previous) OVER (ORDER BY r.id) AS after
        FROM figure_revisions r WHERE r.figure = f.key AND r.kind = 'revision' AND json_valid(r.previous)) x
        WHERE CASE WHEN x.after IS NULL
            THEN x.before ->> '$.value' IS NOT f.value OR coalesce(x.before ->> '$.censored', 0) IS NOT f.censored OR x.before ->> '$.low' IS NOT f.low OR x.before ->> '$.high' IS NOT f.high
            ELSE x.before ->> '$.value' IS NOT x.after ->> '$.value' OR coalesce(x.before ->> '$.censored', 0) IS NOT coalesce(x.after ->> '$.censored', 0) OR x.before ->> '$.low' IS NOT x.after ->> '$.low' OR x.before ->> '$.high' IS NOT x.after ->> '$.high'
        END
        ORDER BY x.id DESC LIMIT 1) END AS previous_value, -- the number the figure had before the source's latest revision of its number (briefs: "revised from 1,523"), never a slip of tipdb's copy that a correction fixed; NULL when never revised or when that number was censored (see figure_revisions)
    sl.label AS source_label, -- the label briefs, tipdb report lineage and the brief's CSV cite the source by: ILO 2005, Francis 2013, UNODC 2024a (from source_labels; NULL for a source written by another program until tipdb migrate --repair labels it)
    CASE WHEN NOT EXISTS (SELECT 1 FROM figure_revisions r WHERE r.figure = f.key AND r.kind = 'correction') THEN 0 ELSE (SELECT count(*) FROM (
        SELECT r.kind AS kind, r.previous AS before, lead(r.previous) OVER (ORDER BY r.id) AS after
        FROM figure_revisions r WHERE r.figure = f.key AND json_valid(r.previous)) x
        WHERE x.kind = 'correction' AND CASE WHEN x.after IS NULL
            THEN x.before ->> '$.value' IS NOT f.value OR coalesce(x.before ->> '$.censored', 0) IS NOT f.censored OR x.before ->> '$.low' IS NOT f.low OR x.before ->> '$.high' IS NOT f.high
            ELSE x.before ->> '$.value' IS NOT x.after ->> '$.value' OR coalesce(x.before ->> '$.censored', 0) IS NOT coalesce(x.after ->> '$.censored', 0) OR x.before ->> '$.low' IS NOT x.after ->> '$.low' OR x.before ->> '$.high' IS NOT x.after ->> '$.high'
        END) END AS corrections -- how many times tipdb ingest --correction changed tipdb's copy of the number (a typing slip fixed, not a revision by the source; left out of revisions and previous_value, and out of briefs): 0 when never; figure_revisions.kind tells the rows apart
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
