-- m0036: figure_citations.reference_period no longer gives a year the source never stated.
-- A figure whose source does not state the period its number describes is filed under the
-- source's publication year (m0034, period_basis 'publication'); briefs, tipdb search and report
-- lineage write its period as "period not stated", but figure_citations, the view to cite figures
-- from, gave the stand-in year as the reference period, so a citation copied from it, or the
-- example queries in Fixtures/queries, dated a number its source never dated (user walkthrough of
-- session 33). reference_period now reads "period not stated (filed under 2014)" for such a
-- figure, as tipdb search writes it; period_start and period_end still hold the stand-in year, for
-- sorting and filtering, and period_basis says which it is.
-- Recreated whole, as SQLite requires; figure_changes reads figures, not this view, and is left
-- as m0034 made it. Every column keeps its name and place.
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
    reference_period, -- reference period as text: 2016, 1995-2004, or with months or days 2019-06/2019-12; period not stated (filed under 2014) when the source does not state it (period_basis publication), as briefs and tipdb search write it
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
    CASE WHEN f.period_basis = 'publication' THEN 'period not stated (filed under ' ELSE '' END
        || CASE WHEN f.period_start = f.period_end THEN f.period_start WHEN length(f.period_start) = 4 AND length(f.period_end) = 4 THEN f.period_start || '-' || f.period_end ELSE f.period_start || '/' || f.period_end END
        || CASE WHEN f.period_basis = 'publication' THEN ')' ELSE '' END AS reference_period,
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
