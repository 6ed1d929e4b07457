-- Sources and studies keep their previous values when a later ingest changes them, as figures
-- always have: a corrected title, URL or population no longer replaces the old one without a trace.
-- `previous` holds the record as it was, including `batch_id`, the batch that had written it.

CREATE TABLE source_revisions ( -- Previous values of sources changed by a later ingest: nothing is overwritten without a trace.
    id INTEGER PRIMARY KEY, -- revision number
    source TEXT NOT NULL REFERENCES sources(key) ON DELETE CASCADE, -- the source that changed
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- ingest batch that made the change
    revised_at TEXT NOT NULL, -- when the change was made (UTC)
    previous TEXT NOT NULL -- the source's values before the change, with the batch_id that wrote them (JSON object of column: value)
) STRICT;
CREATE INDEX source_revisions_by_source ON source_revisions(source);

CREATE TABLE study_revisions ( -- Previous values of studies changed by a later ingest: nothing is overwritten without a trace.
    id INTEGER PRIMARY KEY, -- revision number
    study TEXT NOT NULL REFERENCES studies(key) ON DELETE CASCADE, -- the study that changed
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- ingest batch that made the change
    revised_at TEXT NOT NULL, -- when the change was made (UTC)
    previous TEXT NOT NULL -- the study's values before the change, with its places and the batch_id that wrote them (JSON object of column: value)
) STRICT;
CREATE INDEX study_revisions_by_study ON study_revisions(study);

-- ingest_rejects said its column was a field number for CSV; it has always been what the error
-- message says, FILE:LINE:COLUMN in characters, and its line that of the first problem (a quoted
-- field can start lines below its row). Rebuilt only to say so: the rows are copied as they are.
CREATE TABLE ingest_rejects_m0008 ( -- Rows refused by an ingest run with --on-error skip: nothing is lost silently.
    id INTEGER PRIMARY KEY, -- row id
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- the ingest batch that refused the row
    line INTEGER NOT NULL, -- line of the first problem (1-based), as in the FILE:LINE:COLUMN of its message
    "column" INTEGER NOT NULL, -- column of the first problem (1-based, in characters), as in its message
    raw TEXT NOT NULL, -- the row's original text
    reason TEXT NOT NULL -- what was wrong and what was expected
) STRICT;
INSERT INTO ingest_rejects_m0008 (id, batch_id, line, "column", raw, reason)
    SELECT id, batch_id, line, "column", raw, reason FROM ingest_rejects;
DROP TABLE ingest_rejects;
ALTER TABLE ingest_rejects_m0008 RENAME TO ingest_rejects;
CREATE INDEX ingest_rejects_by_batch ON ingest_rejects(batch_id);
