-- m0057: figure_lineage names a repeat's withdrawn origin (1), and the search index reads sources.container (2).
-- 1. tipdb retract refuses a figure another one cites, and its advice is to clear that repeat's cites first.
-- Once that was done and the cited figure withdrawn, the view gave the repeat, and every figure whose chain
-- ends at it, status unsourced and nothing more: a SQL user read that where the number comes from is unknown,
-- while report lineage, briefs and check name the withdrawn figure (Database.withdrawnOrigins, from
-- figure_revisions and figure_retractions; review of session 49). withdrawn_origin, a new last column, is the
-- key of that retracted figure for a chain ending at such a repeat (status unsourced), NULL otherwise; status
-- keeps its values, so a query on status = 'unsourced' finds the same rows. The rule is Swift's: the figure
-- the chain ends at cites nothing now, its latest figure_revisions state that cited a figure cited the one
-- withdrawn (the latest figure_retractions row of a key no figure holds now), and no load since put another
-- figure under its key (FigureIdentity.lastReuse, as figure_citations' moved spells it).
-- The view is recreated whole, as SQLite requires, every earlier column keeping its name and place;
-- nothing else in it changes from m0054, whose comments and m0051's explain the rest, but the comments
-- of the view and of status, which name the new column. Running this migration again changes nothing.
DROP VIEW IF EXISTS figure_lineage;

CREATE VIEW figure_lineage AS -- Each figure with its chain of repeats down to the primary figure it rests on; a chain that never ends (a loop, or more than 100 repeats) or that cites a figure not in the database has no primary figure; a chain ending at a repeat whose cites was cleared before the figure it repeated was retracted names that figure (withdrawn_origin).
WITH RECURSIVE chain (figure, step, current, path, visited) AS (
    SELECT key, 0, key, key, char(31) || key || char(31) FROM figures
    UNION ALL
    SELECT c.figure, c.step + 1, f.cites, c.path || ' > ' || f.cites, c.visited || f.cites || char(31)
    FROM chain c JOIN figures f ON f.key = c.current
    WHERE f.cites IS NOT NULL
      AND instr(c.visited, char(31) || f.cites || char(31)) = 0
      AND c.step < 100
)
SELECT
    c.figure AS figure, -- the figure's key
    max(c.step) AS hops, -- how many repeats separate it from the end of its chain (0 for a primary figure; for a loop or too-long chain, how far it was followed; for a broken chain, the hops to the missing figure)
    c.path AS chain, -- the keys along the chain, separated by " > " (for a broken chain, the last is the key of the missing figure)
    CASE WHEN e.key IS NOT NULL AND e.cites IS NULL THEN c.current END AS primary_figure, -- the figure the chain ends at; a figure that cites none ends its own chain, so it is listed as its own primary figure (figure = primary_figure, hops 0): the figures that trace back to a source are those with its primary_source and figure <> primary_figure (NULL for a loop, too-long or broken chain, which does not end at a figure)
    CASE WHEN e.key IS NULL THEN 'broken' WHEN max(c.step) = 0 AND e.cites IS NULL AND e.method <> 'reported' THEN 'primary' WHEN e.cites IS NOT NULL AND instr(c.visited, char(31) || e.cites || char(31)) > 0 THEN 'loop' WHEN e.cites IS NOT NULL THEN 'too-long' WHEN e.method = 'reported' THEN 'unsourced' ELSE 'repeats' END AS status, -- primary, repeats, unsourced (the chain ends at a figure that is itself only reported; withdrawn_origin says when that figure repeated one since retracted), loop, too-long (more than 100 repeats, not followed further: tipdb report lineage follows it whole), or broken (the chain cites a figure not in the database: tipdb check names it)
    CASE WHEN e.cites IS NULL THEN e.source END AS primary_source, -- source of the figure the chain ends at (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.value END AS primary_value, -- value of the figure the chain ends at (NULL when it is censored or published only as a range: see primary_low and primary_high; NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.censored END AS primary_censored, -- 1 when the figure the chain ends at is censored (published as <k: primary_high bounds it); NULL for a loop, too-long or broken chain
    CASE WHEN e.cites IS NULL THEN e.low END AS primary_low, -- lower bound of the figure the chain ends at: its range, interval or minimum (NULL without one, and for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.high END AS primary_high, -- upper bound of the figure the chain ends at (for a censored figure, k-1 of <k; NULL without one, and for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.ci_level END AS primary_ci_level, -- confidence level of primary_low..primary_high as a fraction (NULL: a range, not a confidence interval, or no bounds)
    CAST(CASE WHEN e.cites IS NULL THEN e.period_start END AS TEXT) AS primary_period_start, -- reference period start of the figure the chain ends at, as text (primary_period_start = 2020 matches the year 2020) (NULL for a loop, too-long or broken chain)
    CAST(CASE WHEN e.cites IS NULL THEN e.period_end END AS TEXT) AS primary_period_end, -- reference period end of the figure the chain ends at, as text (primary_period_end = 2020 matches the year 2020) (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN (SELECT sl.label FROM source_labels sl WHERE sl.source = e.source) END AS primary_source_label, -- the label briefs cite primary_source by: ILO 2005 (from source_labels; NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.period_basis END AS primary_period_basis, -- stated when the source of the figure the chain ends at states its reference period; publication when it does not, and primary_period_start..primary_period_end is that source's publication year standing in for it (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.measure END AS primary_measure, -- measure of the figure the chain ends at (measures.code): a repeat may state another measure than the figure it rests on (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.unit END AS primary_unit, -- unit of primary_value, primary_low and primary_high (units.code): 2.1 per-1000 is a rate, not 2.1 persons (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.place END AS primary_place, -- place of the figure the chain ends at (places.code) (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.sex END AS primary_sex, -- sex of the population the figure the chain ends at counts: total, female, male or other (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.age_group END AS primary_age_group, -- age group of the population the figure the chain ends at counts: total, children, adults, or a band such as 18-20 (NULL for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL THEN e.form END AS primary_form, -- form of exploitation the figure the chain ends at is limited to (NULL for all forms, and for a loop, too-long or broken chain)
    CASE WHEN e.cites IS NULL AND e.method = 'reported' AND EXISTS (SELECT 1 FROM figure_retractions) THEN (
        SELECT w.figure
        FROM figure_revisions v
        JOIN figure_retractions w ON w.figure = CASE WHEN json_valid(v.previous) THEN v.previous ->> '$.cites' END
            AND w.id = (SELECT max(l.id) FROM figure_retractions l WHERE l.figure = w.figure)
        WHERE v.figure = e.key
          AND NOT EXISTS (SELECT 1 FROM figures g WHERE g.key = w.figure)
          AND NOT EXISTS (SELECT 1 FROM figure_revisions later
              WHERE later.figure = v.figure AND later.id > v.id
                AND CASE WHEN json_valid(later.previous) THEN later.previous ->> '$.cites' END IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM (
                  SELECT s.id, s.kind, s.held, lead(s.id) OVER (ORDER BY s.id) AS next_id, lead(s.held) OVER (ORDER BY s.id) AS next_held
                  FROM (SELECT m.id, m.kind, CASE WHEN m.previous ->> '$.measure' IS NOT NULL THEN json_array(m.previous ->> '$.measure', m.previous ->> '$.place',
                        CASE length((m.previous ->> '$.period_start')) WHEN 4 THEN (m.previous ->> '$.period_start') || '-01-01' WHEN 7 THEN (m.previous ->> '$.period_start') || '-01' ELSE (m.previous ->> '$.period_start') END,
                        CASE length((m.previous ->> '$.period_end')) WHEN 4 THEN (m.previous ->> '$.period_end') || '-12-31' WHEN 7 THEN coalesce(date((m.previous ->> '$.period_end') || '-01', '+1 month', '-1 day'), (m.previous ->> '$.period_end')) ELSE (m.previous ->> '$.period_end') END,
                        coalesce(m.previous ->> '$.sex', 'total'), coalesce(m.previous ->> '$.age_group', 'total'), m.previous ->> '$.form') END AS held
                      FROM figure_revisions m WHERE m.figure = e.key AND json_valid(m.previous)) s) x
              WHERE x.id >= v.id AND x.kind = 'revision'
                AND coalesce(x.held <> CASE WHEN x.next_id IS NULL THEN json_array(e.measure, e.place,
                CASE length(e.period_start) WHEN 4 THEN e.period_start || '-01-01' WHEN 7 THEN e.period_start || '-01' ELSE e.period_start END,
                CASE length(e.period_end) WHEN 4 THEN e.period_end || '-12-31' WHEN 7 THEN coalesce(date(e.period_end || '-01', '+1 month', '-1 day'), e.period_end) ELSE e.period_end END,
                e.sex, e.age_group, e.form) ELSE x.next_held END, 0)
                AND coalesce(x.held <> json_array(e.measure, e.place,
                CASE length(e.period_start) WHEN 4 THEN e.period_start || '-01-01' WHEN 7 THEN e.period_start || '-01' ELSE e.period_start END,
                CASE length(e.period_end) WHEN 4 THEN e.period_end || '-12-31' WHEN 7 THEN coalesce(date(e.period_end || '-01', '+1 month', '-1 day'), e.period_end) ELSE e.period_end END,
                e.sex, e.age_group, e.form), 0))
        ORDER BY v.id DESC LIMIT 1)
    END AS withdrawn_origin -- for a chain ending at a figure reported without a source (status unsourced) that repeated another until a load cleared its cites, the key of that figure, retracted since (its row in figure_retractions says when and why; figure_revisions keeps the cites cleared): the number rests on a withdrawn figure, not on no source at all, as report lineage, briefs and check say; NULL for every other chain, and once the withdrawn figure is loaded again or the key has since held another figure (another measure, place, period or subgroup)
FROM chain c
LEFT JOIN figures e ON e.key = c.current
GROUP BY c.figure;

-- 2. sources.container (m0055) was in no search index: tipdb search "Journal of Human Trafficking" found
-- no article that appeared there, unless its notes or publisher said so (session 50). sources_fts,
-- an index over the sources table's own columns, is recreated with container as a fifth column, last, so
-- that the columns it had keep their places (a query's title:, publisher: and snippet() read the same), with
-- its three triggers, and rebuilt from the rows it indexes. A CSL-JSON item's container-title, kept in csl
-- where the column is NULL, is not indexed: the index reads columns only.
DROP TRIGGER IF EXISTS sources_fts_insert;
DROP TRIGGER IF EXISTS sources_fts_delete;
DROP TRIGGER IF EXISTS sources_fts_update;
DROP TABLE IF EXISTS sources_fts;

CREATE VIRTUAL TABLE sources_fts USING fts5( -- Search index over sources: title, authors, publisher, notes and container.
    title, -- indexed copy of the title column
    authors, -- indexed copy of the authors column
    publisher, -- indexed copy of the publisher column
    notes, -- indexed copy of the notes column
    container, -- indexed copy of the container column: the journal, book, website or series the work appeared in (since m0057)
    content = 'sources',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
    INSERT INTO sources_fts (rowid, title, authors, publisher, notes, container) VALUES (new.id, new.title, new.authors, new.publisher, new.notes, new.container);
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, authors, publisher, notes, container) VALUES ('delete', old.id, old.title, old.authors, old.publisher, old.notes, old.container);
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, authors, publisher, notes, container) VALUES ('delete', old.id, old.title, old.authors, old.publisher, old.notes, old.container);
    INSERT INTO sources_fts (rowid, title, authors, publisher, notes, container) VALUES (new.id, new.title, new.authors, new.publisher, new.notes, new.container);
END;
INSERT INTO sources_fts (sources_fts) VALUES ('rebuild');
