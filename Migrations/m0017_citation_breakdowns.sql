-- m0017: two analyst views recreated whole, as SQLite requires.
-- New columns come last in both views, so that a script reading them by position keeps working.
-- - figure_citations promised everything needed to cite a figure, subgroup included, but had no
--   column for a breakdown: a GLOTIP count of Albanian nationals, one of victims repatriated from
--   abroad and the total for Albania 2021 read alike. It gains `breakdown`, in the words briefs
--   use ("citizenship: Nationals", "repatriated from: Abroad"). Its `concept` comment listed four
--   concepts where measures allows six. Its citation of a statement led with the speaker
--   (Fedotov, Yury (2012). Statement...) where briefs and `tipdb report sources` lead with the
--   organisation that issued it and name the speaker after the title; it now does the same.
-- - latest_estimates gains `ci_level`: without it, a 95% confidence interval could not be told from
--   a range of plausible values. Its choice of figure is unchanged; its comment now says how the
--   publication date breaks a tie (as text: a date with a month sorts after the same year alone,
--   an undated source last, so that order says little about which came out last).

DROP VIEW IF EXISTS figure_citations;
DROP VIEW IF EXISTS latest_estimates;

CREATE VIEW figure_citations AS -- One row per figure with everything needed to cite it: value, bounds, unit, measure, place, reference period, subgroup, breakdown and source.
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
        THEN s.publisher || ' (' || coalesce(substr(s.published, 1, 4), 'n.d.') || '). ' || s.title || '.' || CASE WHEN s.authors IS NOT NULL THEN ' Delivered by ' || s.authors || '.' ELSE '' END
        ELSE coalesce(s.authors, s.publisher) || ' (' || coalesce(substr(s.published, 1, 4), 'n.d.') || '). ' || s.title || '.' || CASE WHEN s.publisher IS NOT NULL AND s.authors IS NOT NULL THEN ' ' || s.publisher || '.' ELSE '' END
    END AS citation, -- the source as a short reference: Authors (year). Title. Publisher. A statement leads with the organisation that issued it: Publisher (year). Title. Delivered by Speaker.
    s.url AS url, -- where the source can be read
    s.doi AS doi, -- the source's DOI
    f.locator AS locator, -- page, table or section in the source
    f.quote AS quote, -- the sentence that states the figure
    (SELECT group_concat(words, '; ') FROM (
        SELECT CASE b.dimension WHEN 'country-of-repatriation' THEN 'repatriated from' WHEN 'country-of-exploitation' THEN 'exploited in' ELSE replace(b.dimension, '-', ' ') END
            || ': ' || CASE WHEN bp.name IS NOT NULL THEN bp.name WHEN b.category NOT GLOB '*[^a-z0-9-]*' THEN replace(b.category, '-', ' ') ELSE b.category END AS words
        FROM figure_breakdowns b LEFT JOIN places bp ON bp.code = b.place
        WHERE b.figure = f.key ORDER BY b.dimension)) AS breakdown -- what the figure is restricted to beyond sex, age group and form, as briefs write it: citizenship: Nationals; repatriated from: Abroad (NULL: no breakdown)
FROM figures f
JOIN measures m ON m.code = f.measure
JOIN places p ON p.code = f.place
JOIN sources s ON s.key = f.source;

CREATE VIEW latest_estimates AS -- The most recent primary estimate for each measure and place: the one whose reference period ends last, by its last day (2020-2021 ends after 2021-03), then the one written in whole years (the year 2020, not its December), then the one that starts last, then the one whose source's publication date sorts last as text (2019-05 after 2019, an undated source last: dates of different precision within a year cannot really be ordered), then the key (whole population, the measure's own unit, no breakdown, still in the latest vintage of its series, not derived from a dataset version a newer derived version supersedes).
SELECT
    measure, -- measure code
    place, -- place code
    figure, -- key of the most recent primary figure
    value, -- its value
    censored, -- 1 when censored
    low, -- lower bound
    high, -- upper bound
    unit, -- unit
    period_start, -- reference period start
    period_end, -- reference period end
    source, -- its source
    method, -- how it was obtained
    ci_level -- confidence level of low..high as a fraction (NULL: a range, not a confidence interval, or no bounds)
FROM (
    SELECT f.measure, f.place, f.key AS figure, f.value, f.censored, f.low, f.high, f.ci_level, f.unit, f.period_start,
        f.period_end, f.source, f.method,
        row_number() OVER (
            PARTITION BY f.measure, f.place
            ORDER BY CASE length(f.period_end) WHEN 4 THEN f.period_end || '-12-31' WHEN 7 THEN date(f.period_end || '-01', '+1 month', '-1 day') ELSE f.period_end END DESC,
                length(f.period_start) + length(f.period_end),
                CASE length(f.period_start) WHEN 4 THEN f.period_start || '-01-01' WHEN 7 THEN f.period_start || '-01' ELSE f.period_start END DESC,
                coalesce(s.published, '') DESC, f.key
        ) AS rank
    FROM figures f
    JOIN measures m ON m.code = f.measure
    JOIN sources s ON s.key = f.source
    WHERE f.cites IS NULL AND f.method <> 'reported' AND f.unit = m.default_unit
      AND f.sex = 'total' AND f.age_group = 'total' AND f.form IS NULL
      AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
      AND NOT EXISTS (
          SELECT 1 FROM series_figures sf
          WHERE sf.figure = f.key AND sf.last_vintage < (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series))
      AND NOT EXISTS (
          SELECT 1 FROM datasets d
          JOIN datasets newer ON newer.name = d.name AND newer.version > d.version
          WHERE d.source = f.source AND EXISTS (SELECT 1 FROM derivations r WHERE r.dataset_id = newer.id))
)
WHERE rank = 1;
