-- m0054: figure_lineage names what the primary figure counts, so that its number can be read.
-- The view gave primary_value, primary_low and primary_high with no unit, measure, place or subgroup: a
-- newspaper's repeat of "2,100 people" resting on a figure of 2.1 per 1,000 showed primary_value 2.1, and a
-- count of children repeated as everyone's showed no age group (review of session 47). Six columns are added
-- at the end, each the figure the chain ends at's own: primary_measure, primary_unit, primary_place,
-- primary_sex, primary_age_group and primary_form, NULL where the chain does not end at a figure, as the
-- other primary_ columns are. Compare a repeat with what it rests on by joining figure to figures.key.
-- The view is recreated whole, as SQLite requires, every earlier column keeping its name and place;
-- nothing else in it changes from m0051, whose comments explain the rest. Running this again changes
-- nothing.
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
    CAST(CASE WHEN e.cites IS NULL THEN e.period_start END AS TEXT) AS primary_period_start, -- reference period start of the figure the chain ends at, as text (primary_period_start = 2020 matches the year 2020) (NULL for a loop, too-long or broken chain)
    CAST(CASE WHEN e.cites IS NULL THEN e.period_end END AS TEXT) AS primary_period_end, -- reference period end of the figure the chain ends at, as text (primary_period_end = 2020 matches the year 2020) (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN (SELECT sl.label FROM source_labels sl WHERE sl.source = e.source) END AS primary_source_label, -- the label briefs cite primary_source by: ILO 2005 (from source_labels; NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.period_basis END AS primary_period_basis, -- stated when the source of the figure the chain ends at states its reference period; publication when it does not, and primary_period_start..primary_period_end is that source's publication year standing in for it (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.measure END AS primary_measure, -- measure of the figure the chain ends at (measures.code): a repeat may state another measure than the figure it rests on (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.unit END AS primary_unit, -- unit of primary_value, primary_low and primary_high (units.code): 2.1 per-1000 is a rate, not 2.1 persons (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.place END AS primary_place, -- place of the figure the chain ends at (places.code) (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.sex END AS primary_sex, -- sex of the population the figure the chain ends at counts: total, female, male or other (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.age_group END AS primary_age_group, -- age group of the population the figure the chain ends at counts: total, children, adults, or a band such as 18-20 (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.form END AS primary_form -- form of exploitation the figure the chain ends at is limited to (NULL for all forms, and for a loop, too-long or broken chain)
FROM chain c
LEFT JOIN figures e ON e.key = c.current
GROUP BY c.figure;
