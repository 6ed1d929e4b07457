-- m0014: a dataset version records how many rows of its file were refused. Loaded with
-- --on-error skip, a CTDC file's refused rows are not in cases, and nothing said so but the ingest
-- batch: derive wrote "all people in the dataset" over the rows that loaded, and the same file
-- loaded again said "nothing to do". rows_rejected is filled for the versions already loaded from
-- their batch, which counted the refused rows.
--
-- datasets is rebuilt to carry the column's comment (ALTER TABLE ADD COLUMN cannot keep one).
-- derivations refers to it: its rows wait in a temporary table while datasets is replaced (with
-- foreign keys on, dropping a table that rows refer to counts them as violations), then come back
-- under the same definition. latest_estimates reads both tables by name: the rename leaves views
-- alone (legacy_alter_table), and the names are the same again at the end.
PRAGMA legacy_alter_table = ON;

CREATE TABLE datasets_m0014 ( -- Case-level datasets (CTDC): one row per version of a file loaded under a name; older versions stay queryable.
    id INTEGER PRIMARY KEY, -- dataset version id, referred to by cases.dataset_id
    name TEXT NOT NULL CHECK (name <> ''), -- dataset name given with --dataset, e.g. ctdc-global
    version INTEGER NOT NULL CHECK (version >= 1), -- 1 for the first file loaded under the name, then 2, 3, ...
    variant TEXT NOT NULL CHECK (variant IN ('ctdc-global', 'ctdc-synthetic')), -- which file: CTDC's k-anonymised Global Dataset or its Global Synthetic Dataset
    file TEXT NOT NULL, -- file name as given on the command line
    sha256 TEXT NOT NULL, -- SHA-256 of the file's bytes: cite the version by it
    rows INTEGER NOT NULL DEFAULT 0 CHECK (rows >= 0), -- case rows loaded (one per person; identical rows are kept)
    rows_rejected INTEGER NOT NULL DEFAULT 0 CHECK (rows_rejected >= 0), -- rows of the file refused when it was loaded with --on-error skip (by line and reason in ingest_rejects), not in cases: the version holds rows of the file's rows + rows_rejected
    source TEXT NOT NULL REFERENCES sources(key), -- the dataset as a source, for citations
    column_aliases TEXT, -- non-standard column names accepted through the alias table (JSON object: as written to standard name)
    personal_data INTEGER NOT NULL DEFAULT 0 CHECK (personal_data IN (0, 1)), -- 1 when the file held direct identifiers (loaded with --allow-identifiers; those columns were not stored)
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- ingest batch that loaded it
    loaded_at TEXT NOT NULL, -- when it was loaded (UTC)
    UNIQUE (name, version),
    UNIQUE (name, sha256)
) STRICT;
INSERT INTO datasets_m0014 (id, name, version, variant, file, sha256, rows, rows_rejected, source, column_aliases,
        personal_data, batch_id, loaded_at)
    SELECT d.id, d.name, d.version, d.variant, d.file, d.sha256, d.rows, coalesce(b.rows_rejected, 0), d.source,
        d.column_aliases, d.personal_data, d.batch_id, d.loaded_at
    FROM datasets d LEFT JOIN ingest_batches b ON b.id = d.batch_id;
CREATE TEMP TABLE derivations_m0014 AS SELECT * FROM derivations;
DROP TABLE derivations;
DROP TABLE datasets;
ALTER TABLE datasets_m0014 RENAME TO datasets;

CREATE TABLE derivations ( -- Aggregates derived from a case-level dataset by tipdb derive, with the disclosure control applied.
    id INTEGER PRIMARY KEY, -- derivation number
    dataset_id INTEGER NOT NULL REFERENCES datasets(id), -- the dataset version counted
    dimensions TEXT NOT NULL, -- dimensions counted by, as given to --by (e.g. country,year,form)
    min_cell INTEGER NOT NULL CHECK (min_cell >= 2), -- minimum cell size: smaller counts are stored as censored (<min_cell)
    counts INTEGER NOT NULL DEFAULT 0, -- count figures written
    suppressed INTEGER NOT NULL DEFAULT 0, -- counts suppressed because they were below min_cell
    protected INTEGER NOT NULL DEFAULT 0, -- further counts suppressed so that no suppressed count can be worked out from a total
    shares INTEGER NOT NULL DEFAULT 0, -- share figures written (CTDC's denominator rule)
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- batch that wrote the figures
    derived_at TEXT NOT NULL -- when the derivation ran (UTC)
) STRICT;
INSERT INTO derivations (id, dataset_id, dimensions, min_cell, counts, suppressed, protected, shares, batch_id, derived_at)
    SELECT id, dataset_id, dimensions, min_cell, counts, suppressed, protected, shares, batch_id, derived_at FROM derivations_m0014;
DROP TABLE temp.derivations_m0014;
PRAGMA legacy_alter_table = OFF;
