-- Which figures trace back to a source, named as briefs cite it ("ILO 2005", "UNODC 2024a") or by its key?
-- Lists each figure whose chain of repeats ends at one of the source's figures: the chain, how many
-- repeats away it is, and its status (repeats, or unsourced when the figure it ends at is only
-- reported there). The source's own figures are left out: a figure that cites none is its own
-- primary figure (figure = primary_figure). A label without its letter ("UNODC 2024", as a brief
-- citing only one of two such sources writes it) finds the figures of each; source_label tells them apart.
-- Run: tipdb sql -f Fixtures/queries/figures-resting-on-a-source.sql --param 'source=ILO 2005'
SELECT l.figure, c.source_label, c.value, c.reference_period, l.hops, l.status, l.chain,
    l.primary_figure, l.primary_source_label
FROM figure_lineage l
JOIN source_labels s ON s.source = l.primary_source
JOIN figure_citations c ON c.figure = l.figure
WHERE :source IN (s.source, s.label, s.short_label)
  AND l.figure <> l.primary_figure
ORDER BY l.primary_source_label, l.hops, l.figure;
