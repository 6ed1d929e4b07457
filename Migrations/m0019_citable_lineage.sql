-- m0019: four analyst views recreated whole, as SQLite requires. New columns come last, so that a
-- script reading them by position keeps working; every existing column keeps its name and place.
-- - figure_lineage gave a chain that never ends (status loop or too-long) a primary figure,
--   source, value and period: those of wherever the walk stopped. A loop rests on no evidence, and
--   `tipdb check` calls it an error, yet `WHERE primary_source = ...` credited that source with
--   it. Those columns are now NULL for such chains; hops and chain still show how far it went.
-- - source_usage counted every figure whose chain stopped at a source, loops included. It now
--   counts only chains that end at a primary figure (status repeats): figures that rest on one of
--   the source's own findings. A chain ending at a figure that is itself only reported
--   (unsourced) is left out too: that source repeats, it does not back.
-- - figure_citations promised everything needed to cite a figure but did not say that the latest
--   release of its series no longer publishes it, nor that a later load changed its number; the
--   brief says both. It gains latest_release, in_latest_release, revisions and previous_value.
--   Its citation wrote two authors as stored ("Silverman; Bernard"); it now lists them as briefs
--   and `tipdb report sources` do ("Silverman and Bernard", three as "A, B and C").
-- - figure_vintages.first_released read as the first release of the number now stored; it is the
--   first release of the figure, whatever its number then. Only its comment changes.

DROP VIEW IF EXISTS source_usage;
DROP VIEW IF EXISTS figure_lineage;
DROP VIEW IF EXISTS figure_citations;
DROP VIEW IF EXISTS figure_vintages;

CREATE VIEW figure_citations AS -- One row per figure with everything needed to cite it: value, bounds, unit, measure, place, reference period, subgroup, breakdown and source, and whether the latest release of its series still publishes it and whether a later load revised its number.
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
        ORDER BY x.id DESC LIMIT 1) END AS previous_value -- the number the figure had before the latest change of its number (briefs: "revised from 1,523"); NULL when never revised or when that number was censored (see figure_revisions)
FROM figures f
JOIN measures m ON m.code = f.measure
JOIN places p ON p.code = f.place
JOIN (SELECT *,
        CASE WHEN instr(replace(authors, '; ', char(31)), char(31)) = 0 THEN authors
        ELSE replace(substr(rtrim(replace(authors, '; ', char(31)), replace(replace(authors, '; ', char(31)), char(31), '')), 1,
                length(rtrim(replace(authors, '; ', char(31)), replace(replace(authors, '; ', char(31)), char(31), ''))) - 1), char(31), ', ')
            || ' and ' || substr(replace(authors, '; ', char(31)), length(rtrim(replace(authors, '; ', char(31)), replace(replace(authors, '; ', char(31)), char(31), ''))) + 1)
        END AS author_list
    FROM sources) s ON s.key = f.source;

CREATE VIEW figure_lineage AS -- Each figure with its chain of repeats down to the primary figure it rests on; a chain that never ends (a loop, or more than 100 repeats) has no primary figure.
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
    max(c.step) AS hops, -- how many repeats separate it from the end of its chain (0 for a primary figure; for a loop or too-long chain, how far it was followed)
    c.path AS chain, -- the keys along the chain, separated by " > "
    CASE WHEN e.cites IS NULL THEN c.current END AS primary_figure, -- the figure the chain ends at (NULL for a loop or too-long chain, which does not end)
    CASE WHEN max(c.step) = 0 AND e.cites IS NULL AND e.method <> 'reported' THEN 'primary' WHEN e.cites IS NOT NULL AND instr(c.visited, char(31) || e.cites || char(31)) > 0 THEN 'loop' WHEN e.cites IS NOT NULL THEN 'too-long' WHEN e.method = 'reported' THEN 'unsourced' ELSE 'repeats' END AS status, -- primary, repeats, unsourced (the chain ends at a figure that is itself only reported), loop, or too-long (more than 100 repeats, not followed further: tipdb report lineage follows it whole)
    CASE WHEN e.cites IS NULL THEN e.source END AS primary_source, -- source of the figure the chain ends at (NULL for a loop or too-long chain)
    CASE WHEN e.cites IS NULL THEN e.value END AS primary_value, -- value of the figure the chain ends at (NULL for a loop or too-long chain)
    CASE WHEN e.cites IS NULL THEN e.period_start END AS primary_period_start, -- reference period start of the figure the chain ends at (NULL for a loop or too-long chain)
    CASE WHEN e.cites IS NULL THEN e.period_end END AS primary_period_end -- reference period end of the figure the chain ends at (NULL for a loop or too-long chain)
FROM chain c
JOIN figures e ON e.key = c.current
GROUP BY c.figure;

CREATE VIEW source_usage AS -- How many figures each source backs: directly, and through figures elsewhere whose chain of repeats ends at one of its primary figures.
WITH repeats AS MATERIALIZED (
    SELECT l.primary_source, f.source FROM figure_lineage l JOIN figures f ON f.key = l.figure WHERE l.status = 'repeats'
)
SELECT
    s.key AS source, -- source key
    s.title AS title, -- source title
    (SELECT count(*) FROM figures f WHERE f.source = s.key) AS direct_figures, -- figures taken from this source
    (SELECT count(*) FROM repeats r WHERE r.primary_source = s.key AND r.source <> s.key) AS repeated_by_figures, -- figures in other sources whose lineage ends here, at a primary figure (figure_lineage status repeats: loops, too-long and unsourced chains are not counted)
    (SELECT count(DISTINCT r.source) FROM repeats r WHERE r.primary_source = s.key AND r.source <> s.key) AS repeated_by_sources -- other sources that repeat its figures, counted as repeated_by_figures is
FROM sources s;

CREATE VIEW figure_vintages AS -- Each figure of a bulk export with the vintages that published it, and whether the latest vintage still does.
SELECT
    sf.figure AS figure, -- the figure's key
    sf.series AS series, -- its series, e.g. unodc-glotip
    fv.released AS first_released, -- export date of the first vintage that published the figure, whatever its number was then: a later vintage may have revised it (figure_citations.revisions and previous_value, figure_revisions)
    lv.released AS last_released, -- export date of the latest vintage that published it
    lv.source AS vintage_source, -- that vintage as a source (cite this)
    lv.sha256 AS vintage_sha256, -- SHA-256 of that vintage's file
    CASE WHEN sf.last_vintage = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series) THEN 1 ELSE 0 END AS in_latest_vintage -- 1 when the latest vintage of the series still publishes it
FROM series_figures sf
JOIN series_vintages fv ON fv.id = sf.first_vintage
JOIN series_vintages lv ON lv.id = sf.last_vintage;
