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
