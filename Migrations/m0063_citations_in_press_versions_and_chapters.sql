-- m0063: figure_citations.citation cites a work in press, a versioned data set and a book chapter as briefs and
-- tipdb report sources do (known limitation since session 52, left by m0061).
-- 1. A work accepted but not yet published (CSL "status": "in press", or "issued": {"literal": "in press"}) was
-- cited (n.d.), which in APA is a work that has no date; its entry is now (in press), and a second such work by
-- the same author (in press-a), (in press-b), as source_labels letters it.
-- 2. A data set's or software's version (CSL "version") follows its title, (Version 2.1), with the edition when
-- it has both (2nd ed., Version 2.1): two releases of one data set read as one publication without it.
-- 3. A chapter's edition, volume and pages are its book's: they follow the book's title in brackets,
-- In: Bales, Kevin and Weitzer, Ronald (eds.), The Routledge Handbook of Human Trafficking (3rd ed., pp. 201-219).
-- Before, the edition followed the chapter's title, which told a reader the chapter had been revised, and the
-- pages were bare, read as part of the book's title.
-- The view's text is edited in place, as m0029 edited its comments, not made again whole: each edit replaces one
-- piece of m0061's text, so that what another migration changed elsewhere in the view stays. A piece not found is
-- left as it is, and Migrator's follow-up for 63 then fails the migration, which changes nothing; a piece already
-- edited is not found again, so running this again changes nothing. The rows are the same but for citation.
PRAGMA writable_schema = ON;
-- 1. A work in press: the letter of its label after the hyphen (Okafor in press-a).
UPDATE sqlite_schema
SET sql = replace(sql,
'                AND substr(rtrim(sl.label, ''abcdefghijklmnopqrstuvwxyz''), -1) GLOB ''[0-9.]''
                THEN substr(sl.label, length(rtrim(sl.label, ''abcdefghijklmnopqrstuvwxyz'')) + 1) ELSE '''' END AS letter',
'                AND (substr(rtrim(sl.label, ''abcdefghijklmnopqrstuvwxyz''), -1) GLOB ''[0-9.]'' OR rtrim(sl.label, ''abcdefghijklmnopqrstuvwxyz'') GLOB ''* in press-'')
                -- A work in press is lettered after a hyphen (Okafor in press-a): the letter keeps it (SourceLabel.lettered).
                THEN substr(sl.label, length(rtrim(sl.label, ''abcdefghijklmnopqrstuvwxyz''))
                    + CASE WHEN rtrim(sl.label, ''abcdefghijklmnopqrstuvwxyz'') GLOB ''* in press-'' THEN 0 ELSE 1 END) ELSE '''' END AS letter')
WHERE type = 'view' AND name = 'figure_citations';
-- 2. Whether the work is in press, and its version, read from its CSL record.
UPDATE sqlite_schema
SET sql = replace(sql,
'        SELECT s.*,
            (SELECT x.names FROM (SELECT DISTINCT count(*) OVER w AS count,',
'        SELECT s.*,
            -- Source.isInPress: no date, and a CSL status or issued literal that is "in press" (any case; hyphens, spaces between).
            (s.published IS NULL AND EXISTS (SELECT 1 FROM (
                SELECT trim(lower(replace(replace(replace(replace(replace(p.said, ''-'', '' ''), char(9), '' ''), char(10), '' ''), char(13), '' ''), char(160), '' ''))) AS words
                FROM (SELECT s.csl ->> ''$.status'' AS said UNION ALL SELECT s.csl ->> ''$.issued.literal'') p WHERE p.said IS NOT NULL) w
                WHERE w.words GLOB ''in *press'' AND replace(w.words, '' '', '''') = ''inpress'')) AS in_press,
            -- Source.version: a data set''s or software''s release, text or a number.
            CASE json_type(s.csl, ''$.version'') WHEN ''text'' THEN nullif(trim(s.csl ->> ''$.version'', char(32, 9, 10, 13, 160)), '''')
                WHEN ''integer'' THEN CAST(s.csl ->> ''$.version'' AS TEXT) WHEN ''real'' THEN CAST(s.csl ->> ''$.version'' AS TEXT) END AS version,
            (SELECT x.names FROM (SELECT DISTINCT count(*) OVER w AS count,')
WHERE type = 'view' AND name = 'figure_citations';
-- 3. Whether the work is a chapter, and its version as the entry prints it.
UPDATE sqlite_schema
SET sql = replace(sql,
'        SELECT j.*,
            CASE WHEN instr(lead_names, char(31)) = 0 THEN lead_names',
'        SELECT j.*,
            -- CSLDetails.isChapter: a chapter in a book, whose edition and pages are the book''s.
            (kind = ''book-chapter'' AND container_title IS NOT NULL) AS is_chapter,
            -- CitationText.versionText: Version 2.1; v3 is Version 3; a version that says so already as given.
            CASE WHEN lower(version) GLOB ''version*'' THEN version WHEN version GLOB ''[vV][0-9]*'' THEN ''Version '' || substr(version, 2)
                ELSE ''Version '' || version END AS version_text,
            CASE WHEN instr(lead_names, char(31)) = 0 THEN lead_names')
WHERE type = 'view' AND name = 'figure_citations';
-- 4. The year of a work in press: in press, not n.d.
UPDATE sqlite_schema
SET sql = replace(sql,
'coalesce(substr(published, 1, 4), ''n.d.'')',
'coalesce(substr(published, 1, 4), CASE WHEN in_press THEN ''in press'' ELSE ''n.d.'' END)')
WHERE type = 'view' AND name = 'figure_citations';
-- 5. What follows the title in brackets: the edition (not a chapter's) and the version.
UPDATE sqlite_schema
SET sql = replace(sql,
'        SELECT l.*,
            -- CitationText.printedURL',
'        SELECT l.*,
            -- CitationText.segments: after the title, the edition (a chapter''s is its book''s, with the container) and the version.
            nullif(substr(coalesce('', '' || CASE WHEN NOT is_chapter THEN edition_text END, '''') || coalesce('', '' || version_text, ''''), 3), '''') AS about_text,
            -- CitationText.printedURL')
WHERE type = 'view' AND name = 'figure_citations';
-- 6. A chapter's book: its edition, volume and pages in brackets after its title.
UPDATE sqlite_schema
SET sql = replace(sql,
'                || CASE WHEN volume IS NOT NULL THEN '', '' || volume || coalesce(''('' || issue || '')'', '''') WHEN issue IS NOT NULL THEN '', no. '' || issue ELSE '''' END
                || coalesce('', '' || pages, '''') AS in_text,',
'                -- CSLDetails.container: a chapter''s edition, volume and pages are its book''s (3rd ed., Vol. 2, pp. 201-219).
                || CASE WHEN is_chapter THEN coalesce('' ('' || nullif(substr(coalesce('', '' || edition_text, '''') || coalesce('', Vol. '' || volume, '''')
                        || coalesce('', '' || CASE WHEN instr(pages, ''-'') > 0 OR instr(pages, char(8211)) > 0 OR instr(pages, '','') > 0 THEN ''pp. '' ELSE ''p. '' END || pages, ''''), 3), '''') || '')'', '''')
                    WHEN volume IS NOT NULL THEN '', '' || volume || coalesce(''('' || issue || '')'', '''') WHEN issue IS NOT NULL THEN '', no. '' || issue ELSE '''' END
                || CASE WHEN is_chapter THEN '''' ELSE coalesce('', '' || pages, '''') END AS in_text,')
WHERE type = 'view' AND name = 'figure_citations';
-- 7. The entry prints them.
UPDATE sqlite_schema
SET sql = replace(sql,
'                || coalesce('' ('' || edition_text || '')'', '''')',
'                || coalesce('' ('' || about_text || '')'', '''')')
WHERE type = 'view' AND name = 'figure_citations';
-- 8. No full stop of the title's own when brackets follow it.
UPDATE sqlite_schema
SET sql = replace(sql,
'CASE WHEN edition_text IS NULL AND kind NOT IN',
'CASE WHEN about_text IS NULL AND kind NOT IN')
WHERE type = 'view' AND name = 'figure_citations';
-- 9. The citation column's comment says so.
UPDATE sqlite_schema
SET sql = replace(sql,
'and the date accessed even without a URL)
    url, -- where the source can be read',
'and the date accessed even without a URL); since m0063 a work in press as in press (Okafor, Chiamaka (in press).), a version after the title (Global Synthetic Dataset (Version 2.1) [Dataset].), and a chapter''s edition, volume and pages with its book (In: The Routledge Handbook of Human Trafficking (3rd ed., pp. 201-219).), where it wrote n.d., no version, the edition after the chapter''s title and bare pages
    url, -- where the source can be read')
WHERE type = 'view' AND name = 'figure_citations';
PRAGMA writable_schema = OFF;
