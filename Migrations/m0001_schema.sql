-- tipdb schema v1: sources, studies, figures with lineage, reference vocabularies and ingest provenance.
--
-- Conventions (a public interface: analysts query these tables directly):
-- * Every table is STRICT. Every column carries a one-line comment after its definition;
--   `tipdb schema` and SCHEMA.md are generated from these comments.
-- * Cross-references use the human-readable keys (sources.key, figures.key, measures.code,
--   places.code), so `WHERE source = 'ilo-2005-global-alliance'` works without joins.
-- * Timestamps are UTC ISO 8601 text; reference periods are ISO dates at year, month or day precision.

CREATE TABLE units ( -- Units a figure can be expressed in, and what kind of quantity each one is.
    code TEXT PRIMARY KEY NOT NULL, -- unit code used in figures.unit, e.g. persons, USD, percent
    label TEXT NOT NULL, -- human-readable name of the unit
    dimension TEXT NOT NULL CHECK (dimension IN ('count', 'money', 'share', 'change', 'rate', 'index')) -- kind of quantity: count, money, share (of a whole), change (between two periods), rate or index
) STRICT;

CREATE TABLE measures ( -- Reference vocabulary of measures: what a figure counts, under which concept and definition.
    code TEXT PRIMARY KEY NOT NULL, -- stable measure code, e.g. forced-labour
    label TEXT NOT NULL, -- human-readable name of the measure
    counts TEXT NOT NULL CHECK (counts IN ('prevalence-estimate', 'detected-count', 'criminal-justice-count', 'money', 'rate', 'index')), -- what is counted: prevalence estimate, detected count, criminal-justice count, money, rate or index
    concept TEXT NOT NULL CHECK (concept IN ('trafficking', 'forced-labour', 'forced-marriage', 'modern-slavery', 'child-labour', 'other')), -- legal or research concept the measure belongs to
    definition TEXT NOT NULL, -- what exactly is measured, in a sentence a reader understands
    legal_basis TEXT, -- instrument that defines the concept, e.g. ILO Forced Labour Convention No. 29 (1930)
    parent TEXT REFERENCES measures(code), -- broader measure this one is part of (NULL for a top-level measure)
    default_unit TEXT NOT NULL REFERENCES units(code) -- unit assumed when a figure gives none
) STRICT;

CREATE TABLE places ( -- Countries (ISO 3166-1), the world, UN M49 regions and ILO regions.
    code TEXT PRIMARY KEY NOT NULL, -- canonical place code: ISO alpha-3 for countries, WLD for the world, M49-nnn for UN regions, ILO-xxx for ILO regions
    kind TEXT NOT NULL CHECK (kind IN ('world', 'country', 'm49-region', 'm49-subregion', 'm49-intermediate-region', 'ilo-region')), -- what sort of place this is
    name TEXT NOT NULL, -- English name
    alpha2 TEXT UNIQUE, -- ISO 3166-1 alpha-2 code (countries only)
    alpha3 TEXT UNIQUE, -- ISO 3166-1 alpha-3 code (countries and WLD)
    m49 TEXT UNIQUE -- UN M49 numeric code as three digits (countries, regions, 001 for the world)
) STRICT;

CREATE TABLE place_members ( -- Which countries belong to each region, flattened: a region lists every country it contains.
    region TEXT NOT NULL REFERENCES places(code), -- the region (or WLD)
    country TEXT NOT NULL REFERENCES places(code), -- a country inside it
    PRIMARY KEY (region, country)
) STRICT, WITHOUT ROWID;
CREATE INDEX place_members_by_country ON place_members(country);

CREATE TABLE place_aliases ( -- Other names a place is known by, so ingest can resolve them (case-insensitive).
    alias TEXT PRIMARY KEY NOT NULL COLLATE NOCASE, -- alternative name, e.g. Viet Nam, DR Congo
    place TEXT NOT NULL REFERENCES places(code) -- the place it names
) STRICT, WITHOUT ROWID;

CREATE TABLE ingest_batches ( -- One row per run of `tipdb ingest` per file: where every row in the database came from.
    id INTEGER PRIMARY KEY, -- batch number, shown in the ingest summary
    file TEXT NOT NULL, -- file name as given on the command line
    sha256 TEXT NOT NULL, -- SHA-256 of the file's bytes, hex
    size INTEGER NOT NULL CHECK (size >= 0), -- file size in bytes
    format TEXT NOT NULL, -- file format: csv, tsv, json, ndjson, csl-json, ...
    kind TEXT NOT NULL, -- what the file held: sources, studies or figures
    started_at TEXT NOT NULL, -- when the ingest started (UTC)
    finished_at TEXT, -- when the ingest finished (UTC)
    rows_read INTEGER NOT NULL DEFAULT 0, -- data rows read from the file
    rows_inserted INTEGER NOT NULL DEFAULT 0, -- rows that created a new record
    rows_updated INTEGER NOT NULL DEFAULT 0, -- rows that changed an existing record (previous values kept in figure_revisions)
    rows_unchanged INTEGER NOT NULL DEFAULT 0, -- rows identical to the stored record
    rows_rejected INTEGER NOT NULL DEFAULT 0, -- rows refused (listed in ingest_rejects when --on-error skip)
    tipdb_version TEXT NOT NULL, -- version of tipdb that ran the ingest
    options TEXT NOT NULL DEFAULT '{}', -- command-line options, as a JSON object
    note TEXT -- free-text note given with --note
) STRICT;

CREATE TABLE ingest_rejects ( -- Rows refused by an ingest run with --on-error skip: nothing is lost silently.
    id INTEGER PRIMARY KEY, -- row id
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- the ingest batch that refused the row
    line INTEGER NOT NULL, -- line of the file where the row starts (1-based)
    "column" INTEGER NOT NULL, -- column (1-based field number for CSV, character for JSON) of the first problem
    raw TEXT NOT NULL, -- the row's original text
    reason TEXT NOT NULL -- what was wrong and what was expected
) STRICT;
CREATE INDEX ingest_rejects_by_batch ON ingest_rejects(batch_id);

CREATE TABLE sources ( -- Publications and datasets that figures come from.
    id INTEGER PRIMARY KEY, -- internal row number, stable across VACUUM (the search index refers to it)
    key TEXT NOT NULL UNIQUE CHECK (key <> ''), -- stable citation key, e.g. ilo-2005-global-alliance
    kind TEXT NOT NULL DEFAULT 'report' CHECK (kind IN ('report', 'journal-article', 'book', 'book-chapter', 'blog-post', 'news', 'dataset', 'webpage', 'statement', 'legal-instrument', 'thesis', 'other')), -- type of publication
    title TEXT NOT NULL CHECK (title <> ''), -- title of the publication
    authors TEXT, -- authors as "Family, Given" separated by "; " (organisations by name)
    publisher TEXT, -- publishing organisation
    published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]' OR published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' OR published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'), -- publication date: YYYY, YYYY-MM or YYYY-MM-DD
    url TEXT, -- where the publication can be read
    doi TEXT, -- Digital Object Identifier, without the https://doi.org/ prefix
    accessed TEXT CHECK (accessed IS NULL OR accessed GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'), -- date the URL was last read: YYYY-MM-DD
    license TEXT, -- licence of the publication or dataset, e.g. CC BY 4.0
    notes TEXT, -- free-text notes
    csl TEXT, -- CSL-JSON fields tipdb does not model, kept verbatim so they can be exported again (JSON object)
    extra TEXT, -- x_ columns from the ingested file (JSON object)
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- ingest batch that last wrote this row
    created_at TEXT NOT NULL, -- when the row was first written (UTC)
    updated_at TEXT NOT NULL, -- when the row was last changed (UTC)
    CHECK (authors IS NOT NULL OR publisher IS NOT NULL)
) STRICT;

CREATE TABLE studies ( -- Empirical studies: how evidence was gathered, for whom, where and when.
    id INTEGER PRIMARY KEY, -- internal row number, stable across VACUUM (the search index refers to it)
    key TEXT NOT NULL UNIQUE CHECK (key <> ''), -- stable study key
    title TEXT NOT NULL CHECK (title <> ''), -- title of the study
    source TEXT REFERENCES sources(key), -- publication that reports the study
    method TEXT CHECK (method IS NULL OR method IN ('survey', 'multiple-systems-estimation', 'administrative-records', 'case-records', 'hotline-records', 'model-extrapolation', 'qualitative', 'mixed')), -- how the evidence was gathered
    period_start TEXT, -- start of the reference period (YYYY, YYYY-MM or YYYY-MM-DD)
    period_end TEXT, -- end of the reference period
    population TEXT, -- who was studied
    sample_size INTEGER CHECK (sample_size IS NULL OR sample_size >= 0), -- number of people, cases or records in the sample
    summary TEXT, -- key findings in a few sentences
    extra TEXT, -- x_ columns from the ingested file (JSON object)
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- ingest batch that last wrote this row
    created_at TEXT NOT NULL, -- when the row was first written (UTC)
    updated_at TEXT NOT NULL, -- when the row was last changed (UTC)
    CHECK (period_start IS NULL OR period_end IS NULL OR period_start <= period_end)
) STRICT;
CREATE INDEX studies_by_source ON studies(source);

CREATE TABLE study_places ( -- Places a study covers.
    study TEXT NOT NULL REFERENCES studies(key) ON DELETE CASCADE, -- the study
    place TEXT NOT NULL REFERENCES places(code), -- a place it covers
    PRIMARY KEY (study, place)
) STRICT, WITHOUT ROWID;
CREATE INDEX study_places_by_place ON study_places(place);

CREATE TABLE figures ( -- Every published number, with its source, definition, scope, uncertainty and lineage.
    id INTEGER PRIMARY KEY, -- internal row number, stable across VACUUM (the search index refers to it)
    key TEXT NOT NULL UNIQUE CHECK (key <> ''), -- stable figure key (given in the file or derived from its identifying fields)
    measure TEXT NOT NULL REFERENCES measures(code), -- what the figure measures
    value REAL, -- the number as published (NULL only when censored)
    censored INTEGER NOT NULL DEFAULT 0 CHECK (censored IN (0, 1)), -- 1 when published only as "<k": value is NULL and low..high bounds the true count
    low REAL, -- lower bound of the range or interval
    high REAL, -- upper bound of the range or interval
    ci_level REAL CHECK (ci_level IS NULL OR (ci_level > 0 AND ci_level < 1)), -- confidence level of low..high as a fraction, e.g. 0.95
    unit TEXT NOT NULL REFERENCES units(code), -- unit of value, low and high
    place TEXT NOT NULL REFERENCES places(code), -- place the figure describes
    period_start TEXT NOT NULL, -- start of the reference period (YYYY, YYYY-MM or YYYY-MM-DD), not the publication date
    period_end TEXT NOT NULL, -- end of the reference period (equal to the start for a single year or a point in time)
    sex TEXT NOT NULL DEFAULT 'total' CHECK (sex IN ('total', 'female', 'male', 'other')), -- sex subgroup
    age_group TEXT NOT NULL DEFAULT 'total' CHECK (age_group <> ''), -- age subgroup: total, children, adults, or a band such as 18-20
    form TEXT, -- form of exploitation the figure is restricted to, e.g. sexual-exploitation (NULL: all forms)
    source TEXT NOT NULL REFERENCES sources(key), -- publication the figure was taken from (no figure without a source)
    study TEXT REFERENCES studies(key), -- study that produced the figure, if any
    locator TEXT, -- where in the source: page, table or section
    quote TEXT, -- the sentence of the source that states the figure, verbatim
    cites TEXT REFERENCES figures(key) DEFERRABLE INITIALLY DEFERRED, -- the figure this one repeats (lineage); NULL for a primary figure
    method TEXT NOT NULL DEFAULT 'estimated' CHECK (method IN ('estimated', 'detected', 'reported', 'derived')), -- how the number was obtained
    notes TEXT, -- caveats and remarks
    extra TEXT, -- x_ columns from the ingested file (JSON object)
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- ingest batch that last wrote this row
    created_at TEXT NOT NULL, -- when the row was first written (UTC)
    updated_at TEXT NOT NULL, -- when the row was last changed (UTC)
    CHECK ((censored = 0 AND value IS NOT NULL) OR (censored = 1 AND value IS NULL AND high IS NOT NULL)),
    CHECK (low IS NULL OR high IS NULL OR low <= high),
    CHECK (value IS NULL OR low IS NULL OR low <= value),
    CHECK (value IS NULL OR high IS NULL OR value <= high),
    CHECK (period_start <= period_end),
    CHECK (cites IS NULL OR cites <> key)
) STRICT;
CREATE INDEX figures_by_measure_place ON figures(measure, place, period_end);
CREATE INDEX figures_by_place ON figures(place);
CREATE INDEX figures_by_source ON figures(source);
CREATE INDEX figures_by_study ON figures(study);
CREATE INDEX figures_by_cites ON figures(cites);
CREATE INDEX figures_by_batch ON figures(batch_id);

CREATE TABLE figure_revisions ( -- Previous values of figures changed by a later ingest: nothing is overwritten without a trace.
    id INTEGER PRIMARY KEY, -- revision number
    figure TEXT NOT NULL REFERENCES figures(key) ON DELETE CASCADE, -- the figure that changed
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- ingest batch that made the change
    revised_at TEXT NOT NULL, -- when the change was made (UTC)
    previous TEXT NOT NULL -- the figure's values before the change (JSON object of column: value)
) STRICT;
CREATE INDEX figure_revisions_by_figure ON figure_revisions(figure);

CREATE TABLE tags ( -- Free-form labels for figures and studies.
    name TEXT PRIMARY KEY NOT NULL CHECK (name <> ''), -- the tag, e.g. sdg-16.2.2
    description TEXT -- what the tag means
) STRICT, WITHOUT ROWID;

CREATE TABLE figure_tags ( -- Tags attached to figures.
    figure TEXT NOT NULL REFERENCES figures(key) ON DELETE CASCADE, -- the figure
    tag TEXT NOT NULL REFERENCES tags(name), -- the tag
    PRIMARY KEY (figure, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX figure_tags_by_tag ON figure_tags(tag);

CREATE TABLE study_tags ( -- Tags attached to studies.
    study TEXT NOT NULL REFERENCES studies(key) ON DELETE CASCADE, -- the study
    tag TEXT NOT NULL REFERENCES tags(name), -- the tag
    PRIMARY KEY (study, tag)
) STRICT, WITHOUT ROWID;
