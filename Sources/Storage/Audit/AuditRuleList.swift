/// Every rule `tipdb check` runs, by the name its findings carry, with its severity and what it
/// finds in one line: what `tipdb check --list-rules` prints.
///
/// Why a list of its own: `tipdb check --help` must stay under 80 lines, and its prose had room
/// for some rule names only; `lineage-unsourced`, `bounds`, `search-index` and a dozen more were
/// named nowhere a user could find them but README (newcomer review, session 50). The rules
/// themselves stay where they run (`Audit.rules`, the held checks, `DerivedCountAudit`); a test
/// reads their names from the sources, so a rule added there and not here fails it.
public enum AuditRuleList {
    /// One rule: its name, severity, and what it finds.
    public struct Entry: Sendable, Equatable {
        public let check: String
        public let severity: Finding.Severity
        public let finds: String
    }

    /// Errors first, then warnings, each by name: the order check reports them in.
    public static let all: [Entry] = (errors.map { Entry(check: $0.0, severity: .error, finds: $0.1) }
        + warnings.map { Entry(check: $0.0, severity: .warning, finds: $0.1) })
        .sorted { ($0.severity, $0.check) < ($1.severity, $1.check) }

    private static let errors: [(String, String)] = [
        ("ambiguous-form-spelling", "spellings of the forms tables that name more than one form"),
        ("bounds", "figures whose bounds do not contain their value"),
        ("broken-view", "views that cannot be read (a table they read was dropped)"),
        ("case-without-dataset", "case rows whose dataset_id names no datasets row"),
        ("derived-count-below-min-cell", "counts derived from case data stored as an exact number below the minimum cell size"),
        ("derived-count-narrows", "derived counts that let a reader work out a suppressed count"),
        ("form-contradicts-measure", "figures whose form is not part of their measure's concept (forced marriage as forced labour)"),
        ("foreign-keys", "rows that refer to rows that do not exist (PRAGMA foreign_key_check)"),
        ("garbled-text", "text garbled by an Excel round trip (Ã© for é)"),
        ("integrity", "damage to the file (PRAGMA integrity_check)"),
        ("lineage-broken", "repeats whose chain cites a figure not in the database"),
        ("lineage-loop", "repeats whose chain loops back on itself"),
        ("method-contradicts-measure", "counts from records (method detected) under a measure of estimated prevalence"),
        ("period-form", "periods that are not YYYY, YYYY-MM or a real YYYY-MM-DD from 1800 to 2200"),
        ("repeat-before-original", "repeats whose source was published before the figure they cite was"),
        ("schema", "tipdb's own tables, indexes, views or triggers missing or changed (tipdb migrate --repair)"),
        ("search-index", "a full-text search index that does not match its rows"),
        ("text-not-utf8", "text that is not valid UTF-8, written by another program"),
        ("unit-contradicts-measure", "figures whose unit contradicts their measure"),
        ("value-outside-unit", "numbers their unit cannot hold (a negative count, a share over 100 percent)"),
        ("year-typed-as-date", "years typed into date cells (1905-07-11 for 2019)"),
    ]

    private static let warnings: [(String, String)] = [
        ("accessed-before-publication", "sources whose accessed date is before their publication date"),
        ("age-group-not-accepted", "age groups outside the accepted set"),
        ("copy-differs", "a second-hand copy that gives another number than its producer's figure"),
        ("countries-above-region", "countries' counts summed above their region's, from one source"),
        ("derived-version-without-cases", "a dataset version with derived tables whose case rows were deleted"),
        ("estimate-under-count-measure", "figures estimated under a measure that counts detected or criminal-justice cases"),
        ("figure-outside-study", "figures whose study covers neither their place nor their period"),
        ("fraction-as-percent", "shares in percent of one source, measure, place and period all at most 1 (0.32 typed for 32%)"),
        ("fractional-count", "counts of persons or cases that are not whole numbers"),
        ("garbled-word", "a garbled word beside clean text, or in an x_ column"),
        ("json-not-valid", "JSON columns (sources.csl, x_ columns, revisions) holding text that is not JSON"),
        ("lineage-too-long", "chains of more than 100 repeats"),
        ("lineage-unsourced", "repeats whose chain ends at a figure that is only reported"),
        ("measure-above-whole", "a measure above the broader measure it is part of"),
        ("no-quote-or-locator", "figures without a quote or a locator (page, table)"),
        ("parts-above-total", "subgroups that cannot overlap adding up to more than their total"),
        ("parts-above-whole", "measures that are parts of one whole adding up to more than it"),
        ("period-after-publication", "figures whose reference period starts after their source was published"),
        ("period-ends-after-publication", "figures whose reference period ends after their source was published"),
        ("period-not-publication-year", "figures with period_basis publication whose period is not their source's year"),
        ("place-above-region", "a country's or region's count above that of a region containing it, from one source"),
        ("quote-contradicts-value", "figures whose quote states numbers of their kind, none of them the figure's"),
        ("regions-above-region", "regions of one system summed above the world's or a containing region's (counts; money of one currency and price year), from one source"),
        ("repeat-changed", "repeats that change what they repeat beyond rounding"),
        ("revised-by-later-edition", "counts a later edition of their producer's series gives with another number"),
        ("same-doi", "sources sharing a DOI"),
        ("same-figure-twice", "one source's figure under two keys"),
        ("same-source-twice", "sources sharing a title, year and authors with no DOI to tell them apart"),
        ("schema-triggers", "triggers tipdb did not make (they run on every ingest)"),
        ("search-index-unchecked", "search indexes left unchecked (a read-only file, or the write lock held)"),
        ("series-jump", "a primary figure 10 or more times the one before it in its series, or a tenth of it"),
        ("share-without-part", "shares in percent with sex, age group and form all total and no notes"),
        ("shares-above-whole", "sex or age shares adding up to over 100%"),
        ("source-label-stale", "sources whose label in source_labels is stale (tipdb migrate --repair)"),
        ("source-without-date", "sources without a date of publication"),
        ("source-without-label", "sources without a label in source_labels (tipdb migrate --repair)"),
        ("source-without-url", "sources without a URL or an accessed date"),
        ("study-of-another-source", "figures of a study that belongs to another source"),
        ("study-period-after-publication", "studies whose period starts after their source was published"),
        ("sub-periods-off-total", "counts of quarters or months adding up to more than their year's (or, covering it, to another number)"),
        ("subgroup-above-total", "a subgroup larger than a total it is part of (girls above all children)"),
        ("unknown-form", "forms of exploitation outside the forms table"),
        ("whole-as-subgroup", "child labour for all children filed under age group children or 5-17, not total"),
        ("part-as-country", "a country's figure whose notes say it covers one part (England only), with no breakdown"),
    ]
}
