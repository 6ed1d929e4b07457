import Storage

/// The text of `tipdb ingest --help` and of its two pages, `--help-details` and `--help-datasets`.
///
/// Why three: the help was 250 lines, mostly bulk-dataset detail and edge cases, and a first-time
/// analyst looking for what a figures row looks like found the contract at line 30 and no example
/// anywhere (review W18). `--help` now starts with an example that loads as it is, then the columns
/// and how a load goes; everything else it said is on the two pages, nothing dropped.
enum IngestHelp {
    /// The example of `--help`: Fixtures/figures.csv's ILO 2005 estimate with the required columns,
    /// its unit and the low bound that makes it a minimum, and the source it cites, each line short
    /// enough not to be wrapped (a test loads them).
    ///
    /// Why its own source key, and the minimum: copied into the demo database, the Fixtures' own
    /// key overwrote that source's publisher with a short one, and the figure without `low`
    /// taught the bare "12.3 million" that check warns of when a minimum loses its bound.
    static let example = """
        A figures file (figures.csv; ILO 2005's minimum estimate, so low = value):
          measure,value,low,unit,place,period,source
          forced-labour,12.3 million,12.3 million,persons,WLD,1995-2004,ilo-2005
        and the source it cites (sources.csv; not needed once it is loaded):
          key,title,publisher
          ilo-2005,A global alliance against forced labour,International Labour Office
        load both with tipdb ingest sources.csv figures.csv.
        """

    /// The columns of each kind of file, for `--help` and `--help-details`.
    static let columns = """
        FILE CONTRACT (header names are case-insensitive; unknown columns are an error unless they \
        start with x_, kept as JSON in extra, which figures may give too):
          figures: key, measure, value, censored, low, high, ci_level, unit, place, period (or period_start and \
        period_end), period_basis, sex, age_group, form, breakdown (sector: fishing), source, study, locator, quote, cites, method, notes, tags; \
        value_last_digit, low_last_digit, high_last_digit, price_year.
            Required: measure, value (or low and high), place, period, source.
        """

    static let otherColumns = """
          sources: key, kind, title, authors, publisher, container (journal, book, website or series it appeared in), \
        date, url, doi, accessed, license, notes.
            Required: key, title, and publisher or authors.
          studies: key, title, source, method, period, places, population, sample_size, summary.
        """

    /// A measures file and `price_year`, on `--help-details` (README: Measures of your own).
    static let measureColumns = """
          measures (a measure of your own, loaded before the figures that state it): code, label, counts \
        (prevalence-estimate, detected-count, criminal-justice-count, money, rate or index), concept (trafficking, \
        forced-labour, forced-marriage, modern-slavery, child-labour or other), definition, legal_basis, parent, \
        default_unit. Required: code, label, counts, concept, definition. A row repeating one of tipdb's own \
        measures loads unchanged; one redefining it is refused, and so is another definition of yours while figures \
        state it (--correction loads it; measure_revisions keeps the text replaced). price_year (figures): for money, the year whose \
        prices the amounts are in (2021 for 2021 US dollars); briefs print it, or "price basis not recorded".
        """

    /// In full on `--help-details`; `--help` says it in two lines.
    static let exitCodes = """
        Exit codes: 0 all loaded (rows skipped because their key was retracted included); 1 input rejected (abort) or rows skipped (skip); 2 database unusable (a search index, one of its \
        triggers or source_labels dropped by another program included, named as tipdb migrate names it: nothing is loaded); 64 usage \
        error (an unknown option or value; an option that none of the files reads, such as --dataset with a \
        figures file; a --dataset, --measure or --source that names nothing); 130, 143 or 129 interrupted by \
        Ctrl-C, SIGTERM or SIGHUP before the commit began: nothing written, and tipdb dies of the signal, \
        which the shell reports as 128 plus its number and which stops a shell loop (one that comes later \
        is too late to stop the commit: a note says so, and the exit code is the report's). With --json, a failure that leaves no report, a usage error \
        included, is printed on standard output as {"error": ..., "exitCode": ...}.
        """

    /// `tipdb ingest --help`'s discussion.
    static let discussion = example + "\n\n" + columns + """
         Without a key, one is derived from source:measure:place:period (plus subgroup, unit).

        """ + otherColumns + """
         measures (yours, its denominator in definition): code, label, counts, \
        concept, definition, legal_basis, parent, default_unit.
        JSON/NDJSON objects use these names; CSL-JSON is a reference manager's export; \
        kind, format are inferred. More: tipdb ingest --help-details, --help-datasets.

        One command is one transaction: by default (--on-error abort) an invalid row \
        rejects the whole command and nothing is written; every problem is listed as FILE:LINE:COLUMN: \
        message. Loading a file again changes nothing; a changed row updates its figure and keeps the \
        previous values in figure_revisions. Save spreadsheets as CSV UTF-8 (README: Preparing a file in a spreadsheet).

        Exit codes: 0 loaded (retracted keys skipped too); 1 rejected, or rows skipped; 2 database unusable or its search schema damaged; 64 usage error; \
        130, 143, 129 interrupted: nothing written (it dies of the signal: a shell loop stops too).
        """
}
