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

    /// Every measure, by code.
    public static func all(in db: Database) throws -> [Measure] {
        try db.rows("SELECT * FROM measures ORDER BY code").map(Measure.init(row:))
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
}
