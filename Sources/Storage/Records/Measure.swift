/// An entry of the measures vocabulary: what a figure counts, under which concept.
public struct Measure: Equatable, Sendable, Codable {
    public var code: String
    public var label: String
    /// prevalence-estimate, detected-count, criminal-justice-count, money, rate or index.
    public var counts: String
    /// trafficking, forced-labour, forced-marriage, modern-slavery, ...
    public var concept: String
    public var definition: String
    public var legalBasis: String?
    public var parent: String?
    public var defaultUnit: String

    public init(
        code: String, label: String, counts: String, concept: String, definition: String, legalBasis: String? = nil,
        parent: String? = nil, defaultUnit: String
    ) {
        (self.code, self.label, self.counts, self.concept, self.definition) = (code, label, counts, concept, definition)
        (self.legalBasis, self.parent, self.defaultUnit) = (legalBasis, parent, defaultUnit)
    }

    /// What a measure may count, as the schema's CHECK on `measures.counts` lists them.
    public static let countsKinds = ["prevalence-estimate", "detected-count", "criminal-justice-count", "money", "rate", "index"]
    /// The concepts a measure may belong to, as the schema's CHECK on `measures.concept` lists them.
    public static let concepts = ["trafficking", "forced-labour", "forced-marriage", "modern-slavery", "child-labour", "other"]

    public init(row: Row) {
        code = row.string("code") ?? ""
        label = row.string("label") ?? ""
        counts = row.string("counts") ?? ""
        concept = row.string("concept") ?? ""
        definition = row.string("definition") ?? ""
        legalBasis = row.string("legal_basis")
        parent = row.string("parent")
        defaultUnit = row.string("default_unit") ?? "persons"
    }

    /// Units of a change in a count (m0060): each fits only a measure counted in the unit it
    /// changes, and ingest checks its numbers as counts (whole, thousands grouped).
    public static let countChangeUnits: Set<String> = ["persons-change", "cases-change"]

    /// The kinds of `counts` that count people or cases, in the order a brief names them: a
    /// prevalence estimate, a count of detected victims, a criminal-justice count. One list for
    /// the rules that tell them from money, rates and indexes: a share of one of them is a share
    /// of its people (`tipdb check`'s share-without-part, W28), and a brief that puts two of
    /// them side by side says they count different people (`ComparabilityCheck`).
    public static let peopleOrCasesCounts = ["prevalence-estimate", "detected-count", "criminal-justice-count"]

    /// The kinds of `counts` whose numbers are counted from records (detected victims,
    /// prosecutions, convictions, offences), not estimated: such a number is exact, not rounded.
    ///
    /// One list for the rules that treat those numbers as exact: `copy-differs` and the brief's
    /// copy and estimates cautions (1,200 against 1,250 is another release's count, not a
    /// rounding), and the sums of parts (`SubgroupSums`, `MeasureSums`: 250 + 150 beside 390
    /// counted victims is a contradiction, not a rounding).
    public static let recordCounts: Set<String> = ["detected-count", "criminal-justice-count"]

    /// Whether a figure's number was counted from records, and so is exact, not rounded: its
    /// method is `detected`, or its measure counts records (`recordCounts`, whatever the method,
    /// as `copy-differs` has it).
    ///
    /// Why: the rounding allowance of the sums of parts took 250 + 150 = 400 beside 390 counted
    /// victims for three roundings to the ten, though the brief says of the same numbers that
    /// "counts from records are exact, not rounded" (a statistics office's review, session 48).
    @inlinable
    public static func isCountedFromRecords(counts: String?, method: String?) -> Bool {
        method == "detected" || recordCounts.contains(counts ?? "")
    }

    /// The method of a figure of this measure that does not say how it was obtained: `detected`
    /// for counts from records (detected victims, prosecutions, convictions, offences), as a
    /// GLOTIP export's rows are; `estimated` for the rest (prevalence estimates, profits).
    ///
    /// Why not always `estimated`: a brief treats estimated and detected numbers as different
    /// kinds of evidence, and calling 50,000 detected victims an estimate overstates what the
    /// number can say about prevalence.
    public var defaultMethod: String {
        Self.recordCounts.contains(counts) ? "detected" : "estimated"
    }

    /// Every measure, by code.
    public static func all(in db: Database) throws -> [Measure] {
        try db.rows("SELECT * FROM measures ORDER BY code").map(Measure.init(row:))
    }

    /// Each unit code with its dimension (the units table): what `fits(unit:dimensions:)` reads.
    public static func unitDimensions(in db: Database) throws -> [String: String] {
        var dimensions: [String: String] = [:]
        for row in try db.rows("SELECT code, dimension FROM units") {
            if let code = row.string("code"), let dimension = row.string("dimension") { dimensions[code] = dimension }
        }
        return dimensions
    }

    /// Unit dimensions a figure of this measure may use: money for money, index for indexes,
    /// counts, shares and rates for everything else; a change between periods fits any measure.
    public var allowedUnitDimensions: Set<String> {
        switch counts {
        case "money": ["money", "change"]
        case "index": ["index", "change"]
        default: ["count", "share", "rate", "change"]
        }
    }

    /// Whether a figure of this measure may be given in `unit`, where `dimensions` maps each unit
    /// code to its dimension (the units table). Ingest refuses what does not fit, and `tipdb check`
    /// finds it in rows written some other way, so both read the rule from here.
    public func fits(unit: String, dimensions: [String: String]) -> Bool {
        guard let dimension = dimensions[unit], allowedUnitDimensions.contains(dimension) else { return false }
        // A change is counted in the unit it changes: USD-change only fits a money measure.
        if unit.hasPrefix("USD") && counts != "money" { return false }
        // A change in persons is one of a measure counted in persons; in cases, in cases.
        if Self.countChangeUnits.contains(unit) { return unit == defaultUnit + "-change" }
        // Persons and cases are both counts, but 120 offences are not 120 persons.
        return dimension != "count" || dimensions[defaultUnit] != "count" || unit == defaultUnit
    }
}
