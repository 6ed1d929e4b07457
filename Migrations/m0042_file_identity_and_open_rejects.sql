-- m0042: earlier loads of a file are found by which file it is, not by the path typed; and
-- open_rejects lists the refused rows still to fix.
-- ingest_batches.file is the path as given on the command line. Ingest matched earlier loads of a
-- file by it: `figures.csv` loaded from a folder 2023 and then from a folder 2024 was taken for one
-- file (the note on figures a file no longer holds told the user to retract the 2023 figures), and
-- `./figures.csv` loaded again as `data/figures.csv` for two (no note at all). A path of the
-- machine must not be stored (databases are shared between colleagues), so file_identity holds the
-- SHA-256 of the file's absolute path with links resolved (realpath): the same file on the same
-- machine, whatever path names it, and no path. A batch recorded before m0042 has none (NULL):
-- such batches are still matched by file, as before. The column is added last by editing the
-- table's text in place, as m0033 added rows_retracted: ALTER TABLE ADD COLUMN would fail if the
-- migration ran again, and would leave the column without its comment. A stored row reads it as
-- NULL, its default. Applied again, the edits find nothing to replace and change nothing;
-- Migrator's follow-up for 42 raises the schema version, has SQLite parse both tables' new text and
-- compiles open_rejects, which reads the new column.
-- ingest_rejects keeps every load's refused rows: a file loaded twice with --on-error skip left two
-- identical sets, and a row corrected and loaded stayed listed, so nothing told which rows were
-- still refused. open_rejects lists only the rejects of each file's latest load (the same file by
-- file_identity; by file, ./ aside, for a batch without one); its table's comment says so.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(replace(sql,
    '    rows_retracted INTEGER NOT NULL DEFAULT 0 -- rows about',
    '    rows_retracted INTEGER NOT NULL DEFAULT 0, -- rows about'),
    'which did not count them)
)',
    'which did not count them)
    file_identity TEXT CHECK (length(file_identity) = 64 AND NOT file_identity GLOB ''*[^0-9a-f]*'') -- the same file on the same machine; no path is stored: SHA-256 (hex) of the file''s absolute path with links resolved (realpath) where it was loaded, whatever path it was given by (figures.csv, ./figures.csv, data/figures.csv or a link to it); the same name in another folder is another file. What ingest finds earlier loads of a file by (open_rejects, the note on figures a file no longer holds). NULL for a batch recorded before m0042, matched by file as given (./ aside), and for a retract or derive batch, which reads no file
)')
WHERE type = 'table' AND name = 'ingest_batches';
UPDATE sqlite_schema
SET sql = replace(sql,
    '-- Rows refused by an ingest run with --on-error skip: nothing is lost silently.
',
    '-- Rows refused by an ingest run with --on-error skip: nothing is lost silently. Every load keeps its own, so a file loaded again lists a row still refused again, under its new batch: open_rejects lists only those of each file''s latest load, the rows still to fix.
')
WHERE type = 'table' AND name = 'ingest_rejects';
PRAGMA writable_schema = OFF;

DROP VIEW IF EXISTS open_rejects;

CREATE VIEW open_rejects AS -- Rows refused and not yet loaded: the rejects of each file's latest load. A load of a file supersedes the rejects of its earlier loads (ingest_batches.file_identity says which file; file, ./ aside, for a batch recorded before m0042), so a file loaded again with --on-error skip is listed once, and a row corrected and loaded is listed no more. A file refused in part and never loaded again keeps its rejects here. Earlier loads' rejects stay in ingest_rejects. In file order: ORDER BY file, line.
SELECT
    b.file AS file, -- the file as its latest load was given it (ingest_batches.file)
    r.line AS line, -- line of the first problem (1-based), as in the FILE:LINE:COLUMN of its message
    r."column" AS "column", -- column of the first problem (1-based, in UTF-16 code units), as in its message
    r.reason AS reason, -- what was wrong and what was expected
    r.raw AS raw, -- the row's original text; NULL for a row of a CTDC case file, which is about a person: the file holds it at this line
    r.batch_id AS batch_id, -- the load that refused it: the file's latest (ingest_batches.id; the number its summary ended with)
    b.started_at AS refused_at, -- when that load ran (UTC)
    r.id AS reject_id -- its ingest_rejects row
FROM ingest_batches b
CROSS JOIN ingest_rejects r ON r.batch_id = b.id
WHERE EXISTS (SELECT 1 FROM ingest_rejects x WHERE x.batch_id = b.id)
    AND NOT EXISTS (
        SELECT 1 FROM ingest_batches later
        WHERE later.id > b.id AND later.format NOT IN ('retract', 'derive')
            AND CASE WHEN b.file_identity IS NOT NULL THEN later.file_identity = b.file_identity
                ELSE (CASE WHEN substr(later.file, 1, 2) = './' THEN substr(later.file, 3) ELSE later.file END)
                    = (CASE WHEN substr(b.file, 1, 2) = './' THEN substr(b.file, 3) ELSE b.file END) END);
