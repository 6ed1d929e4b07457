-- m0022: figures withdrawn with `tipdb retract` keep a trail.
-- A mis-filed figure (wrong measure, place, period or source) loaded from a file without a key
-- column came back under a new key once corrected, and the wrong one stayed in every brief: there
-- was no supported way to remove it. `tipdb retract` deletes it from figures, which takes its
-- tags, breakdowns and search index entry with it, and also its figure_revisions (their foreign
-- key is ON DELETE CASCADE, so that a revision never outlives its figure). So that nothing goes
-- without a trace, the figure as it was, with its tags, breakdowns and revisions, is first copied
-- into one row of figure_retractions, which points to the retract batch in ingest_batches (format
-- retract, kind figures, the reason as its note). The table has no foreign key to figures: the
-- figure is gone, and a later ingest of the same key is a new figure with a trail of its own.

CREATE TABLE IF NOT EXISTS figure_retractions ( -- Figures withdrawn with tipdb retract: each one's last values, tags, breakdowns and earlier revisions, and the batch that withdrew it.
    id INTEGER PRIMARY KEY, -- retraction number
    figure TEXT NOT NULL CHECK (figure <> ''), -- the key the figure had (no longer in figures, unless ingested again since, as a new figure)
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- the retract batch (format retract, kind figures; started_at says when, note why)
    retracted_at TEXT NOT NULL, -- when the figure was withdrawn (UTC)
    reason TEXT NOT NULL CHECK (reason <> ''), -- why, as given with --reason (also the batch's note)
    previous TEXT NOT NULL, -- the figure's values when withdrawn, with batch_id (the batch that wrote them), created_at, updated_at, tags and breakdowns (JSON object of column: value)
    revisions TEXT NOT NULL DEFAULT '[]' -- its figure_revisions rows, oldest first (JSON array of objects with id, batch_id, revised_at and previous)
) STRICT;
CREATE INDEX IF NOT EXISTS figure_retractions_by_figure ON figure_retractions(figure);
