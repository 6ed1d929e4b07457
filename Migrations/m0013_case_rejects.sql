-- m0013: a row refused from a CTDC case-level file is no longer kept verbatim in ingest_rejects.
-- Such a row is about a person at risk: kept whole, it copied case data (and, loaded with
-- --allow-identifiers, the very names and passport numbers tipdb promises never to store) into a
-- table no disclosure control watches and `tipdb export datasette-metadata` did not hide. Its line,
-- column and reason stay, so that the analyst, who holds the file, can find and fix it there.
-- raw becomes NULL for those rows, here for the rows already kept, and from now on when they are
-- refused. secure_delete overwrites the freed bytes, so the text does not linger in free pages.
PRAGMA secure_delete = ON;

CREATE TABLE ingest_rejects_m0013 ( -- Rows refused by an ingest run with --on-error skip: nothing is lost silently.
    id INTEGER PRIMARY KEY, -- row id
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- the ingest batch that refused the row
    line INTEGER NOT NULL, -- line of the first problem (1-based), as in the FILE:LINE:COLUMN of its message
    "column" INTEGER NOT NULL, -- column of the first problem (1-based, in characters), as in its message
    raw TEXT, -- the row's original text; NULL for a row of a CTDC case file (ingest_batches.format = 'ctdc'), which is about a person and is not kept: the file holds it at this line
    reason TEXT NOT NULL -- what was wrong and what was expected
) STRICT;
INSERT INTO ingest_rejects_m0013 (id, batch_id, line, "column", raw, reason)
    SELECT r.id, r.batch_id, r.line, r."column",
        CASE WHEN b.format = 'ctdc' THEN NULL ELSE r.raw END, r.reason
    FROM ingest_rejects r LEFT JOIN ingest_batches b ON b.id = r.batch_id;
DROP TABLE ingest_rejects;
ALTER TABLE ingest_rejects_m0013 RENAME TO ingest_rejects;
CREATE INDEX ingest_rejects_by_batch ON ingest_rejects(batch_id);
