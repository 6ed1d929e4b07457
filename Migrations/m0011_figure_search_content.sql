-- figures_fts was declared over all of figures (content = 'figures') but, by its triggers' WHEN
-- clauses, indexes only figures with a quote or notes. FTS5 compares an external-content index
-- with its content table (INSERT INTO figures_fts(figures_fts, rank) VALUES ('integrity-check', 1),
-- and 'rebuild' reads it), so a healthy database failed that check as "database disk image is
-- malformed", and a rebuild would have indexed every figure. The index is now declared over the
-- view figures_searchable, whose WHERE is the triggers' WHEN: what the index holds and what it
-- says it holds are the same rows. The triggers of m0005 stay as they are; they already index
-- exactly those rows. The index is built again from the view, so search finds what it found.
-- See https://www.sqlite.org/fts5.html#external_content_tables.

CREATE VIEW figures_searchable AS -- The figures the search index figures_fts holds, and reads its text from: those with a quote or notes.
SELECT
    id, -- the figure's row id (figures.id), the index's rowid
    quote, -- the figure's quote
    notes -- the figure's notes
FROM figures
WHERE quote IS NOT NULL OR notes IS NOT NULL;

DROP TABLE IF EXISTS figures_fts;
CREATE VIRTUAL TABLE figures_fts USING fts5( -- Search index over figures: quote and notes, for the figures that have either (figures_searchable).
    quote, -- indexed copy of the quote column
    notes, -- indexed copy of the notes column
    content = 'figures_searchable',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO figures_fts (figures_fts) VALUES ('rebuild');
