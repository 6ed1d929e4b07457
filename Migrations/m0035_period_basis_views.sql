-- m0035: the two views that answer "which figure, and of when" say whether its period is known.
-- m0034 let a figure record that its source does not state the period its number describes
-- (figures.period_basis 'publication': the source's publication year stands in for it), but
-- latest_estimates and figure_lineage did not carry the column, so a SQL user reading "the latest
-- estimate" or a chain's primary figure saw the stand-in year as a stated period (review of
-- session 32).
-- - latest_estimates gains period_basis at its end. Such a figure is still ranked by the year
--   standing in for its period: that is the latest its period can end, and a newer publication
--   should not vanish behind an older stated figure. But where a stated period ends on the same
--   day, the stated one now comes first: it is known to be that recent, the other only may be.
--   The brief's key figures (Headline.best) keep choosing what the view chooses.
-- - figure_lineage gains primary_period_basis at its end, beside primary_period_start and
--   primary_period_end.
-- Recreated whole, as SQLite requires; no table changes, every other column keeps its name and place.
DROP VIEW IF EXISTS latest_estimates;

CREATE VIEW latest_estimates AS -- The most recent primary estimate for each measure and place: the one whose reference period ends last, by its last day (2020-2021 ends after 2021-03; a figure whose source does not state its period is ranked by the publication year standing in for it, the latest its period can end: period_basis says which), then one whose source states its period before one whose source does not, then the one covering whole years, then whole months, by its days (the year 2020, written 2020, 2020-01/2020-12 or 2020-01-01/2020-12-31, not its December), then the one that starts last, then a producer's own figure before a second-hand copy (a source whose notes say "Republished by NAME as FILE", as an Our World in Data download's do: the copy is the producer's data at second hand, published later), then the one whose source's publication date sorts last as text (2019-05 after 2019, an undated source last: dates of different precision within a year cannot really be ordered), then the key (whole population, the measure's own unit, no breakdown, still in the latest vintage of its series, not derived from a dataset version a newer derived version supersedes).
SELECT
    measure, -- measure code
    place, -- place code
    figure, -- key of the most recent primary figure
    value, -- its value (NULL when censored, or published only as a range: see low and high)
    censored, -- 1 when censored
    low, -- lower bound
    high, -- upper bound
    unit, -- unit
    period_start, -- reference period start
    period_end, -- reference period end
    source, -- its source
    method, -- how it was obtained
    ci_level, -- confidence level of low..high as a fraction (NULL: a range, not a confidence interval, or no bounds)
    period_basis -- stated when the source states the reference period; publication when it does not, and period_start..period_end is the source's publication year standing in for it (the figure may describe an earlier period: briefs write "period not stated")
FROM (
    SELECT measure, place, figure, value, censored, low, high, ci_level, unit, period_start, period_end, source, method, period_basis,
        row_number() OVER (
            PARTITION BY measure, place
            ORDER BY last_day DESC, period_basis = 'publication',
                CASE WHEN substr(first_day, 5) = '-01-01' AND substr(last_day, 5) = '-12-31' THEN 0
                     WHEN substr(first_day, 9) = '01' AND last_day = date(substr(last_day, 1, 7) || '-01', '+1 month', '-1 day') THEN 1
                     ELSE 2 END,
                first_day DESC, copy, published DESC, figure
        ) AS rank
    FROM (
    SELECT f.measure, f.place, f.key AS figure, f.value, f.censored, f.low, f.high, f.ci_level, f.unit, f.period_start,
        f.period_end, f.source, f.method, f.period_basis, coalesce(s.published, '') AS published,
        CASE WHEN ' ' || coalesce(s.notes, '') LIKE '% Republished by % as %' THEN 1 ELSE 0 END AS copy,
        CASE length(f.period_end) WHEN 4 THEN f.period_end || '-12-31' WHEN 7 THEN date(f.period_end || '-01', '+1 month', '-1 day') ELSE f.period_end END AS last_day,
        CASE length(f.period_start) WHEN 4 THEN f.period_start || '-01-01' WHEN 7 THEN f.period_start || '-01' ELSE f.period_start END AS first_day
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
)
WHERE rank = 1;

DROP VIEW IF EXISTS figure_lineage;

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
    CASE WHEN e.cites IS NULL THEN e.value END AS primary_value, -- value of the figure the chain ends at (NULL when it is censored or published only as a range: see primary_low and primary_high; NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.censored END AS primary_censored, -- 1 when the figure the chain ends at is censored (published as <k: primary_high bounds it); NULL for a loop, too-long or broken chain
    CASE WHEN e.cites IS NULL THEN e.low END AS primary_low, -- lower bound of the figure the chain ends at: its range, interval or minimum (NULL without one, and for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.high END AS primary_high, -- upper bound of the figure the chain ends at (for a censored figure, k-1 of <k; NULL without one, and for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.ci_level END AS primary_ci_level, -- confidence level of primary_low..primary_high as a fraction (NULL: a range, not a confidence interval, or no bounds)
    CASE WHEN e.cites IS NULL THEN e.period_start END AS primary_period_start, -- reference period start of the figure the chain ends at (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.period_end END AS primary_period_end, -- reference period end of the figure the chain ends at (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN (SELECT sl.label FROM source_labels sl WHERE sl.source = e.source) END AS primary_source_label, -- the label briefs cite primary_source by: ILO 2005 (from source_labels; NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.period_basis END AS primary_period_basis -- stated when the source of the figure the chain ends at states its reference period; publication when it does not, and primary_period_start..primary_period_end is that source's publication year standing in for it (NULL for a loop, too-long or broken chain)
FROM chain c
LEFT JOIN figures e ON e.key = c.current
GROUP BY c.figure;
