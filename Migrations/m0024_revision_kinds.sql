-- m0024: a revision says whether the source revised its figure or the analyst corrected tipdb's copy.
-- A row loaded again with another number kept the old one in figure_revisions, and every brief
-- printed it beside the new one as "revised from": right for a new release of a source (a later
-- GLOTIP vintage, a figure the publisher itself corrected), wrong for the analyst's own typing
-- slip fixed a day later, which a policy reader took as the publisher having revised its number.
-- `tipdb ingest --correction` records its command's changes as corrections (its batches' options
-- hold "correction": true); briefs leave them out, `report lineage` and SQL keep them.
--
-- figure_revisions is rebuilt to carry the column's comment (ALTER TABLE ADD COLUMN cannot keep
-- one); every revision made before is a revision, as briefs have shown it. Nothing refers to the
-- table; figure_citations reads it by name, and the rename leaves views alone (legacy_alter_table).
PRAGMA legacy_alter_table = ON;

CREATE TABLE figure_revisions_m0024 ( -- Previous values of figures changed by a later ingest: nothing is overwritten without a trace.
    id INTEGER PRIMARY KEY, -- revision number
    figure TEXT NOT NULL REFERENCES figures(key) ON DELETE CASCADE, -- the figure that changed
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- ingest batch that made the change
    revised_at TEXT NOT NULL, -- when the change was made (UTC)
    previous TEXT NOT NULL, -- the figure's values before the change (JSON object of column: value)
    kind TEXT NOT NULL DEFAULT 'revision' CHECK (kind IN ('revision', 'correction')) -- revision: the source's new release or its own correction, which briefs show as "revised from"; correction: a fix of tipdb's copy (a typing slip), loaded with tipdb ingest --correction, which briefs leave out
) STRICT;
INSERT INTO figure_revisions_m0024 (id, figure, batch_id, revised_at, previous, kind)
    SELECT id, figure, batch_id, revised_at, previous, 'revision' FROM figure_revisions;
DROP TABLE figure_revisions;
ALTER TABLE figure_revisions_m0024 RENAME TO figure_revisions;
CREATE INDEX figure_revisions_by_figure ON figure_revisions(figure);

PRAGMA legacy_alter_table = OFF;
