-- Three analyst views corrected; each is recreated whole, as SQLite requires.
-- - latest_estimates chose the "most recent" figure by comparing period_end as text, where
--   '2021-03' sorts after '2021': a figure for March 2021 beat one for 2020-2021, which ends in
--   December. Periods now compare by their last day (and then by their first).
-- - figure_lineage called any chain longer than 100 repeats a loop (the recursion's cap), so
--   tipdb check failed on a straight chain. A loop is now a chain that comes back to one of its own
--   figures (found by keys between char(31) delimiters, which no key holds, not by the " > " text,
--   which a key may hold); a chain cut at the cap of 100 repeats is 'too-long'. The cap stays at
--   100: each step copies the chain so far, so the cost grows with the cube of a chain's length.
-- - figure_citations wrote a period of months or days as 2019-06-2019-12; it now writes
--   2019-06/2019-12, as tipdb search does (whole years keep 1995-2004).

DROP VIEW IF EXISTS figure_citations;
DROP VIEW IF EXISTS source_usage;
DROP VIEW IF EXISTS figure_lineage;
DROP VIEW IF EXISTS latest_estimates;

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
    CASE WHEN f.period_start = f.period_end THEN f.period_start WHEN length(f.period_start) = 4 AND length(f.period_end) = 4 THEN f.period_start || '-' || f.period_end ELSE f.period_start || '/' || f.period_end END AS reference_period, -- reference period as text: 2016, 1995-2004, or with months or days 2019-06/2019-12
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
    max(c.step) AS hops, -- how many repeats separate it from the end of its chain (0 for a primary figure)
    c.path AS chain, -- the keys along the chain, separated by " > "
    c.current AS primary_figure, -- the figure the chain ends at
    CASE WHEN max(c.step) = 0 AND e.cites IS NULL AND e.method <> 'reported' THEN 'primary' WHEN e.cites IS NOT NULL AND instr(c.visited, char(31) || e.cites || char(31)) > 0 THEN 'loop' WHEN e.cites IS NOT NULL THEN 'too-long' WHEN e.method = 'reported' THEN 'unsourced' ELSE 'repeats' END AS status, -- primary, repeats, unsourced (the chain ends at a figure that is itself only reported), loop, or too-long (more than 100 repeats, not followed further: tipdb report lineage follows it whole)
    e.source AS primary_source, -- source of the figure the chain ends at
    e.value AS primary_value, -- value of the figure the chain ends at
    e.period_start AS primary_period_start, -- reference period start of the figure the chain ends at
    e.period_end AS primary_period_end -- reference period end of the figure the chain ends at
FROM chain c
JOIN figures e ON e.key = c.current
GROUP BY c.figure;

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

CREATE VIEW latest_estimates AS -- The most recent primary estimate for each measure and place: the one whose reference period ends last, by its last day (2020-2021 ends after 2021-03), then starts last (whole population, the measure's own unit, no breakdown, still in the latest vintage of its series, not derived from a dataset version a newer derived version supersedes).
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
            ORDER BY CASE length(f.period_end) WHEN 4 THEN f.period_end || '-12-31' WHEN 7 THEN date(f.period_end || '-01', '+1 month', '-1 day') ELSE f.period_end END DESC,
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
