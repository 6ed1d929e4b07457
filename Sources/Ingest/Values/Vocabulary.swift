import Storage

/// The reference vocabularies, loaded once per ingest so that every row resolves places,
/// measures, units and forms of exploitation through in-memory maps instead of queries.
public struct Vocabulary: Sendable {
    public struct Failure: Error, Equatable, Sendable {
        public let message: String
    }

    /// Places by every way they are written: the rule report filters use too.
    private let gazetteer: Gazetteer
    /// Suggestions already worked out, by text (`placeSuggestions(for:)`).
    private let suggestionMemo = PlaceSuggestionMemo()
    /// Lower-cased code or label → measure.
    private var measureLookup: [String: Measure] = [:]
    /// Every measure, for suggestions.
    private var measures: [Measure] = []
    /// Unit code → dimension.
    private var unitDimensions: [String: String] = [:]
    private var unitLookup: [String: String] = [:]
    /// The forms of exploitation of the `forms` table, by every spelling (`Terms.exploitationForm`).
    public let forms: FormVocabulary

    public init(db: Database) throws {
        gazetteer = try Gazetteer(db: db)
        forms = try FormVocabulary(db: db)
        for measure in try Measure.all(in: db) {
            measureLookup[measure.code.lowercased()] = measure
            measureLookup[measure.label.lowercased()] = measure
            measures.append(measure)
        }
        for row in try db.rows("SELECT code, label, dimension FROM units") {
            guard let code = row.string("code"), let dimension = row.string("dimension") else { continue }
            unitDimensions[code] = dimension
            unitLookup[code.lowercased()] = code
            if let label = row.string("label") { unitLookup[label.lowercased()] = code }
        }
        for (alias, code) in Self.unitAliases where unitDimensions[code] != nil {
            unitLookup[alias] = code
        }
        // "per 1,000 people", "per 100,000 population": the rate units as reports write them.
        for (bases, code) in Self.rateBases where unitDimensions[code] != nil {
            for alias in RatePopulationWords.spellings(of: bases) where unitLookup[alias] == nil { unitLookup[alias] = code }
        }
    }

    /// Adds a measure a measures file of this command defined, so that the figures files after
    /// it may state it; a measure redefined replaces the entry under its code and label.
    public mutating func add(_ measure: Measure) {
        if let old = measureLookup[measure.code.lowercased()], old.code == measure.code {
            measureLookup[old.label.lowercased()] = nil
            measures.removeAll { $0.code == measure.code }
        }
        measureLookup[measure.code.lowercased()] = measure
        measureLookup[measure.label.lowercased()] = measure
        measures.append(measure)
    }

    /// Whether `code` is a measure of the vocabulary, by its code alone (not a label or a spelling).
    public func hasMeasure(code: String) -> Bool {
        measureLookup[code.lowercased()]?.code == code
    }

    /// The unit codes of the units table, sorted.
    public var unitCodes: [String] { unitDimensions.keys.sorted() }

    private static let unitAliases: [String: String] = [
        "people": "persons", "person": "persons", "victims": "persons", "counts": "persons", "count": "persons",
        "number": "persons", "us$": "USD", "usd": "USD", "us dollars": "USD", "dollars": "USD", "$": "USD",
        "%": "percent", "per cent": "percent", "share": "percent", "percentage": "percent",
        "% change": "percent-change", "percent change": "percent-change",
        "change in persons": "persons-change", "change in people": "persons-change", "change in victims": "persons-change",
        "persons change": "persons-change", "people change": "persons-change", "cases change": "cases-change",
        "change in number of persons": "persons-change", "change in number of people": "persons-change",
        "change in number of cases": "cases-change",
        "per 1000": "per-1000", "per 1,000": "per-1000", "per thousand": "per-1000",
        "per 100000": "per-100000", "per 100,000": "per-100000", "case": "cases",
    ]

    /// The ways of writing each rate unit's base, which may be followed by whom it is per (`RatePopulationWords`).
    private static let rateBases: [(bases: [String], code: String)] = [
        (["per 1000", "per 1,000", "per 1 000", "per thousand"], "per-1000"),
        (["per 100000", "per 100,000", "per 100 000", "per hundred thousand"], "per-100000"),
    ]

    /// The canonical place code for a code, number, name or alias (`Gazetteer.code(for:)`); a
    /// name two places share (`Micronesia`) is refused, naming each place's code; `record`, the
    /// kind of record the place is written for, decides where the refusal's advice points.
    public func place(_ text: String, for record: PlacedRecord = .figure) throws(Failure) -> String {
        if let code = gazetteer.code(for: text) { return code }
        throw Failure(message: gazetteer.refusal(for: text, record: record))
    }

    /// `place` for a place a person's file gives (a figure's, a study's), where `NA` is refused:
    /// Namibia's ISO code is also the mark R's `write.csv` writes in every empty cell, and a
    /// figure filed under Namibia because its place was missing would be cited as Namibia's (a
    /// user-review, session 42). A bulk export's codes (GLOTIP's alpha-3, OWID's names) never
    /// hold it and are read by `place` alone.
    public func typedPlace(_ text: String, for record: PlacedRecord = .figure) throws(Failure) -> String {
        if text.trimmingWhitespace().uppercased() == "NA" {
            throw Failure(message: "\"\(text)\" is both Namibia's ISO code and the mark R writes for a missing value; "
                + "expected NAM or Namibia for Namibia, or the \(record == .study ? "study" : "figure")'s place (R's write.csv(..., na = \"\") writes empty cells instead of NA)")
        }
        if let code = gazetteer.code(for: text) { return code }
        throw Failure(message: gazetteer.refusal(for: text, record: record))
    }

    /// The place code `text` names, as `typedPlace` reads it, or nil, without the refusal's
    /// suggestions: for a breakdown's category, which is mostly no place (`Nationals`, a city),
    /// where working out the nearest names for every row made a file of them 50 times slower.
    public func placeCode(_ text: String) -> String? {
        text.trimmingWhitespace().uppercased() == "NA" ? nil : gazetteer.code(for: text)
    }

    /// The name of the place coded `code` (`ALB`: Albania), or nil for none.
    public func placeName(_ code: String) -> String? { gazetteer.name(of: code) }

    /// The places `text` may be a misspelling of (`Viet Nma`: `Viet Nam`), as the place column's
    /// refusal offers them, with the place name of each M49 number among them; empty when no
    /// place's name is near it.
    public func placeSuggestions(for text: String) -> (found: [String], glosses: [String: String]) {
        suggestionMemo.suggestions(for: text) {
            let found = gazetteer.suggestions(for: text)
            return (found, gazetteer.glosses(of: found))
        }
    }

    /// The measure named by its code or label, or by its code with `_` or spaces between the
    /// words (`forced_labour`, `Forced Labour`), as forms are read, or by the indicator name a
    /// GLOTIP export gives it (`Persons brought into formal contact`).
    public func measure(_ text: String) throws(Failure) -> Measure {
        let key = text.trimmingWhitespace().lowercased()
        if let measure = measureLookup[key] { return measure }
        let slug = Measure.codeSpelling(of: key)
        if let measure = measureLookup[slug], measure.code == slug { return measure }
        // GLOTIP's indicator names, as its loader maps them: four of the five were the code with
        // spaces or the label, and "Persons brought into formal contact" alone was refused
        // (rapporteur's review, session 50).
        if let code = GLOTIPRow.indicators[key], let measure = measureLookup[code] { return measure }
        let found = Measure.suggestions(for: text, among: measures)
        throw Failure(message: Suggestions.message(
            "unknown measure \"\(text)\"", suggesting: found, glosses: Measure.glosses(for: found, among: measures),
            expected: "expected a code from the measures table (tipdb sql 'SELECT code FROM measures'), or a measure of your own "  // sql-constant: a message, never executed
                + "defined in a measures file (README: Measures of your own)"))
    }

    /// The unit code for a code, label or common alias.
    public func unit(_ text: String) throws(Failure) -> String {
        if let code = unitLookup[text.trimmingWhitespace().lowercased()] { return code }
        throw Failure(message: Suggestions.message(
            "unknown unit \"\(text)\"", for: text, among: Array(unitDimensions.keys),
            expected: "expected one of \(unitDimensions.keys.sorted().joined(separator: ", "))"))
    }

    /// Words that say a number is a count without saying of what (`count`, `number`, GLOTIP's
    /// `Counts`): the measure's own count unit, persons for victims and cases for offences, where
    /// the alias table alone would make every such count persons.
    public static let countWords: Set<String> = ["count", "counts", "number"]

    /// The unit a figure's unit cell names for `measure`: its count unit for a word of
    /// `countWords` when the measure counts, else ``unit(_:)``.
    public func unit(_ text: String, for measure: Measure?) throws(Failure) -> String {
        if let measure, Self.countWords.contains(text.trimmingWhitespace().lowercased()),
           unitDimensions[measure.defaultUnit] == "count" {
            return measure.defaultUnit
        }
        return try unit(text)
    }

    /// Refuses a unit that contradicts the measure (``Measure/fits(unit:dimensions:)``), such as a
    /// money measure in persons, or offences counted in persons.
    ///
    /// - Parameter written: the unit as the file gives it, quoted in the message when it is not
    ///   the code (`"victims" (read as persons)`), so that the user finds the cell they typed.
    public func check(unit: String, fits measure: Measure, written: String? = nil) throws(Failure) {
        guard measure.fits(unit: unit, dimensions: unitDimensions) else {
            let typed = written?.trimmingWhitespace()
            let named = typed.map { $0 == unit ? "\"\(unit)\"" : "\"\($0)\" (read as \(unit))" } ?? "\"\(unit)\""
            let countsThings = unitDimensions[measure.defaultUnit] == "count"
            let what = countsThings ? "which is counted in \(measure.defaultUnit)" : "which counts \(measure.counts)"
            let fitting = unitDimensions.keys.filter { measure.fits(unit: $0, dimensions: unitDimensions) }.sorted()
            throw Failure(message: "unit \(named) does not fit measure \"\(measure.code)\", \(what); expected one of \(fitting.joined(separator: ", "))")
        }
    }

    /// Refuses a method that contradicts the measure (`Measure.isContradicted(byMethod:)`, the rule
    /// of `tipdb check`'s `method-contradicts-measure`): a count from records under a prevalence
    /// estimate. The message names the measure of detected cases of the same concept when there is
    /// one (detected-trafficking-victims for trafficking-victims).
    public func check(method: String, fits measure: Measure) throws(Failure) {
        guard measure.isContradicted(byMethod: method) else { return }
        let detected = measures.first { $0.concept == measure.concept && $0.counts == "detected-count" && $0.parent == nil }
        let instead = detected.map { "the measure of detected cases, \($0.code)" }
            ?? "a measure of detected cases (measures.counts detected-count; none is of concept \(measure.concept))"
        throw Failure(message: "method \(method) under measure \"\(measure.code)\", a prevalence estimate (measures.counts "
            + "\(measure.counts)): a count of the cases an authority detected is not an estimate of how many people are in "
            + "the situation, and a brief would give it the estimate's definition (tipdb check: method-contradicts-measure); "
            + "expected \(instead), or method estimated if the source estimated the number")
    }

    /// Refuses a form of exploitation the measure's concept cannot have
    /// (`Measure.isContradicted(byForm:)`, the rule of `tipdb check`'s `form-contradicts-measure`):
    /// forced marriage as a form of forced labour, say. The message names the measures of the
    /// form's own concept when the form is one (forced-marriage for forced marriage).
    public func check(form: String, fits measure: Measure) throws(Failure) {
        guard measure.isContradicted(byForm: form) else { return }
        // The concept's measures whose parent is of another concept (forced-marriage, under modern-slavery).
        let concepts = Dictionary(measures.map { ($0.code, $0.concept) }, uniquingKeysWith: { first, _ in first })
        let own = measures.filter { $0.concept == form && $0.parent.flatMap { concepts[$0] } != form }.map(\.code)
        let instead = own.isEmpty
            ? "a measure of a concept that has it (a trafficking measure, such as detected-trafficking-victims, for a purpose of trafficking)"
            : "a measure of concept \(form) (\(own.joined(separator: ", ")))"
        throw Failure(message: "form \(form) under measure \"\(measure.code)\", of concept \(measure.concept): "
            + "it is not part of \(measure.concept), and a brief would add the figure to the wrong whole "
            + "(tipdb check: form-contradicts-measure); expected \(instead), or another form")
    }

    /// Whether a figure of `measure` may be given in `unit` (``Measure/fits(unit:dimensions:)``).
    public func fits(unit: String, measure: Measure) -> Bool {
        measure.fits(unit: unit, dimensions: unitDimensions)
    }

    /// The units a figure of `measure` may be given in, by code.
    public func units(fitting measure: Measure) -> [String] {
        unitDimensions.keys.filter { measure.fits(unit: $0, dimensions: unitDimensions) }.sorted()
    }

    /// Every measure, by code: what a message lists the fitting ones from.
    public var allMeasures: [Measure] {
        measures.sorted { $0.code < $1.code }
    }

    /// The dimension of a unit (count, money, share, change, rate, index), or nil for an unknown unit.
    public func dimension(of unit: String) -> String? {
        unitDimensions[unit]
    }
}
