-- Analyst views: common questions as one-liners. Plain SQL (no custom functions), so the
-- sqlite3 shell, Python and Datasette read them as they are.

CREATE VIEW figure_citations AS -- One row per figure with everything needed to cite it: value, bounds, unit, measure, place, reference period, subgroup and source.
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
    m.concept AS concept, -- trafficking, forced labour, forced marriage or modern slavery
    f.place AS place, -- place code
    p.name AS place_name, -- place name
    f.period_start AS period_start, -- start of the reference period
    f.period_end AS period_end, -- end of the reference period
    CASE WHEN f.period_start = f.period_end THEN f.period_start ELSE f.period_start || '-' || f.period_end END AS reference_period, -- reference period as text, e.g. 1995-2004
    f.sex AS sex, -- sex subgroup
    f.age_group AS age_group, -- age subgroup
    f.form AS form, -- form of exploitation (NULL: all forms)
    f.method AS method, -- estimated, detected, reported or derived
    f.cites AS cites, -- the figure this one repeats (NULL for a primary figure)
    f.source AS source, -- source key
    coalesce(s.authors, s.publisher) || ' (' || coalesce(substr(s.published, 1, 4), 'n.d.') || '). ' || s.title || '.' || CASE WHEN s.publisher IS NOT NULL AND s.authors IS NOT NULL THEN ' ' || s.publisher || '.' ELSE '' END AS citation, -- the source as a short reference: Authors (year). Title. Publisher.
    s.url AS url, -- where the source can be read
    s.doi AS doi, -- the source's DOI
    f.locator AS locator, -- page, table or section in the source
    f.quote AS quote -- the sentence that states the figure
FROM figures f
JOIN measures m ON m.code = f.measure
JOIN places p ON p.code = f.place
JOIN sources s ON s.key = f.source;

CREATE VIEW figure_lineage AS -- Each figure with its chain of repeats down to the primary figure it rests on.
WITH RECURSIVE chain (figure, step, current, path) AS (
    SELECT key, 0, key, key FROM figures
    UNION ALL
    SELECT c.figure, c.step + 1, f.cites, c.path || ' > ' || f.cites
    FROM chain c JOIN figures f ON f.key = c.current
    WHERE f.cites IS NOT NULL
      AND instr(' > ' || c.path || ' > ', ' > ' || f.cites || ' > ') = 0
      AND c.step < 100
)
SELECT
    c.figure AS figure, -- the figure's key
    max(c.step) AS hops, -- how many repeats separate it from the end of its chain (0 for a primary figure)
    c.path AS chain, -- the keys along the chain, separated by " > "
    c.current AS primary_figure, -- the figure the chain ends at
    CASE WHEN max(c.step) = 0 AND e.cites IS NULL AND e.method <> 'reported' THEN 'primary' WHEN e.cites IS NOT NULL THEN 'loop' WHEN e.method = 'reported' THEN 'unsourced' ELSE 'repeats' END AS status, -- primary, repeats, unsourced (the chain ends at a figure that is itself only reported) or loop
    e.source AS primary_source, -- source of the figure the chain ends at
    e.value AS primary_value, -- value of the figure the chain ends at
    e.period_start AS primary_period_start, -- reference period start of the figure the chain ends at
    e.period_end AS primary_period_end -- reference period end of the figure the chain ends at
FROM chain c
JOIN figures e ON e.key = c.current
GROUP BY c.figure;

CREATE VIEW latest_estimates AS -- The most recent primary estimate for each measure and place (whole population, the measure's own unit).
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
    method -- how it was obtained
FROM (
    SELECT f.measure, f.place, f.key AS figure, f.value, f.censored, f.low, f.high, f.unit, f.period_start,
        f.period_end, f.source, f.method,
        row_number() OVER (
            PARTITION BY f.measure, f.place
            ORDER BY f.period_end DESC, f.period_start DESC, coalesce(s.published, '') DESC, f.key
        ) AS rank
    FROM figures f
    JOIN measures m ON m.code = f.measure
    JOIN sources s ON s.key = f.source
    WHERE f.cites IS NULL AND f.method <> 'reported' AND f.unit = m.default_unit
      AND f.sex = 'total' AND f.age_group = 'total' AND f.form IS NULL
)
WHERE rank = 1;

CREATE VIEW source_usage AS -- How many figures each source backs: directly, and through figures elsewhere that repeat them.
WITH repeats AS MATERIALIZED (
    SELECT l.primary_source, f.source FROM figure_lineage l JOIN figures f ON f.key = l.figure WHERE l.hops > 0
)
SELECT
    s.key AS source, -- source key
    s.title AS title, -- source title
    (SELECT count(*) FROM figures f WHERE f.source = s.key) AS direct_figures, -- figures taken from this source
    (SELECT count(*) FROM repeats r WHERE r.primary_source = s.key AND r.source <> s.key) AS repeated_by_figures, -- figures in other sources whose lineage ends here
    (SELECT count(DISTINCT r.source) FROM repeats r WHERE r.primary_source = s.key AND r.source <> s.key) AS repeated_by_sources -- other sources that repeat its figures
FROM sources s;
