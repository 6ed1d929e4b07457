-- m0064: a work in press is the latest estimate over a dated earlier report of the same figure, and is cited so in
-- figure_citations; a measure's earlier definitions are kept (review of session 54).
-- 1. latest_estimates ordered publication dates as text with an undated source last, and a work in press has no
-- date: a survey's preliminary report (March 2026, 175,000) stayed the latest estimate over its final results in
-- press (182,000) for the same measure, place and period, and the brief's key figure with it, though the work in
-- press comes out after every dated source (APA lists it after them; SourceLabel sorts it so). A work in press
-- (Source.isInPress: no publication date, and sources.csl's status, issued.literal or issued.raw saying "in press"
-- or "forthcoming", in any case, with hyphens or spaces) now sorts after every dated source ('~' after any digit),
-- a source that gives no date still last, as Headline.best orders them, so the view and the brief's key figure
-- agree. Only figures tied on everything before the publication date are affected (same measure and place, no
-- breakdown, a period ending and starting on the same days, the producer's own figure or both copies). No row's
-- columns change, only which figure a measure and place's row is.
-- 2. figure_citations read a work in press from CSL status or issued.literal "in press" only (m0063), and cited
-- "forthcoming" and Zotero's issued.raw "in press" as (n.d.), where briefs cite them (in press): it reads them as
-- Source.isInPress does, as the order above does.
-- Both views' text is edited in place, as m0063 edited figure_citations: each edit replaces one piece of the text
-- (m0051's for latest_estimates: the column it orders by, and its comment; m0063's in_press). A piece not found is
-- left as it is, and Migrator's follow-up for 64 then fails the migration, which changes nothing; a piece already
-- edited is not found again.
-- 3. measure_revisions keeps what a measure held before a measures file changed it (a label, a definition, a legal
-- basis, a parent; what it counts, its concept and its usual unit while no figure states it): before, a file
-- loaded with --correction that rewrote the definition figures were read against only warned, quoting the old text,
-- and the text was then gone but for the earlier batch's file. Ingest writes a row for each measure a batch
-- changes; tipdb report lineage names the earlier values under the first figure of that measure. Not backfilled: a
-- database keeps no earlier text of a measure changed before this migration (the file of the batch that loaded
-- it, ingest_batches.file, may hold it). Running this again changes nothing.
PRAGMA writable_schema = ON;
-- 1. The order: a work in press after every dated source.
UPDATE sqlite_schema
SET sql = replace(sql,
'        f.period_end, f.source, f.method, f.period_basis, m.counts, m.concept, coalesce(s.published, '''') AS published,',
'        f.period_end, f.source, f.method, f.period_basis, m.counts, m.concept,
        -- Source.isInPress (m0064): a work in press comes out after every dated source, so sorts after any date (''~'').
        CASE WHEN s.published IS NULL AND CASE WHEN json_valid(s.csl) THEN EXISTS (
                SELECT 1 FROM (
                    SELECT trim(lower(replace(replace(replace(replace(replace(p.said, ''-'', '' ''), char(9), '' ''), char(10), '' ''), char(13), '' ''), char(160), '' ''))) AS words
                    FROM (SELECT s.csl ->> ''$.status'' AS said UNION ALL SELECT s.csl ->> ''$.issued.literal'' UNION ALL SELECT s.csl ->> ''$.issued.raw'') p
                    WHERE p.said IS NOT NULL) w
                WHERE (w.words GLOB ''in *press'' AND replace(w.words, '' '', '''') = ''inpress'') OR w.words = ''forthcoming'') ELSE 0 END
            THEN ''~'' ELSE coalesce(s.published, '''') END AS published,')
WHERE type = 'view' AND name = 'latest_estimates';
-- 2. latest_estimates' comment says so.
UPDATE sqlite_schema
SET sql = replace(sql,
'then the one whose source''s publication date sorts last as text (2019-05 after 2019, an undated source last: dates of different precision within a year cannot really be ordered)',
'then the one whose source''s publication date sorts last as text (2019-05 after 2019; since m0064 a work in press, whose sources.csl says "in press" or "forthcoming", after every dated source, as it comes out after them: the final results in press over the preliminary report of the same period; a source that gives no date last: dates of different precision within a year cannot really be ordered)')
WHERE type = 'view' AND name = 'latest_estimates';
-- 3. figure_citations' in_press: Zotero's issued.raw and "forthcoming" too.
UPDATE sqlite_schema
SET sql = replace(sql,
'            -- Source.isInPress: no date, and a CSL status or issued literal that is "in press" (any case; hyphens, spaces between).
            (s.published IS NULL AND EXISTS (SELECT 1 FROM (
                SELECT trim(lower(replace(replace(replace(replace(replace(p.said, ''-'', '' ''), char(9), '' ''), char(10), '' ''), char(13), '' ''), char(160), '' ''))) AS words
                FROM (SELECT s.csl ->> ''$.status'' AS said UNION ALL SELECT s.csl ->> ''$.issued.literal'') p WHERE p.said IS NOT NULL) w
                WHERE w.words GLOB ''in *press'' AND replace(w.words, '' '', '''') = ''inpress'')) AS in_press,',
'            -- Source.isInPress: no date, and a CSL status, issued literal or issued raw (Zotero''s) that is "in press" or
            -- "forthcoming" (any case; hyphens, spaces between); m0064 added raw and forthcoming.
            (s.published IS NULL AND EXISTS (SELECT 1 FROM (
                SELECT trim(lower(replace(replace(replace(replace(replace(p.said, ''-'', '' ''), char(9), '' ''), char(10), '' ''), char(13), '' ''), char(160), '' ''))) AS words
                FROM (SELECT s.csl ->> ''$.status'' AS said UNION ALL SELECT s.csl ->> ''$.issued.literal'' UNION ALL SELECT s.csl ->> ''$.issued.raw'') p
                WHERE p.said IS NOT NULL) w
                WHERE (w.words GLOB ''in *press'' AND replace(w.words, '' '', '''') = ''inpress'') OR w.words = ''forthcoming'')) AS in_press,')
WHERE type = 'view' AND name = 'figure_citations';
PRAGMA writable_schema = OFF;

CREATE TABLE IF NOT EXISTS measure_revisions ( -- Previous values of measures a later measures file changed (since m0064; none kept before it): a definition figures were read against stays readable after --correction replaced it.
    id INTEGER PRIMARY KEY, -- revision number
    measure TEXT NOT NULL REFERENCES measures(code) ON DELETE CASCADE, -- the measure that changed
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- ingest batch that made the change (its file holds the new values)
    revised_at TEXT NOT NULL, -- when the change was made (UTC)
    kind TEXT NOT NULL CHECK (kind IN ('revision', 'correction')), -- correction: loaded with tipdb ingest --correction (the stored text was a slip: the only way to change the definition of a measure figures state); revision: any other change
    label TEXT NOT NULL, -- the measure's label before the change
    counts TEXT NOT NULL, -- what it counted before the change (measures.counts)
    concept TEXT NOT NULL, -- its concept before the change (measures.concept)
    definition TEXT NOT NULL, -- its definition before the change: the text figures loaded before batch_id were read against
    legal_basis TEXT, -- its legal basis before the change
    parent TEXT, -- its broader measure before the change (measures.code; NULL for none)
    default_unit TEXT NOT NULL, -- its usual unit before the change (units.code)
    previous_batch_id INTEGER REFERENCES ingest_batches(id) -- the ingest batch that had loaded these values (its file holds them)
) STRICT;

CREATE INDEX IF NOT EXISTS measure_revisions_by_measure ON measure_revisions(measure, id);
