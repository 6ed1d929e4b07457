-- Real-world datasets: bulk exports loaded as vintages (UNODC GLOTIP), CTDC case-level data as
-- versioned datasets with one row per person, aggregates derived from them under disclosure
-- control, and the breakdowns (citizenship, means of control, ...) a figure can be restricted to.
--
-- The cases table holds data about people at risk. It is never exposed through a view; analysts
-- who hold the data query it directly. Direct identifiers are never stored (see tipdb ingest --help).

INSERT INTO measures (code, label, counts, concept, definition, legal_basis, parent, default_unit) VALUES
    ('victims-in-case-data', 'Victims recorded in case-level data', 'detected-count', 'trafficking',
     'People identified as victims of trafficking and recorded in a case-level dataset such as CTDC''s, counted from its records: a count of the dataset, not of all detected victims in a place. It depends on which organisations contribute and what they record.',
     'Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol), 2000', 'detected-trafficking-victims', 'persons');

CREATE TABLE figure_breakdowns ( -- Breakdowns a figure is restricted to beyond sex, age group and form: citizenship, country of repatriation, means of control, or a category that was not recorded.
    figure TEXT NOT NULL REFERENCES figures(key) ON DELETE CASCADE, -- the figure
    dimension TEXT NOT NULL CHECK (dimension <> ''), -- what the figure is broken down by: citizenship, country-of-repatriation, means-of-control, country-of-exploitation, year, gender, age-band or form
    category TEXT NOT NULL CHECK (category <> ''), -- the category: a place code, a code such as debt-bondage or not-recorded, or the text as published (Nationals, an unresolved country name)
    place TEXT REFERENCES places(code), -- the category as a place, when it names one
    PRIMARY KEY (figure, dimension)
) STRICT, WITHOUT ROWID;
CREATE INDEX figure_breakdowns_by_place ON figure_breakdowns(place);

CREATE TABLE series_vintages ( -- Releases of a bulk export loaded over time (UNODC GLOTIP): each newer export is a new vintage.
    id INTEGER PRIMARY KEY, -- vintage number, increasing with the release date
    series TEXT NOT NULL CHECK (series <> ''), -- the series, e.g. unodc-glotip
    source TEXT NOT NULL REFERENCES sources(key), -- the export as a source: publisher, title and export date
    released TEXT NOT NULL, -- export date of the file (YYYY-MM-DD)
    sha256 TEXT NOT NULL, -- SHA-256 of the exported file
    figures INTEGER NOT NULL DEFAULT 0 CHECK (figures >= 0), -- figures the export holds
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- ingest batch that loaded it
    UNIQUE (series, sha256)
) STRICT;

CREATE TABLE series_figures ( -- The vintages each figure of a series appeared in: figures missing from the latest vintage are kept, not deleted.
    figure TEXT PRIMARY KEY NOT NULL REFERENCES figures(key) ON DELETE CASCADE, -- the figure
    series TEXT NOT NULL, -- the series it belongs to
    first_vintage INTEGER NOT NULL REFERENCES series_vintages(id), -- the first vintage that published it
    last_vintage INTEGER NOT NULL REFERENCES series_vintages(id) -- the latest vintage that published it
) STRICT, WITHOUT ROWID;
CREATE INDEX series_figures_by_vintage ON series_figures(series, last_vintage);

CREATE TABLE datasets ( -- Case-level datasets (CTDC): one row per version of a file loaded under a name; older versions stay queryable.
    id INTEGER PRIMARY KEY, -- dataset version id, referred to by cases.dataset_id
    name TEXT NOT NULL CHECK (name <> ''), -- dataset name given with --dataset, e.g. ctdc-global
    version INTEGER NOT NULL CHECK (version >= 1), -- 1 for the first file loaded under the name, then 2, 3, ...
    variant TEXT NOT NULL CHECK (variant IN ('ctdc-global', 'ctdc-synthetic')), -- which file: CTDC's k-anonymised Global Dataset or its Global Synthetic Dataset
    file TEXT NOT NULL, -- file name as given on the command line
    sha256 TEXT NOT NULL, -- SHA-256 of the file's bytes: cite the version by it
    rows INTEGER NOT NULL DEFAULT 0 CHECK (rows >= 0), -- case rows loaded (one per person; identical rows are kept)
    source TEXT NOT NULL REFERENCES sources(key), -- the dataset as a source, for citations
    column_aliases TEXT, -- non-standard column names accepted through the alias table (JSON object: as written to standard name)
    personal_data INTEGER NOT NULL DEFAULT 0 CHECK (personal_data IN (0, 1)), -- 1 when the file held direct identifiers (loaded with --allow-identifiers; those columns were not stored)
    batch_id INTEGER NOT NULL REFERENCES ingest_batches(id), -- ingest batch that loaded it
    loaded_at TEXT NOT NULL, -- when it was loaded (UTC)
    UNIQUE (name, version),
    UNIQUE (name, sha256)
) STRICT;

-- cases is written at bulk speed (250,000 rows in about a second): its checks are OR chains, not
-- IN lists (SQLite builds an IN list's lookup table on every INSERT), flags carry no check
-- (the loader writes only 0, 1 or NULL), and dataset_id has no foreign-key clause (the lookup
-- per row costs a tenth of the load; rows are only ever written for a dataset just recorded).
CREATE TABLE cases ( -- CTDC case-level records: one row per identified person, as published (identical rows are legitimate and kept). Personal data: not exposed by any view or brief. Flags are 1 yes, 0 no, NULL not recorded.
    id INTEGER PRIMARY KEY, -- row number
    dataset_id INTEGER NOT NULL, -- the dataset version the row belongs to: datasets.id (filter on it: WHERE dataset_id = ...)
    line INTEGER NOT NULL, -- line of the file the row was read from
    year INTEGER, -- yearOfRegistration: year the case was registered (NULL: not recorded)
    data_source TEXT, -- Datasource, as a code: case-management or hotline (Global Dataset only)
    gender TEXT CHECK (gender = 'female' OR gender = 'male' OR gender = 'trans-nonconforming'), -- gender: female, male or trans-nonconforming (NULL: not recorded)
    age_band TEXT, -- ageBroad as a band such as 9-17 or 48+ (NULL: not recorded)
    majority_status TEXT CHECK (majority_status = 'adult' OR majority_status = 'minor'), -- majorityStatus: adult or minor when registered
    majority_status_at_exploit TEXT CHECK (majority_status_at_exploit = 'adult' OR majority_status_at_exploit = 'minor'), -- majorityStatusAtExploit: adult or minor when exploited
    majority_entry TEXT CHECK (majority_entry = 'adult' OR majority_entry = 'minor'), -- majorityEntry: adult or minor when entering the situation
    citizenship TEXT, -- citizenship as a places code (ISO alpha-3; the Global Dataset's alpha-2 codes are converted)
    country_of_exploitation TEXT, -- CountryOfExploitation as a places code (ISO alpha-3)
    traffick_months TEXT, -- traffickMonths as a band of months: 0-12, 13-24 or 25+ (Synthetic Dataset only)
    means_debt_bondage INTEGER, -- meansOfControlDebtBondage: 1 yes, 0 no, NULL not recorded
    means_takes_earnings INTEGER, -- meansOfControlTakesEarnings
    means_restricts_financial_access INTEGER, -- meansOfControlRestrictsFinancialAccess
    means_threats INTEGER, -- meansOfControlThreats
    means_psychological_abuse INTEGER, -- meansOfControlPsychologicalAbuse
    means_physical_abuse INTEGER, -- meansOfControlPhysicalAbuse
    means_sexual_abuse INTEGER, -- meansOfControlSexualAbuse
    means_false_promises INTEGER, -- meansOfControlFalsePromises, or meansFalsePromises in the Synthetic Dataset
    means_psychoactive_substances INTEGER, -- meansOfControlPsychoactiveSubstances, or meansDrugsAlcohol in the Synthetic Dataset
    means_restricts_movement INTEGER, -- meansOfControlRestrictsMovement
    means_restricts_medical_care INTEGER, -- meansOfControlRestrictsMedicalCare
    means_excessive_working_hours INTEGER, -- meansOfControlExcessiveWorkingHours, or meansExcessiveWorkHours in the Synthetic Dataset
    means_uses_children INTEGER, -- meansOfControlUsesChildren
    means_threat_of_law_enforcement INTEGER, -- meansOfControlThreatOfLawEnforcement
    means_withholds_necessities INTEGER, -- meansOfControlWithholdsNecessities
    means_withholds_documents INTEGER, -- meansOfControlWithholdsDocuments, or meansWithholdDocs in the Synthetic Dataset
    means_other INTEGER, -- meansOfControlOther
    means_not_specified INTEGER, -- meansOfControlNotSpecified: 1 when the means were recorded as not specified
    means_concatenated TEXT, -- meansOfControlConcatenated, as published
    means_debt_or_earnings INTEGER, -- meansDebtBondageEarnings (Synthetic Dataset): debt bondage or takes earnings
    means_threats_any INTEGER, -- meansThreats (Synthetic Dataset): threats, uses children or threat of law enforcement
    means_abuse_any INTEGER, -- meansAbusePsyPhySex (Synthetic Dataset): psychological, physical or sexual abuse
    means_deny_basic_needs INTEGER, -- meansDenyBasicNeeds (Synthetic Dataset): restricts financial access, movement or medical care, or withholds necessities
    is_forced_labour INTEGER, -- isForcedLabour
    is_sexual_exploit INTEGER, -- isSexualExploit
    is_other_exploit INTEGER, -- isOtherExploit
    is_sex_and_labour INTEGER, -- isSexAndLabour
    is_forced_marriage INTEGER, -- isForcedMarriage
    is_forced_military INTEGER, -- isForcedMilitary
    is_organ_removal INTEGER, -- isOrganRemoval
    is_slavery_and_practices INTEGER, -- isSlaveryAndPractices
    type_of_exploit_concatenated TEXT, -- typeOfExploitConcatenated, as published
    labour_agriculture INTEGER, -- typeOfLabourAgriculture (sectorOfLabourAgriculture in later Synthetic releases)
    labour_aquafarming INTEGER, -- typeOfLabourAquafarming
    labour_begging INTEGER, -- typeOfLabourBegging
    labour_construction INTEGER, -- typeOfLabourConstruction
    labour_domestic_work INTEGER, -- typeOfLabourDomesticWork
    labour_hospitality INTEGER, -- typeOfLabourHospitality
    labour_illicit_activities INTEGER, -- typeOfLabourIllicitActivities
    labour_manufacturing INTEGER, -- typeOfLabourManufacturing
    labour_mining_or_drilling INTEGER, -- typeOfLabourMiningOrDrilling
    labour_peddling INTEGER, -- typeOfLabourPeddling
    labour_transportation INTEGER, -- typeOfLabourTransportation
    labour_other INTEGER, -- typeOfLabourOther
    labour_not_specified INTEGER, -- typeOfLabourNotSpecified
    labour_concatenated TEXT, -- typeOfLabourConcatenated, as published
    sex_prostitution INTEGER, -- typeOfSexProstitution (sectorOfSexProstitution in later Synthetic releases)
    sex_pornography INTEGER, -- typeOfSexPornography
    sex_remote_interactive_services INTEGER, -- typeOfSexRemoteInteractiveServices
    sex_private_sexual_services INTEGER, -- typeOfSexPrivateSexualServices
    sex_concatenated TEXT, -- typeOfSexConcatenated, as published
    is_abduction INTEGER, -- isAbduction
    recruiter_relationship TEXT, -- RecruiterRelationship, as published
    recruiter_intimate_partner INTEGER, -- recruiterRelationIntimatePartner
    recruiter_friend INTEGER, -- recruiterRelationFriend
    recruiter_family INTEGER, -- recruiterRelationFamily
    recruiter_other INTEGER, -- recruiterRelationOther
    recruiter_unknown INTEGER -- recruiterRelationUnknown
) STRICT;

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

CREATE VIEW figure_vintages AS -- Each figure of a bulk export with the vintages that published it, and whether the latest vintage still does.
SELECT
    sf.figure AS figure, -- the figure's key
    sf.series AS series, -- its series, e.g. unodc-glotip
    fv.released AS first_released, -- export date of the first vintage that published it
    lv.released AS last_released, -- export date of the latest vintage that published it
    lv.source AS vintage_source, -- that vintage as a source (cite this)
    lv.sha256 AS vintage_sha256, -- SHA-256 of that vintage's file
    CASE WHEN sf.last_vintage = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series) THEN 1 ELSE 0 END AS in_latest_vintage -- 1 when the latest vintage of the series still publishes it
FROM series_figures sf
JOIN series_vintages fv ON fv.id = sf.first_vintage
JOIN series_vintages lv ON lv.id = sf.last_vintage;

DROP VIEW latest_estimates;
CREATE VIEW latest_estimates AS -- The most recent primary estimate for each measure and place (whole population, the measure's own unit, no breakdown, still in the latest vintage of its series).
SELECT
    measure, -- measure code
    place, -- place code
    figure, -- key of the most recent primary figure
    value, -- its value
    censored, -- 1 when censored
    low, -- lower bound
    high, -- upper bound
    unit, -- unit
    period_start, -- reference period start
    period_end, -- reference period end
    source, -- its source
    method -- how it was obtained
FROM (
    SELECT f.measure, f.place, f.key AS figure, f.value, f.censored, f.low, f.high, f.unit, f.period_start,
        f.period_end, f.source, f.method,
        row_number() OVER (
            PARTITION BY f.measure, f.place
            ORDER BY f.period_end DESC, f.period_start DESC, coalesce(s.published, '') DESC, f.key
        ) AS rank
    FROM figures f
    JOIN measures m ON m.code = f.measure
    JOIN sources s ON s.key = f.source
    WHERE f.cites IS NULL AND f.method <> 'reported' AND f.unit = m.default_unit
      AND f.sex = 'total' AND f.age_group = 'total' AND f.form IS NULL
      AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
      AND NOT EXISTS (
          SELECT 1 FROM series_figures sf
          WHERE sf.figure = f.key AND sf.last_vintage < (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series))
)
WHERE rank = 1;
