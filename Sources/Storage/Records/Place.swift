/// A country, region or the world: a row of `places`.
public struct Place: Equatable, Sendable, Codable {
    public var code: String
    public var kind: String
    public var name: String
    public var alpha2: String?
    public var alpha3: String?
    public var m49: String?

    public init(row: Row) {
        code = row.string("code") ?? ""
        kind = row.string("kind") ?? ""
        name = row.string("name") ?? ""
        alpha2 = row.string("alpha2")
        alpha3 = row.string("alpha3")
        m49 = row.string("m49")
    }

    /// Every place, by code.
    public static func all(in db: Database) throws -> [Place] {
        try db.rows("SELECT * FROM places ORDER BY code").map(Place.init(row:))
    }
}
