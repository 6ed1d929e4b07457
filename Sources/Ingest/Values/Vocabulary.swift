import Storage

/// The reference vocabularies, loaded once per ingest so that every row resolves places,
/// measures and units through in-memory maps instead of queries.
public struct Vocabulary: Sendable {
    public struct Failure: Error, Equatable, Sendable {
        public let message: String
    }

    /// Lower-cased code, alpha-2, alpha-3, M49 number, name or alias → place code.
    private var placeLookup: [String: String] = [:]
    private var placeNames: [String] = []
    /// Lower-cased code or label → measure.
    private var measureLookup: [String: Measure] = [:]
    private var measureCodes: [String] = []
    /// Unit code → dimension.
    private var unitDimensions: [String: String] = [:]
    private var unitLookup: [String: String] = [:]

    public init(db: Database) throws {
        for place in try Place.all(in: db) {
            for name in [place.code, place.alpha2, place.alpha3, place.m49, place.name].compactMap({ $0 }) {
                placeLookup[name.lowercased()] = place.code
            }
            if let m49 = place.m49, let number = Int(m49) { placeLookup[String(number)] = place.code }
            placeNames.append(place.name)
        }
        for row in try db.rows("SELECT alias, place FROM place_aliases") {
            guard let alias = row.string("alias"), let place = row.string("place") else { continue }
            placeLookup[alias.lowercased()] = placeLookup[alias.lowercased()] ?? place
            placeNames.append(alias)
        }
        for measure in try Measure.all(in: db) {
            measureLookup[measure.code.lowercased()] = measure
            measureLookup[measure.label.lowercased()] = measure
            measureCodes.append(measure.code)
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
    }

    private static let unitAliases: [String: String] = [
        "people": "persons", "person": "persons", "victims": "persons", "counts": "persons", "count": "persons",
        "number": "persons", "us$": "USD", "usd": "USD", "us dollars": "USD", "dollars": "USD", "$": "USD",
        "%": "percent", "per cent": "percent", "share": "percent", "percentage": "percent",
        "% change": "percent-change", "percent change": "percent-change",
        "per 1000": "per-1000", "per 1,000": "per-1000", "per thousand": "per-1000",
        "per 100000": "per-100000", "per 100,000": "per-100000", "case": "cases",
    ]

    /// The canonical place code for a code, number, name or alias.
    public func place(_ text: String) throws(Failure) -> String {
        let key = text.trimmingWhitespace().lowercased()
        if let code = placeLookup[key] { return code }
        // Word processors write Côte d’Ivoire with a typographic apostrophe.
        if key.contains("\u{2019}"), let code = placeLookup[key.replacingOccurrences(of: "\u{2019}", with: "'")] { return code }
        if key.allSatisfy(\.isNumber), let number = Int(key), let code = placeLookup[String(number)] { return code }
        throw Failure(message: "unknown place \"\(text)\"\(Suggestions.phrase(for: text, among: placeNames)); expected an ISO 3166-1 code, an M49 number or a place name")
    }

    /// The measure named by its code or label.
    public func measure(_ text: String) throws(Failure) -> Measure {
        if let measure = measureLookup[text.trimmingWhitespace().lowercased()] { return measure }
        throw Failure(message: "unknown measure \"\(text)\"\(Suggestions.phrase(for: text, among: measureCodes)); expected a code from the measures table (tipdb sql 'SELECT code FROM measures')")  // sql-constant: a message, never executed
    }

    /// The unit code for a code, label or common alias.
    public func unit(_ text: String) throws(Failure) -> String {
        if let code = unitLookup[text.trimmingWhitespace().lowercased()] { return code }
        throw Failure(message: "unknown unit \"\(text)\"\(Suggestions.phrase(for: text, among: Array(unitDimensions.keys))); expected one of \(unitDimensions.keys.sorted().joined(separator: ", "))")
    }

    /// Refuses a unit that contradicts the measure (``Measure/fits(unit:dimensions:)``), such as a
    /// money measure in persons, or offences counted in persons.
    public func check(unit: String, fits measure: Measure) throws(Failure) {
        guard measure.fits(unit: unit, dimensions: unitDimensions) else {
            let countsThings = unitDimensions[measure.defaultUnit] == "count"
            let what = countsThings ? "which is counted in \(measure.defaultUnit)" : "which counts \(measure.counts)"
            let fitting = unitDimensions.keys.filter { measure.fits(unit: $0, dimensions: unitDimensions) }.sorted()
            throw Failure(message: "unit \"\(unit)\" does not fit measure \"\(measure.code)\", \(what); expected one of \(fitting.joined(separator: ", "))")
        }
    }

    /// The dimension of a unit (count, money, share, change, rate, index), or nil for an unknown unit.
    public func dimension(of unit: String) -> String? {
        unitDimensions[unit]
    }
}
