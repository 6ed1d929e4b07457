-- Which figures only repeat an earlier figure, and what primary figure and reference period do they rest on?
-- A "2.4 million (UN)" quoted in 2013 resting on a 1995-2004 estimate shows up here. The primary
-- period is written as figure_citations writes it: 2021 for one year, "period not stated (filed
-- under 2014)" when the primary figure's source does not state it.
SELECT c.figure, c.value, c.source, l.hops, l.primary_figure, l.primary_source,
    p.reference_period AS primary_period, l.status
FROM figure_lineage l
JOIN figure_citations c ON c.figure = l.figure
LEFT JOIN figure_citations p ON p.figure = l.primary_figure
WHERE l.hops > 0 OR l.status IN ('loop', 'unsourced')
ORDER BY l.hops DESC, c.figure;
