-- m0061: measures tipdb did not have, measures a user defines, and the price year of money figures (reviews of
-- session 53: an expert witness, a national statistician, a supply-chain analyst).
-- 1. The UK National Referral Mechanism counts referrals of potential victims of modern slavery, which could be
-- stored only as "detected victims of trafficking", defined by the Palermo Protocol; SDG indicator 8.7.1, child
-- labour, could not be stored at all, though --concept child-labour was offered. modern-slavery-referrals (a
-- detected count of the modern-slavery concept), child-labour and hazardous-child-labour (prevalence estimates of
-- the child-labour concept, as a number of children or a share of all children aged 5 to 17) are added.
-- 2. A user can define a measure of their own in a measures file (tipdb ingest measures.csv). measures.batch_id
-- is the batch that loaded it; NULL for tipdb's own measures, which a measures file may repeat but not redefine.
-- 3. figures.price_year: the year whose prices a money figure's amounts are in (US$150 billion in 2012 dollars and
-- US$236 billion in 2021 dollars were charted on one axis as plain "US dollars a year"). Ingest reads it from a
-- price_year column; briefs print it, and say when money figures of several years are not adjusted for inflation.
-- Both columns are added by editing the tables' text in place, as m0052 added figures' bound digits: ALTER TABLE
-- ADD COLUMN would write them after the last column's comment and would fail if this ran again. Each goes last
-- among its table's columns, so a row stored before it reads as NULL and no stored row changes; a text that
-- already has it is left as it is (the text replaced is then gone). Migrator's follow-up for 61 checks the result.
-- 4. figure_citations.citation gives the reference entry as briefs and tipdb report sources give it now: the DOI
-- as its doi.org address (https://doi.org/10.1000/xyz, not doi:10.1000/xyz), the URL left out when it is that
-- same address, and the access date only after a URL it dates (CitationText.segments). It gains price_year last.
-- figure_changes compares price_year as every other field; a revision written before m0061 has none in its JSON
-- and reads as NULL, as the figure did. Both views are recreated whole, as SQLite requires; every other column
-- keeps its name, place and comment. Running this again changes nothing.
INSERT OR IGNORE INTO measures (code, label, counts, concept, definition, legal_basis, parent, default_unit) VALUES
    ('modern-slavery-referrals', 'Potential victims of modern slavery referred', 'detected-count', 'modern-slavery',
        'People referred to a national referral mechanism (such as the UK''s National Referral Mechanism) as potential victims of modern slavery (human trafficking, slavery, servitude, or forced or compulsory labour) in a period: counted at referral, before any decision that they are victims, so driven by detection and referral practice.',
        'National law on modern slavery, e.g. the UK Modern Slavery Act 2015', NULL, 'persons'),
    ('child-labour', 'Child labour', 'prevalence-estimate', 'child-labour',
        'Children aged 5 to 17 in child labour: work below the minimum age for their age, hazardous work, or another worst form of child labour; as a number of children, or as a share of all children aged 5 to 17 (SDG indicator 8.7.1).',
        'ILO Minimum Age Convention, 1973 (No. 138) and Worst Forms of Child Labour Convention, 1999 (No. 182)', NULL, 'persons'),
    ('hazardous-child-labour', 'Hazardous child labour', 'prevalence-estimate', 'child-labour',
        'Children aged 5 to 17 in work that is likely to harm their health, safety or morals, part of child labour; as a number of children, or as a share of all children aged 5 to 17.',
        'ILO Worst Forms of Child Labour Convention, 1999 (No. 182), Article 3(d)', 'child-labour', 'persons');

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql,
    'default_unit TEXT NOT NULL REFERENCES units(code) -- unit assumed when a figure gives none
)',
    'default_unit TEXT NOT NULL REFERENCES units(code), -- unit assumed when a figure gives none
    batch_id INTEGER REFERENCES ingest_batches(id) -- the ingest batch that loaded the measure from a measures file (a measure a user defined, whose definition briefs print as given); NULL for tipdb''s own measures, which a measures file may repeat but not redefine
)')
WHERE type = 'table' AND name = 'measures';
UPDATE sqlite_schema
SET sql = replace(sql,
    'NULL when high''s shortest form is how it was printed, and for a censored count
    CHECK ((censored = 0',
    'NULL when high''s shortest form is how it was printed, and for a censored count
    price_year INTEGER CHECK (price_year IS NULL OR price_year BETWEEN 1800 AND 2200), -- for a money figure, the year whose prices its amounts are in: 2021 for "in 2021 US dollars", the reference year for a source giving current prices; NULL when not recorded (briefs say "price basis not recorded", and that amounts of several years are not adjusted for inflation)
    CHECK ((censored = 0')
WHERE type = 'table' AND name = 'figures';
PRAGMA writable_schema = OFF;

DROP VIEW IF EXISTS figure_changes;

CREATE VIEW figure_changes AS -- What each batch did to figures: a row per figure inserted or retracted, and per field an update changed, with the old and new value; a figure since retracted keeps its rows, read from figure_retractions; a figure a newer release of its export (UNODC GLOTIP) published again unchanged has no row for that release, and stays inserted by the batch that first loaded it. A figure loaded again with the same number printed with other digits (2.50 million as 2.5 million) has a row for value_last_digit, and none for value; a bound so, a row for low_last_digit or high_last_digit, and none for low or high. What the last ingest changed: WHERE batch_id = (SELECT max(id) FROM ingest_batches).
WITH revision AS (
    SELECT r.id AS id, r.batch_id AS batch_id, r.figure AS figure, r.previous AS before,
        lead(r.previous) OVER (PARTITION BY r.figure ORDER BY r.id) AS after, NULL AS retraction
    FROM figure_revisions r
    WHERE json_valid(r.previous)
    UNION ALL
    SELECT NULL, e.value ->> '$.batch_id', x.figure, e.value -> '$.previous',
        coalesce(lead(e.value -> '$.previous') OVER (PARTITION BY x.id ORDER BY e.value ->> '$.id', e.key), x.previous), x.id
    FROM figure_retractions x, json_each(CASE WHEN json_valid(x.revisions) THEN x.revisions ELSE '[]' END) e
    WHERE json_valid(x.previous) AND json_type(e.value, '$.previous') = 'object'
),
field (name, position) AS (VALUES ('measure', 1), ('value', 2), ('censored', 3), ('low', 4), ('high', 5), ('ci_level', 6),
    ('unit', 7), ('place', 8), ('period_start', 9), ('period_end', 10), ('sex', 11), ('age_group', 12), ('form', 13),
    ('source', 14), ('study', 15), ('locator', 16), ('quote', 17), ('cites', 18), ('method', 19), ('notes', 20),
    ('tags', 21), ('extra', 22), ('period_basis', 23), ('value_last_digit', 24),
    ('low_last_digit', 25), ('high_last_digit', 26), ('price_year', 27)),
updated AS (
    SELECT v.id AS id, v.batch_id AS batch_id, v.figure AS figure, v.retraction AS retraction, d.name AS field, d.position AS position,
        CASE d.name WHEN 'tags' THEN v.before -> '$.tags' WHEN 'censored' THEN coalesce(v.before ->> '$.censored', 0)
            WHEN 'period_basis' THEN coalesce(v.before ->> '$.period_basis', 'stated')
            WHEN 'value' THEN CAST(v.before ->> '$.value' AS REAL) WHEN 'low' THEN CAST(v.before ->> '$.low' AS REAL)
            WHEN 'high' THEN CAST(v.before ->> '$.high' AS REAL) WHEN 'ci_level' THEN CAST(v.before ->> '$.ci_level' AS REAL)
            ELSE v.before ->> ('$.' || d.name) END AS old_value,
        CASE WHEN v.after IS NOT NULL THEN
            CASE d.name WHEN 'tags' THEN v.after -> '$.tags' WHEN 'censored' THEN coalesce(v.after ->> '$.censored', 0)
                WHEN 'period_basis' THEN coalesce(v.after ->> '$.period_basis', 'stated')
                WHEN 'value' THEN CAST(v.after ->> '$.value' AS REAL) WHEN 'low' THEN CAST(v.after ->> '$.low' AS REAL)
                WHEN 'high' THEN CAST(v.after ->> '$.high' AS REAL) WHEN 'ci_level' THEN CAST(v.after ->> '$.ci_level' AS REAL)
                ELSE v.after ->> ('$.' || d.name) END
        ELSE CASE d.name WHEN 'measure' THEN f.measure WHEN 'value' THEN f.value WHEN 'censored' THEN f.censored
            WHEN 'low' THEN f.low WHEN 'high' THEN f.high WHEN 'ci_level' THEN f.ci_level WHEN 'unit' THEN f.unit
            WHEN 'place' THEN f.place WHEN 'period_start' THEN f.period_start WHEN 'period_end' THEN f.period_end
            WHEN 'sex' THEN f.sex WHEN 'age_group' THEN f.age_group WHEN 'form' THEN f.form
            WHEN 'source' THEN coalesce((SELECT sv.source FROM series_vintages sv WHERE sv.batch_id = v.batch_id AND f.batch_id IS NOT v.batch_id), f.source)
            WHEN 'study' THEN f.study WHEN 'locator' THEN f.locator WHEN 'quote' THEN f.quote WHEN 'cites' THEN f.cites
            WHEN 'method' THEN f.method WHEN 'notes' THEN f.notes WHEN 'extra' THEN f.extra WHEN 'period_basis' THEN f.period_basis
            WHEN 'value_last_digit' THEN f.value_last_digit WHEN 'low_last_digit' THEN f.low_last_digit
            WHEN 'high_last_digit' THEN f.high_last_digit WHEN 'price_year' THEN f.price_year
            WHEN 'tags' THEN (SELECT json_group_array(t.tag) FROM (SELECT tag FROM figure_tags WHERE figure = f.key ORDER BY tag) t)
            END
        END AS new_value
    FROM revision v
    LEFT JOIN figures f ON f.key = v.figure AND v.retraction IS NULL
    CROSS JOIN field d
    WHERE v.retraction IS NOT NULL OR f.key IS NOT NULL
)
SELECT
    min(coalesce((SELECT r.previous ->> '$.batch_id' FROM figure_revisions r WHERE r.figure = f.key ORDER BY r.id LIMIT 1), f.batch_id),
        coalesce((SELECT sv.batch_id FROM series_figures sf JOIN series_vintages sv ON sv.id = sf.first_vintage WHERE sf.figure = f.key), f.batch_id)) AS batch_id, -- the batch that made the change (ingest_batches.id; the number an ingest's summary ends with)
    f.key AS figure, -- the figure's key
    'inserted' AS change, -- inserted, updated or retracted
    NULL AS field, -- for an update, the field that changed: a column of figures (value, quote, notes, ...) or tags (breakdowns are not kept in revisions, and not compared); NULL for an insert or a retraction
    NULL AS old_value, -- for an update, the field's value before the batch (tags as a JSON array); NULL for an insert or a retraction
    NULL AS new_value, -- for an update, the field's value the batch wrote (tags as a JSON array); NULL for an insert or a retraction
    NULL AS revision, -- for an update of a figure in figures, the figure_revisions row that keeps the figure as it was before (all its values, in previous); NULL for an insert, a retraction, or an update of a figure since retracted (its revision is in figure_retractions.revisions, with this batch_id)
    NULL AS retraction -- for a figure since retracted, its figure_retractions row (id), which keeps its last values and revisions: its insert, its updates and the retraction itself; NULL for a figure in figures, including one loaded again with --restore-retracted, a new figure
FROM figures f
UNION ALL
SELECT coalesce((SELECT e.value ->> '$.previous.batch_id' FROM json_each(CASE WHEN json_valid(x.revisions) THEN x.revisions ELSE '[]' END) e
        ORDER BY e.value ->> '$.id', e.key LIMIT 1), x.previous ->> '$.batch_id'),
    x.figure, 'inserted', NULL, NULL, NULL, NULL, x.id
FROM figure_retractions x
WHERE json_valid(x.previous)
UNION ALL
SELECT u.batch_id, u.figure, 'updated', u.field, u.old_value, u.new_value, u.id, u.retraction
FROM updated u
WHERE u.old_value IS NOT u.new_value
UNION ALL
SELECT x.batch_id, x.figure, 'retracted', NULL, NULL, NULL, NULL, x.id
FROM figure_retractions x;

DROP VIEW IF EXISTS figure_citations;

CREATE VIEW figure_citations AS -- One row per figure with everything needed to cite it: value, bounds, unit, measure, place, reference period, subgroup, breakdown and source, and whether the latest release of its series still publishes it and whether its source revised its number; then the label briefs cite its source by; how often tipdb's copy of the number was corrected; the bounds of the number before the source's latest revision; whether the source stated the reference period; then the unit of the number before that revision; the source that published that number; last, the price year of a money figure. Its citation is the brief's reference entry for the source.
SELECT
    figure, -- the figure's key
    value, -- the number as published (NULL when censored, or published only as a range: see low and high)
    censored, -- 1 when published only as "<k"
    low, -- lower bound (for a censored count: 1)
    high, -- upper bound (for a censored count: k - 1)
    ci_level, -- confidence level of low..high as a fraction
    unit, -- unit of value, low and high
    measure, -- measure code
    measure_label, -- measure name
    counts, -- what the measure counts: prevalence estimate, detected count, ...
    concept, -- trafficking, forced-labour, forced-marriage, modern-slavery, child-labour or other
    place, -- place code
    place_name, -- place name
    period_start, -- start of the reference period
    period_end, -- end of the reference period
    reference_period, -- reference period as text (TEXT affinity: reference_period = 2020 matches the year 2020, as period_start = 2020 does), as tipdb search writes it: 2016, 1995-2004, or with months or days 2019-06/2019-12; period not stated (filed under 2014) when the source does not state it (period_basis publication). A brief writes a span of months or days as 2019-06 to 2019-12 and an unstated period as period not stated, so join a brief's CSV to this view by the figure key, not by this text
    sex, -- sex subgroup
    age_group, -- age subgroup
    form, -- form of exploitation (NULL: all forms)
    method, -- estimated, detected, reported or derived
    cites, -- the figure this one repeats (NULL for a primary figure)
    source, -- source key
    citation, -- the source's reference entry, as a brief's References list and tipdb report sources give it (plain text, without the Markdown): lead names and year with the letter of source_label (International Labour Office [ILO] (2024). ...; a statement under the organisation that issued it, Delivered by Yury Fedotov after the title, first name first), title, edition (2nd ed.), kind, container (sources.container, else the CSL record's container-title), series, contributors, place and publisher, date, ISBN, URL (left out when it is the DOI's own doi.org address), the DOI as its doi.org address (https://doi.org/10.1000/xyz) and, after a URL, the date accessed (since m0061; before it, doi:10.1000/xyz, and the date accessed even without a URL)
    url, -- where the source can be read
    doi, -- the source's DOI
    locator, -- page, table or section in the source
    quote, -- the sentence that states the figure
    breakdown, -- what the figure is restricted to beyond sex, age group and form, as briefs write it: citizenship: Nationals; repatriated from: Abroad (NULL: no breakdown)
    latest_release, -- for a figure of a bulk export loaded in releases (UNODC GLOTIP): export date of the latest release of its series; for a figure of a case-level dataset's version (CTDC, figures tipdb derive wrote), the date of the dataset's latest derived version (its source's publication date, the --released date) (NULL: not from such a series or dataset)
    in_latest_release, -- 1 when that latest release still publishes the figure; 0 when it no longer does (briefs say "not in the latest release": cite it as a figure of the release that last published it, figure_vintages.last_released); for a figure of a dataset version, 0 when a newer version of the dataset has been derived (the figure's counts are superseded: briefs and latest_estimates leave it out, and WHERE in_latest_release IS NOT 0 does too), 1 when not; NULL: not from a series or dataset
    coalesce(history ->> '$.revisions', 0) AS revisions, -- how many earlier numbers of the figure briefs show as "revised from", whoever published them (previous_source says whose the latest was): each load of a new release or file (not tipdb ingest --correction) that changed the number (value, censoring, bounds, the confidence level of its bounds, or unit: 3 persons and 3 per 1,000 are two numbers, and 9.8 to 15.2 as a 95% and as a 90% interval two ranges; a level or a unit either side leaves unsaid is taken as unchanged), counted when the number before it differs both from the one that load left and from the one before the source's next revision, or the figure now; so a revision whose slip a correction undid, and one whose number a reload kept as corrected, are not counted (see corrections); nor is any load before the key's figure was last moved to another measure, place, period, sex, age group or form (the key reused for another figure: what it held then is no earlier number of this one); 0 when never; what else a load changed, and when, is in figure_revisions
    CASE WHEN withheld THEN NULL ELSE CAST(previous ->> '$.value' AS REAL) END AS previous_value, -- the number the figure had before its latest revision counted in revisions (briefs: "revised from 1,523"), in previous_unit, as previous_source published it: a revision by the figure's own source when previous_source = source, else a number of another source that a load replaced by this source's (an earlier release cited as a source of its own, or another publisher's number: briefs name that source, and so should a citation), never a slip of tipdb's copy that a correction fixed nor a number of another figure the key held before; NULL when never revised, or when that number was censored or only a range: see previous_censored, previous_low and previous_high (and figure_revisions); NULL too, withheld with its bounds, when that number was not published only as "<k" (previous_censored 0) and the figure is now (censored 1), or was at any load after it (a later figure_revisions state censored: 3, then <5, then 7): the source suppressed the count, and briefs and tipdb report lineage say "revised from an exact count withheld because the source now suppresses it" (or "... because the source suppressed it later"), never the number (figure_revisions keeps it as a record: tipdb export datasette-metadata warns of it and says how to clear it from a published copy)
    source_label, -- the label briefs, tipdb report lineage and the brief's CSV cite the source by: ILO 2005, Francis 2013, UNODC 2024a (from source_labels; NULL for a source written by another program until tipdb migrate --repair labels it)
    coalesce(history ->> '$.corrections', 0) AS corrections, -- how many times tipdb ingest --correction changed tipdb's copy of the number (a typing slip fixed, not a revision by the source; left out of revisions and previous_value, and out of briefs), since the key last held another figure: 0 when never; figure_revisions.kind tells the rows apart
    CASE WHEN previous IS NULL THEN NULL ELSE coalesce(previous ->> '$.censored', 0) END AS previous_censored, -- 1 when the number before the source's latest revision was published only as "<k", 0 when not (with previous_value NULL: withheld, see previous_value); NULL when never revised
    CASE WHEN withheld THEN NULL ELSE CAST(previous ->> '$.low' AS REAL) END AS previous_low, -- lower bound of the number before the source's latest revision (for a censored count: 1); NULL when never revised, when it had none, or when it is withheld as previous_value is (the figure censored now or since, that number not)
    CASE WHEN withheld THEN NULL ELSE CAST(previous ->> '$.high' AS REAL) END AS previous_high, -- upper bound of that number (for a censored count: k - 1); NULL when never revised, when it had none, or when it is withheld as previous_value is
    CASE WHEN withheld THEN NULL ELSE CAST(previous ->> '$.ci_level' AS REAL) END AS previous_ci_level, -- confidence level of previous_low..previous_high as a fraction (NULL: a range, not a confidence interval, no bounds, never revised, or withheld as previous_value is)
    period_basis, -- stated when the source states the reference period; publication when it does not, and period_start..period_end is the source's publication year standing in for it (briefs write its period as "period not stated")
    previous ->> '$.unit' AS previous_unit, -- unit of previous_value, previous_low and previous_high (briefs: "3.1 per 1,000 (revised from 1.5 million persons)"); NULL when never revised
    previous ->> '$.source' AS previous_source, -- key of the source that published previous_value (and its bounds and unit): the figure's source when that source revised its own number; another source's key when the earlier number was that source's (previous_source IS NOT source), which a citation names as briefs do ("revised from 16,000 (Acme Consulting 2023)"), not as this source's revision; NULL when never revised
    price_year -- for a money figure, the year whose prices its amounts are in (2021: in 2021 US dollars), as briefs print it ("US$236 billion a year, in 2021 US dollars"); NULL when not recorded (briefs: "price basis not recorded")
FROM (SELECT g.*, g.history ->> '$.previous' AS previous,
    -- previous_value and its bounds withheld: that number was not censored, and the figure is now, or a later state was.
    coalesce(g.history ->> '$.previous.censored', 0) = 0
        AND (g.censored = 1 OR coalesce(g.history ->> '$.censored_id', 0) > coalesce(g.history ->> '$.previous_id', 0)) AS withheld
    FROM (
SELECT
    f.key AS figure,
    f.value AS value,
    f.censored AS censored,
    f.low AS low,
    f.high AS high,
    f.ci_level AS ci_level,
    f.unit AS unit,
    f.measure AS measure,
    m.label AS measure_label,
    m.counts AS counts,
    m.concept AS concept,
    f.place AS place,
    p.name AS place_name,
    f.period_start AS period_start,
    f.period_end AS period_end,
    f.period_basis AS period_basis,
    f.price_year AS price_year,
    CAST(CASE WHEN f.period_basis = 'publication' THEN 'period not stated (filed under ' ELSE '' END
        || CASE WHEN f.period_start = f.period_end THEN f.period_start WHEN length(f.period_start) = 4 AND length(f.period_end) = 4 THEN f.period_start || '-' || f.period_end ELSE f.period_start || '/' || f.period_end END
        || CASE WHEN f.period_basis = 'publication' THEN ')' ELSE '' END AS TEXT) AS reference_period,
    f.sex AS sex,
    f.age_group AS age_group,
    f.form AS form,
    f.method AS method,
    f.cites AS cites,
    f.source AS source,
    ref.reference AS citation,
    s.url AS url,
    s.doi AS doi,
    f.locator AS locator,
    f.quote AS quote,
    (SELECT group_concat(words, '; ') FROM (
        SELECT CASE b.dimension WHEN 'country-of-repatriation' THEN 'repatriated from' WHEN 'country-of-exploitation' THEN 'exploited in' ELSE replace(b.dimension, '-', ' ') END
            || ': ' || CASE WHEN bp.name IS NOT NULL THEN bp.name WHEN b.category NOT GLOB '*[^a-z0-9-]*' THEN replace(b.category, '-', ' ') ELSE b.category END AS words
        FROM figure_breakdowns b LEFT JOIN places bp ON bp.code = b.place
        WHERE b.figure = f.key ORDER BY b.dimension)) AS breakdown,
    -- A figure of a bulk series by its vintages; else a figure of a case-level dataset's version by the dataset's
    -- latest derived version, superseded by the rule of latest_estimates and briefs (FigureRows.supersededSources).
    coalesce((SELECT lv.released FROM series_figures sf JOIN series_vintages lv ON lv.id = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series)
        WHERE sf.figure = f.key),
        (SELECT coalesce(ls.published, substr(l.loaded_at, 1, 10)) FROM datasets d
            JOIN datasets l ON l.name = d.name
                AND l.version = (SELECT max(x.version) FROM datasets x JOIN derivations xr ON xr.dataset_id = x.id WHERE x.name = d.name)
            LEFT JOIN sources ls ON ls.key = l.source
            WHERE d.source = f.source ORDER BY l.version DESC LIMIT 1)) AS latest_release,
    coalesce((SELECT CASE WHEN sf.last_vintage = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series) THEN 1 ELSE 0 END FROM series_figures sf
        WHERE sf.figure = f.key),
        (SELECT CASE WHEN EXISTS (
                SELECT 1 FROM datasets o JOIN datasets newer ON newer.name = o.name AND newer.version > o.version
                WHERE o.source = f.source AND EXISTS (SELECT 1 FROM derivations r WHERE r.dataset_id = newer.id)) THEN 0 ELSE 1 END
            FROM datasets d WHERE d.source = f.source
                AND EXISTS (SELECT 1 FROM datasets x JOIN derivations xr ON xr.dataset_id = x.id WHERE x.name = d.name) LIMIT 1)) AS in_latest_release,
    -- The figure's revisions as briefs read them (FigureSet.loadRevisions), worked out once as a JSON object of revisions,
    -- previous and corrections. a: each row's earlier state, its number (value, censoring, bounds), unit and what it is a
    -- figure of (NULL for a state that does not say); x: the state the load it records left (the next row's, or the figure
    -- now: next_id NULL) and, for a revision, the state before the source's next revision (or the figure now); z: whether
    -- the load changed the number (changed; a unit either side leaves unsaid is taken as unchanged), whether it differs
    -- from the next revision's too (counted, as briefs show it), and whether it moved the figure to another measure, place,
    -- period or subgroup than the one the key holds now (moved: the key reused for another figure, whose numbers are no earlier numbers of this one:
    -- that row and those before it are left out).
    CASE WHEN EXISTS (SELECT 1 FROM figure_revisions r WHERE r.figure = f.key) THEN (
        SELECT json_object(
            'revisions', count(*) FILTER (WHERE y.counted),
            -- The latest counted revision's earlier state: its id, zero-padded, sorts the rows as numbers.
            'previous', json(substr(max(CASE WHEN y.counted THEN printf('%020d', y.id) || y.before END), 21)),
            'corrections', count(*) FILTER (WHERE y.kind = 'correction' AND y.changed),
            -- The latest counted revision's row, and the latest row whose earlier state was censored (any kind):
            -- a censored state after previous withholds it (FigureRevision.isWithheld).
            'previous_id', max(CASE WHEN y.counted THEN y.id END),
            'censored_id', max(CASE WHEN coalesce(y.before ->> '$.censored', 0) THEN y.id END))
        FROM (
            SELECT z.id, z.kind, z.before, z.changed, z.kind = 'revision' AND z.changed AND z.changed_by_next AS counted,
                max(CASE WHEN z.moved THEN z.id END) OVER () AS reused
            FROM (
                SELECT x.id, x.kind, x.before,
                    (x.number IS NOT CASE WHEN x.next_id IS NULL THEN x.now_number ELSE x.next_number END
                        OR coalesce(x.unit <> CASE WHEN x.next_id IS NULL THEN x.now_unit ELSE x.next_unit END, 0)
                        OR coalesce(x.level <> CASE WHEN x.next_id IS NULL THEN x.now_level ELSE x.next_level END, 0)) AS changed,
                    (x.number IS NOT CASE WHEN x.next_revision_id IS NULL THEN x.now_number ELSE x.next_revision_number END
                        OR coalesce(x.unit <> CASE WHEN x.next_revision_id IS NULL THEN x.now_unit ELSE x.next_revision_unit END, 0)
                        OR coalesce(x.level <> CASE WHEN x.next_revision_id IS NULL THEN x.now_level ELSE x.next_revision_level END, 0)) AS changed_by_next,
                    (x.kind = 'revision' AND coalesce(x.held <> CASE WHEN x.next_id IS NULL THEN x.now_held ELSE x.next_held END, 0)
                        AND coalesce(x.held <> x.now_held, 0)) AS moved
                FROM (
                    SELECT a.*,
                        lead(a.id) OVER (ORDER BY a.id) AS next_id, lead(a.number) OVER (ORDER BY a.id) AS next_number,
                        lead(a.unit) OVER (ORDER BY a.id) AS next_unit, lead(a.held) OVER (ORDER BY a.id) AS next_held,
                        lead(a.level) OVER (ORDER BY a.id) AS next_level,
                        lead(a.level) OVER (PARTITION BY a.kind ORDER BY a.id) AS next_revision_level,
                        lead(a.id) OVER (PARTITION BY a.kind ORDER BY a.id) AS next_revision_id,
                        lead(a.number) OVER (PARTITION BY a.kind ORDER BY a.id) AS next_revision_number,
                        lead(a.unit) OVER (PARTITION BY a.kind ORDER BY a.id) AS next_revision_unit,
                        json_array(f.value, f.censored, f.low, f.high) AS now_number, f.unit AS now_unit, f.ci_level AS now_level,
                        json_array(f.measure, f.place,
                            CASE length(f.period_start) WHEN 4 THEN f.period_start || '-01-01' WHEN 7 THEN f.period_start || '-01' ELSE f.period_start END,
                            CASE length(f.period_end) WHEN 4 THEN f.period_end || '-12-31' WHEN 7 THEN coalesce(date(f.period_end || '-01', '+1 month', '-1 day'), f.period_end) ELSE f.period_end END,
                            f.sex, f.age_group, f.form) AS now_held
                    FROM (
                        SELECT r.id AS id, r.kind AS kind, r.previous AS before,
                            json_array(CAST(r.previous ->> '$.value' AS REAL), coalesce(r.previous ->> '$.censored', 0),
                                CAST(r.previous ->> '$.low' AS REAL), CAST(r.previous ->> '$.high' AS REAL)) AS number,
                            r.previous ->> '$.unit' AS unit, CAST(r.previous ->> '$.ci_level' AS REAL) AS level,
                            CASE WHEN r.previous ->> '$.measure' IS NOT NULL THEN json_array(r.previous ->> '$.measure', r.previous ->> '$.place',
                                CASE length((r.previous ->> '$.period_start')) WHEN 4 THEN (r.previous ->> '$.period_start') || '-01-01' WHEN 7 THEN (r.previous ->> '$.period_start') || '-01' ELSE (r.previous ->> '$.period_start') END,
                                CASE length((r.previous ->> '$.period_end')) WHEN 4 THEN (r.previous ->> '$.period_end') || '-12-31' WHEN 7 THEN coalesce(date((r.previous ->> '$.period_end') || '-01', '+1 month', '-1 day'), (r.previous ->> '$.period_end')) ELSE (r.previous ->> '$.period_end') END,
                                coalesce(r.previous ->> '$.sex', 'total'),
                                coalesce(r.previous ->> '$.age_group', 'total'), r.previous ->> '$.form') END AS held
                        FROM figure_revisions r WHERE r.figure = f.key AND json_valid(r.previous)) a) x) z) y
        WHERE y.id > coalesce(y.reused, 0))
    END AS history,
    sl.label AS source_label
FROM figures f
JOIN measures m ON m.code = f.measure
JOIN places p ON p.code = f.place
JOIN sources s ON s.key = f.source
-- Each source's reference entry, as the brief's References list writes it (CitationText.full):
-- worked out once per query for every source, then joined by key. Each step is MATERIALIZED:
-- left to SQLite, the entry was worked out again for every figure (count(DISTINCT citation) over
-- 100,000 figures took 68 s, against 1.9 s before).
LEFT JOIN (
    WITH RECURSIVE
    -- OrganisationName.established: the abbreviations the field cites organisations by, by full name (lowercased),
    -- each in British and American spelling.
    established(name, abbreviation) AS (VALUES
            ('international labour office', 'ILO'),
            ('international labor office', 'ILO'),
            ('international labour organization', 'ILO'),
            ('international labour organisation', 'ILO'),
            ('international labor organization', 'ILO'),
            ('international labor organisation', 'ILO'),
            ('united nations office on drugs and crime', 'UNODC'),
            ('international organization for migration', 'IOM'),
            ('international organisation for migration', 'IOM'),
            ('organization for security and co-operation in europe', 'OSCE'),
            ('organisation for security and co-operation in europe', 'OSCE'),
            ('osce office for democratic institutions and human rights', 'ODIHR'),
            ('counter-trafficking data collaborative', 'CTDC'),
            ('global alliance against traffic in women', 'GAATW'),
            ('group of experts on action against trafficking in human beings', 'GRETA'),
            ('inter-agency coordination group against trafficking in persons', 'ICAT'),
            ('office of the united nations high commissioner for human rights', 'OHCHR'),
            ('office of the united nations high commissioner for refugees', 'UNHCR'),
            ('united nations high commissioner for refugees', 'UNHCR'),
            ('united nations children''s fund', 'UNICEF'),
            ('united nations development programme', 'UNDP'),
            ('united nations development program', 'UNDP'),
            ('united nations population fund', 'UNFPA'),
            ('organisation for economic co-operation and development', 'OECD'),
            ('organization for economic co-operation and development', 'OECD'),
            ('european union agency for fundamental rights', 'FRA'),
            ('association of southeast asian nations', 'ASEAN'),
            ('world health organization', 'WHO'),
            ('world health organisation', 'WHO'),
            ('national center for missing & exploited children', 'NCMEC'),
            ('national centre for missing & exploited children', 'NCMEC'),
            ('our world in data', 'OWID')),
    src AS MATERIALIZED (
        SELECT s.key, s.kind, s.title, s.authors, s.publisher, s.published, s.url, s.doi, s.accessed, s.notes, s.container,
            CASE WHEN json_valid(s.csl) THEN s.csl END AS csl,
            (s.published IS NOT NULL AND json_valid(s.csl) AND CASE json_type(s.csl, '$.issued.circa') WHEN 'true' THEN 1
                WHEN 'integer' THEN s.csl ->> '$.issued.circa' <> 0 WHEN 'real' THEN s.csl ->> '$.issued.circa' <> 0
                WHEN 'text' THEN s.csl ->> '$.issued.circa' <> '' ELSE 0 END) AS circa,
            (coalesce(s.authors, '') = '' OR (s.kind = 'statement' AND s.publisher IS NOT NULL)) AS by_publisher,
            -- The year letters that end the label (2024a, 2024aa), after its year's digits or n.d.; none where
            -- the label is the short one or names a first author by initials without a letter (A. Ray 2023).
            CASE WHEN sl.label <> sl.short_label AND rtrim(sl.label, 'abcdefghijklmnopqrstuvwxyz') <> sl.label
                AND substr(rtrim(sl.label, 'abcdefghijklmnopqrstuvwxyz'), -1) GLOB '[0-9.]'
                THEN substr(sl.label, length(rtrim(sl.label, 'abcdefghijklmnopqrstuvwxyz')) + 1) ELSE '' END AS letter
        FROM sources s LEFT JOIN source_labels sl ON sl.source = s.key
    ),
    names(key, role, n, name, rest) AS MATERIALIZED (
        SELECT key, 'lead', 0, coalesce(publisher, key), '' FROM src WHERE by_publisher
        UNION ALL
        SELECT key, CASE WHEN by_publisher THEN 'speaker' ELSE 'lead' END, 0, NULL, authors || '; ' FROM src
            WHERE coalesce(authors, '') <> '' AND NOT (by_publisher AND authors IS publisher)
        UNION ALL
        SELECT key, role, n + 1, substr(rest, 1, instr(rest, '; ') - 1), substr(rest, instr(rest, '; ') + 2) FROM names WHERE rest <> ''
    ),
    leads AS MATERIALIZED (
        SELECT nm.key, nm.n, nm.name,
            (instr(nm.name, ',') > 0 AND NOT s.by_publisher AND NOT (s.csl IS NOT NULL AND
                (instr(s.csl, '"literal":' || json_quote(nm.name)) > 0 OR instr(s.csl, '"literal": ' || json_quote(nm.name)) > 0))
                -- Source.organisationWords, lower case as written, commas read as spaces (GLOB minds case).
                AND NOT (' ' || replace(nm.name, ',', ' ') || ' ') GLOB '* of *' AND NOT (' ' || replace(nm.name, ',', ' ') || ' ') GLOB '* for *'
                AND NOT (' ' || replace(nm.name, ',', ' ') || ' ') GLOB '* the *' AND NOT (' ' || replace(nm.name, ',', ' ') || ' ') GLOB '* on *'
                AND NOT (' ' || replace(nm.name, ',', ' ') || ' ') GLOB '* in *' AND NOT (' ' || replace(nm.name, ',', ' ') || ' ') GLOB '* & *') AS person,
            (nm.name GLOB '*)' AND rtrim(nm.name, replace(nm.name, '(', '')) GLOB '* (' AND
                substr(nm.name, length(rtrim(nm.name, replace(nm.name, '(', ''))) + 1, length(nm.name) - length(rtrim(nm.name, replace(nm.name, '(', ''))) - 1) GLOB '[A-Z][A-Z0-9]*' AND
                substr(nm.name, length(rtrim(nm.name, replace(nm.name, '(', ''))) + 1, length(nm.name) - length(rtrim(nm.name, replace(nm.name, '(', ''))) - 1) NOT GLOB '*[^A-Z0-9]*') AS given
        FROM names nm JOIN src s ON s.key = nm.key
        WHERE nm.role = 'lead' AND coalesce(nm.name, '') <> ''
    ),
    -- OrganisationName.ignoredInMatching, by code point, in its order.
    ignored(chars) AS (SELECT char(32, 9, 10, 13, 160, 45, 8208, 8209, 8211, 8212, 39, 34, 8216, 8217, 8220, 8221, 46, 44, 40, 41, 47, 58, 59, 33, 63)),
    -- OrganisationName.matchKey: each name as names are compared. & becomes ' and ', A-Z a-z (lower() is ASCII-only),
    -- the ignored characters at the start go, then a leading 'the' followed by one of them, then every one of them,
    -- one character a step (25 nested replace() calls overflowed SQLite's parser stack).
    match_steps(name, t, i) AS (
        SELECT x.name, CASE WHEN length(x.t) > 3 AND substr(x.t, 1, 3) = 'the' AND instr(g.chars, substr(x.t, 4, 1)) > 0 THEN substr(x.t, 4) ELSE x.t END, 1
        FROM ignored g, (SELECT l.name, ltrim(lower(replace(l.name, '&', ' and ')), g2.chars) AS t FROM ignored g2,
            (SELECT name FROM established UNION SELECT name FROM names WHERE role = 'lead' AND coalesce(name, '') <> '') l) x
        UNION ALL
        SELECT s.name, replace(s.t, substr(g.chars, s.i, 1), ''), s.i + 1 FROM match_steps s, ignored g WHERE s.i <= length(g.chars)
    ),
    keyed_names(name, key) AS MATERIALIZED (
        SELECT s.name, s.t FROM match_steps s, ignored g WHERE s.i = length(g.chars) + 1
    ),
    -- OrganisationName.byMatchKey: each established name by its key, also followed by its abbreviation (... (ctdc)).
    abbreviations(key, abbreviation) AS MATERIALIZED (
        SELECT kn.key, e.abbreviation FROM established e JOIN keyed_names kn ON kn.name = e.name
        UNION
        SELECT kn.key || lower(e.abbreviation), e.abbreviation FROM established e JOIN keyed_names kn ON kn.name = e.name
    ),
    entries AS MATERIALIZED (
        SELECT l.key, l.n, l.name,
            CASE WHEN l.person OR l.given OR k.abbreviation IS NULL THEN l.name
                ELSE l.name || ' [' || k.abbreviation || ']' END AS entry
        FROM leads l LEFT JOIN keyed_names kn ON kn.name = l.name LEFT JOIN abbreviations k ON k.key = kn.key
    ),
    speakers AS MATERIALIZED (
        SELECT key, n,
            CASE WHEN instr(name, ',') > 0 AND instr(substr(name, instr(name, ',') + 1), ',') = 0
                    AND trim(substr(name, 1, instr(name, ',') - 1)) <> '' AND trim(substr(name, instr(name, ',') + 1)) <> ''
                THEN trim(substr(name, instr(name, ',') + 1)) || ' ' || trim(substr(name, 1, instr(name, ',') - 1))
                ELSE name END AS entry
        FROM names WHERE role = 'speaker' AND coalesce(name, '') <> ''
    ),
    joined AS MATERIALIZED (
        SELECT s.*,
            (SELECT x.names FROM (SELECT DISTINCT count(*) OVER w AS count, group_concat(e.entry, char(31)) OVER w AS names
                FROM entries e WHERE e.key = s.key WINDOW w AS (ORDER BY e.n ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) x) AS lead_names,
            (SELECT CASE WHEN count(*) = 1 THEN max(e.name) END FROM entries e WHERE e.key = s.key) AS only_lead,
            (SELECT x.names FROM (SELECT DISTINCT group_concat(e.entry, char(31)) OVER w AS names
                FROM speakers e WHERE e.key = s.key WINDOW w AS (ORDER BY e.n ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) x) AS speaker_names,
            (SELECT group_concat(nm, char(31)) FROM (SELECT CASE WHEN j.value ->> '$.literal' <> '' THEN j.value ->> '$.literal'
                    ELSE coalesce(nullif(j.value ->> '$.family', '') || coalesce(', ' || nullif(j.value ->> '$.given', ''), ''), nullif(j.value ->> '$.given', '')) END AS nm
                FROM json_each(s.csl, '$.editor') j WHERE json_type(s.csl, '$.author') IS NOT NULL OR json_type(s.csl, '$.editor') IS NULL ORDER BY j.key) WHERE nm IS NOT NULL) AS editor_names,
            (SELECT group_concat(nm, char(31)) FROM (SELECT CASE WHEN j.value ->> '$.literal' <> '' THEN j.value ->> '$.literal'
                    ELSE coalesce(nullif(j.value ->> '$.family', '') || coalesce(', ' || nullif(j.value ->> '$.given', ''), ''), nullif(j.value ->> '$.given', '')) END AS nm
                FROM json_each(s.csl, '$.contributor') j ORDER BY j.key) WHERE nm IS NOT NULL) AS contributor_names,
            (json_type(s.csl, '$.editor') IS NOT NULL AND json_type(s.csl, '$.author') IS NULL) AS edited_only,
            CASE WHEN json_type(s.csl, '$.issued."date-parts"') = 'array' AND json_array_length(s.csl, '$.issued."date-parts"') = 2
                    AND json_type(s.csl, '$.issued."date-parts"[1]') = 'array' AND json_array_length(s.csl, '$.issued."date-parts"[1]') BETWEEN 1 AND 3
                    AND NOT EXISTS (SELECT 1 FROM json_each(s.csl, '$.issued."date-parts"[1]') p
                        WHERE NOT (p.type = 'integer' OR (p.type = 'text' AND p.atom GLOB '[0-9]*' AND p.atom NOT GLOB '*[^0-9]*')))
                THEN printf('%04d', s.csl ->> '$.issued."date-parts"[1][0]')
                    || CASE WHEN s.csl ->> '$.issued."date-parts"[1][1]' IS NOT NULL THEN '-' || printf('%02d', s.csl ->> '$.issued."date-parts"[1][1]') ELSE '' END
                    || CASE WHEN s.csl ->> '$.issued."date-parts"[1][2]' IS NOT NULL THEN '-' || printf('%02d', s.csl ->> '$.issued."date-parts"[1][2]') ELSE '' END END AS issued_end,
            -- The container column first (a sources file's), then the CSL record's (a CSL-JSON item's): CSLDetails(source).
            coalesce(s.container,
                CASE WHEN json_type(s.csl, '$."container-title"') = 'text' AND trim(s.csl ->> '$."container-title"') <> '' THEN s.csl ->> '$."container-title"'
                    WHEN json_type(s.csl, '$."container-title"') IN ('integer', 'real') THEN CAST(s.csl ->> '$."container-title"' AS TEXT) END) AS container_title,
            CASE WHEN json_type(s.csl, '$.volume') = 'text' AND trim(s.csl ->> '$.volume') <> '' THEN s.csl ->> '$.volume'
                WHEN json_type(s.csl, '$.volume') IN ('integer', 'real') THEN CAST(s.csl ->> '$.volume' AS TEXT) END AS volume,
            CASE WHEN json_type(s.csl, '$.issue') = 'text' AND trim(s.csl ->> '$.issue') <> '' THEN s.csl ->> '$.issue'
                WHEN json_type(s.csl, '$.issue') IN ('integer', 'real') THEN CAST(s.csl ->> '$.issue' AS TEXT) END AS issue,
            CASE WHEN json_type(s.csl, '$.page') = 'text' AND trim(s.csl ->> '$.page') <> '' THEN s.csl ->> '$.page'
                WHEN json_type(s.csl, '$.page') IN ('integer', 'real') THEN CAST(s.csl ->> '$.page' AS TEXT) END AS pages,
            CASE WHEN json_type(s.csl, '$."collection-title"') = 'text' AND trim(s.csl ->> '$."collection-title"') <> '' THEN s.csl ->> '$."collection-title"'
                WHEN json_type(s.csl, '$."collection-title"') IN ('integer', 'real') THEN CAST(s.csl ->> '$."collection-title"' AS TEXT) END
                || coalesce(' ' || CASE WHEN json_type(s.csl, '$."collection-number"') = 'text' AND trim(s.csl ->> '$."collection-number"') <> '' THEN s.csl ->> '$."collection-number"'
                    WHEN json_type(s.csl, '$."collection-number"') IN ('integer', 'real') THEN CAST(s.csl ->> '$."collection-number"' AS TEXT) END, '') AS collection,
            coalesce(CASE WHEN json_type(s.csl, '$."event-title"') = 'text' AND trim(s.csl ->> '$."event-title"') <> '' THEN s.csl ->> '$."event-title"'
                    WHEN json_type(s.csl, '$."event-title"') IN ('integer', 'real') THEN CAST(s.csl ->> '$."event-title"' AS TEXT) END,
                CASE WHEN json_type(s.csl, '$.event') = 'text' AND trim(s.csl ->> '$.event') <> '' THEN s.csl ->> '$.event'
                    WHEN json_type(s.csl, '$.event') IN ('integer', 'real') THEN CAST(s.csl ->> '$.event' AS TEXT) END) AS event,
            CASE WHEN json_type(s.csl, '$.number') = 'text' AND trim(s.csl ->> '$.number') <> '' THEN s.csl ->> '$.number'
                WHEN json_type(s.csl, '$.number') IN ('integer', 'real') THEN CAST(s.csl ->> '$.number' AS TEXT) END AS number,
            CASE WHEN json_type(s.csl, '$."publisher-place"') = 'text' AND trim(s.csl ->> '$."publisher-place"') <> '' THEN s.csl ->> '$."publisher-place"'
                WHEN json_type(s.csl, '$."publisher-place"') IN ('integer', 'real') THEN CAST(s.csl ->> '$."publisher-place"' AS TEXT) END AS place,
            CASE WHEN json_type(s.csl, '$.edition') = 'text' AND trim(s.csl ->> '$.edition') <> '' THEN s.csl ->> '$.edition'
                WHEN json_type(s.csl, '$.edition') IN ('integer', 'real') THEN CAST(s.csl ->> '$.edition' AS TEXT) END AS edition,
            CASE WHEN json_type(s.csl, '$.ISBN') = 'text' AND trim(s.csl ->> '$.ISBN') <> '' THEN s.csl ->> '$.ISBN'
                WHEN json_type(s.csl, '$.ISBN') IN ('integer', 'real') THEN CAST(s.csl ->> '$.ISBN' AS TEXT) END AS isbn,
            CASE WHEN instr(s.notes, 'Republished by ') = 1 OR substr(s.notes, instr(s.notes, 'Republished by ') - 1, 1) = ' ' THEN
                CASE WHEN instr(substr(s.notes, instr(s.notes, 'Republished by ') + 15), ' as ') > 1
                        AND instr(substr(substr(s.notes, instr(s.notes, 'Republished by ') + 15), 1, instr(substr(s.notes, instr(s.notes, 'Republished by ') + 15), ' as ') - 1), '.') = 0
                    THEN substr(substr(s.notes, instr(s.notes, 'Republished by ') + 15), 1, instr(substr(s.notes, instr(s.notes, 'Republished by ') + 15), ' as ') - 1) END
                END AS republisher
        FROM src s
    ),
    lists AS MATERIALIZED (
        SELECT j.*,
            CASE WHEN instr(lead_names, char(31)) = 0 THEN lead_names
                ELSE replace(substr(lead_names, 1, length(rtrim(lead_names, replace(lead_names, char(31), ''))) - 1), char(31), ', ')
                    || ' and ' || substr(lead_names, length(rtrim(lead_names, replace(lead_names, char(31), ''))) + 1) END AS lead_text,
            CASE WHEN instr(speaker_names, char(31)) = 0 THEN speaker_names
                ELSE replace(substr(speaker_names, 1, length(rtrim(speaker_names, replace(speaker_names, char(31), ''))) - 1), char(31), ', ')
                    || ' and ' || substr(speaker_names, length(rtrim(speaker_names, replace(speaker_names, char(31), ''))) + 1) END AS speaker_text,
            CASE WHEN instr(editor_names, char(31)) = 0 THEN editor_names
                ELSE replace(substr(editor_names, 1, length(rtrim(editor_names, replace(editor_names, char(31), ''))) - 1), char(31), ', ')
                    || ' and ' || substr(editor_names, length(rtrim(editor_names, replace(editor_names, char(31), ''))) + 1) END AS editor_text,
            CASE WHEN instr(contributor_names, char(31)) = 0 THEN contributor_names
                ELSE replace(substr(contributor_names, 1, length(rtrim(contributor_names, replace(contributor_names, char(31), ''))) - 1), char(31), ', ')
                    || ' and ' || substr(contributor_names, length(rtrim(contributor_names, replace(contributor_names, char(31), ''))) + 1) END AS contributor_text,
            CASE WHEN circa THEN 'c. ' ELSE '' END || coalesce(substr(published, 1, 4), 'n.d.')
                || CASE WHEN published IS NOT NULL AND issued_end IS NOT NULL AND substr(issued_end, 1, 4) <> substr(published, 1, 4)
                    THEN '-' || substr(issued_end, 1, 4) ELSE '' END AS years,
            CASE WHEN edition GLOB '[0-9]*' AND edition NOT GLOB '*[^0-9]*' AND CAST(edition AS INTEGER) > 0
                THEN CAST(edition AS INTEGER) || CASE WHEN CAST(edition AS INTEGER) % 100 BETWEEN 11 AND 13 THEN 'th'
                    WHEN CAST(edition AS INTEGER) % 10 = 1 THEN 'st' WHEN CAST(edition AS INTEGER) % 10 = 2 THEN 'nd'
                    WHEN CAST(edition AS INTEGER) % 10 = 3 THEN 'rd' ELSE 'th' END || ' ed.'
                WHEN edition IS NULL THEN NULL
                WHEN '.' || lower(edition) || '.' GLOB '*[^a-z]ed[^a-z]*' OR '.' || lower(edition) || '.' GLOB '*[^a-z]edn[^a-z]*'
                    OR '.' || lower(edition) || '.' GLOB '*[^a-z]edition*' OR '.' || lower(edition) || '.' GLOB '*[^a-z]version[^a-z]*'
                    OR '.' || lower(edition) || '.' GLOB '*[^a-z]revised[^a-z]*' THEN edition
                ELSE edition || ' ed.' END AS edition_text
        FROM joined j
    ),
    sentences AS MATERIALIZED (
        SELECT l.*,
            -- CitationText.printedURL: the URL, unless it is the doi.org link of the DOI, which the entry prints once, as its DOI.
            CASE WHEN doi IS NOT NULL AND lower(url) IN ('https://doi.org/' || lower(doi), 'http://doi.org/' || lower(doi),
                    'https://dx.doi.org/' || lower(doi), 'http://dx.doi.org/' || lower(doi), 'https://www.doi.org/' || lower(doi),
                    'http://www.doi.org/' || lower(doi)) THEN NULL ELSE url END AS printed_url,
            -- CitationText.doiAddress: the DOI at doi.org, what a URL reads as syntax percent-encoded (% first).
            'https://doi.org/' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(doi, '%', '%25'), ' ', '%20'), '"', '%22'), '#', '%23'), '<', '%3C'), '>', '%3E'), '?', '%3F'), '[', '%5B'), '\', '%5C'), ']', '%5D'), '^', '%5E'), '`', '%60'), '{', '%7B'), '|', '%7C'), '}', '%7D') AS doi_address,
            'In: ' || coalesce(editor_text || CASE WHEN instr(editor_names, char(31)) = 0 THEN ' (ed.), ' ELSE ' (eds.), ' END, '') || container_title
                || CASE WHEN volume IS NOT NULL THEN ', ' || volume || coalesce('(' || issue || ')', '') WHEN issue IS NOT NULL THEN ', no. ' || issue ELSE '' END
                || coalesce(', ' || pages, '') AS in_text,
            nullif(substr(coalesce(', ' || CASE WHEN instr(title, collection) = 0 THEN collection END, '')
                    || coalesce(', ' || CASE WHEN instr(title, event) = 0 THEN event END, '')
                    || coalesce(', ' || CASE WHEN instr(title, number) = 0 THEN number END, ''), 3), '') AS series_text,
            nullif(substr(coalesce(', ' || CASE WHEN place IS NOT NULL AND publisher IS NOT NULL AND only_lead IS NOT publisher THEN place || ': ' || publisher
                        ELSE coalesce(place, CASE WHEN only_lead IS NOT publisher THEN publisher END) END, '')
                    || coalesce(', ' || CASE WHEN published IS NOT NULL AND (length(published) > 4 OR length(coalesce(issued_end, '')) > 4)
                        THEN CASE WHEN (published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]') AND CAST(substr(published, 6, 2) AS INTEGER) BETWEEN 1 AND 12 THEN CASE WHEN length(published) = 10 THEN CAST(substr(published, 9, 2) AS INTEGER) || ' ' ELSE '' END || CASE CAST(substr(published, 6, 2) AS INTEGER) WHEN 1 THEN 'January' WHEN 2 THEN 'February' WHEN 3 THEN 'March' WHEN 4 THEN 'April' WHEN 5 THEN 'May' WHEN 6 THEN 'June' WHEN 7 THEN 'July' WHEN 8 THEN 'August' WHEN 9 THEN 'September' WHEN 10 THEN 'October' WHEN 11 THEN 'November' WHEN 12 THEN 'December' END || ' ' || CAST(substr(published, 1, 4) AS INTEGER) ELSE published END || coalesce(' to ' || CASE WHEN (issued_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' OR issued_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]') AND CAST(substr(issued_end, 6, 2) AS INTEGER) BETWEEN 1 AND 12 THEN CASE WHEN length(issued_end) = 10 THEN CAST(substr(issued_end, 9, 2) AS INTEGER) || ' ' ELSE '' END || CASE CAST(substr(issued_end, 6, 2) AS INTEGER) WHEN 1 THEN 'January' WHEN 2 THEN 'February' WHEN 3 THEN 'March' WHEN 4 THEN 'April' WHEN 5 THEN 'May' WHEN 6 THEN 'June' WHEN 7 THEN 'July' WHEN 8 THEN 'August' WHEN 9 THEN 'September' WHEN 10 THEN 'October' WHEN 11 THEN 'November' WHEN 12 THEN 'December' END || ' ' || CAST(substr(issued_end, 1, 4) AS INTEGER) ELSE issued_end END, '') END, ''), 3), '') AS publishing_text
        FROM lists l
    ),
    refs AS MATERIALIZED (
        SELECT key AS source,
            lead_text
                || CASE WHEN speaker_text IS NULL AND coalesce(authors, '') <> '' AND edited_only THEN CASE WHEN instr(authors, '; ') = 0 THEN ' (ed.)' ELSE ' (eds.)' END ELSE '' END
                || ' (' || years || letter || '). ' || title
                || coalesce(' (' || edition_text || ')', '')
                || coalesce(' [' || CASE kind WHEN 'blog-post' THEN 'Blog post' WHEN 'statement' THEN 'Statement' WHEN 'dataset' THEN 'Dataset'
                    WHEN 'news' THEN 'News article' WHEN 'webpage' THEN 'Web page' WHEN 'legal-instrument' THEN 'Legal instrument' WHEN 'thesis' THEN 'Thesis' END || ']', '')
                || CASE WHEN edition_text IS NULL AND kind NOT IN ('blog-post', 'statement', 'dataset', 'news', 'webpage', 'legal-instrument', 'thesis')
                    AND title GLOB '*[.?!]' THEN '' ELSE '.' END
                || coalesce(' Delivered by ' || speaker_text || '.', '')
                || coalesce(' ' || in_text || CASE WHEN in_text GLOB '*[.?!]' THEN '' ELSE '.' END, '')
                || coalesce(' ' || series_text || CASE WHEN series_text GLOB '*[.?!]' THEN '' ELSE '.' END, '')
                || coalesce(' With ' || contributor_text || CASE WHEN contributor_text GLOB '*[.?!]' THEN '' ELSE '.' END, '')
                || coalesce(' ' || publishing_text || CASE WHEN publishing_text GLOB '*[.?!]' THEN '' ELSE '.' END, '')
                || coalesce(' Republished by ' || CASE WHEN republisher IS NOT publisher THEN republisher END || '.', '')
                || coalesce(' ISBN ' || isbn || '.', '')
                || coalesce(' ' || printed_url || '.', '')
                || coalesce(' ' || doi_address || '.', '')
                || CASE WHEN printed_url IS NULL THEN '' ELSE coalesce(' Accessed ' || CASE WHEN (accessed GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' OR accessed GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]') AND CAST(substr(accessed, 6, 2) AS INTEGER) BETWEEN 1 AND 12 THEN CASE WHEN length(accessed) = 10 THEN CAST(substr(accessed, 9, 2) AS INTEGER) || ' ' ELSE '' END || CASE CAST(substr(accessed, 6, 2) AS INTEGER) WHEN 1 THEN 'January' WHEN 2 THEN 'February' WHEN 3 THEN 'March' WHEN 4 THEN 'April' WHEN 5 THEN 'May' WHEN 6 THEN 'June' WHEN 7 THEN 'July' WHEN 8 THEN 'August' WHEN 9 THEN 'September' WHEN 10 THEN 'October' WHEN 11 THEN 'November' WHEN 12 THEN 'December' END || ' ' || CAST(substr(accessed, 1, 4) AS INTEGER) ELSE accessed END || '.', '') END AS reference
        FROM sentences
    )
    SELECT source, reference FROM refs
) ref ON ref.source = f.source
LEFT JOIN source_labels sl ON sl.source = f.source
GROUP BY f.key
) g);
