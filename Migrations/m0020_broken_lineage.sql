-- m0020: figure_lineage recreated whole (with source_usage, which reads it), as SQLite requires;
-- every column keeps its name and place.
-- - A figure whose cites names a figure not in the database (deleted with foreign keys off, or
--   loaded by another program) was given status too-long with 0 hops: its chain's last step found
--   no figure and was dropped by the join, so the walk looked unfinished. It now has status
--   broken, its hops and chain reach the missing key, and no primary figure; `tipdb check` says
--   "X cites Y, which is not in the database".

DROP VIEW IF EXISTS source_usage;
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
    CASE WHEN e.key IS NOT NULL AND e.cites IS NULL THEN c.current END AS primary_figure, -- the figure the chain ends at (NULL for a loop, too-long or broken chain, which does not end at a figure)
    CASE WHEN e.key IS NULL THEN 'broken' WHEN max(c.step) = 0 AND e.cites IS NULL AND e.method <> 'reported' THEN 'primary' WHEN e.cites IS NOT NULL AND instr(c.visited, char(31) || e.cites || char(31)) > 0 THEN 'loop' WHEN e.cites IS NOT NULL THEN 'too-long' WHEN e.method = 'reported' THEN 'unsourced' ELSE 'repeats' END AS status, -- primary, repeats, unsourced (the chain ends at a figure that is itself only reported), loop, too-long (more than 100 repeats, not followed further: tipdb report lineage follows it whole), or broken (the chain cites a figure not in the database: tipdb check names it)
    CASE WHEN e.cites IS NULL THEN e.source END AS primary_source, -- source of the figure the chain ends at (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.value END AS primary_value, -- value of the figure the chain ends at (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.period_start END AS primary_period_start, -- reference period start of the figure the chain ends at (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.period_end END AS primary_period_end -- reference period end of the figure the chain ends at (NULL for a loop, too-long or broken chain)
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
    (SELECT count(DISTINCT r.source) FROM repeats r WHERE r.primary_source = s.key AND r.source <> s.key) AS repeated_by_sources -- other sources that repeat its figures, counted as repeated_by_figures is
FROM sources s;
