import Foundation

/// What `tipdb status` reports about a database.
public struct DatabaseStatus: Codable, Sendable, Equatable {
    public var path: String
    public var schemaVersion: Int
    public var latestSchemaVersion: Int
    public var fileSize: Int64
    public var sources: Int64
    public var studies: Int64
    public var figures: Int64
    public var places: Int64
    public var measures: Int64
    /// Case-level records (CTDC), one per person: personal data, said so because a file that
    /// holds them must not be shared as a briefing's data.
    public var cases: Int64
    /// Case-level dataset versions loaded.
    public var datasets: Int64
    public var sqliteVersion: String

    /// Reads the status of an open database (read-only queries).
    public init(of db: Database) throws {
        path = db.path
        schemaVersion = try Migrator().currentVersion(of: db)
        latestSchemaVersion = Migration.latestVersion
        let attributes = try? FileManager.default.attributesOfItem(atPath: db.path)
        fileSize = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        let tables = Set(try db.rows("SELECT name FROM sqlite_schema WHERE type = 'table'").compactMap { $0.string("name") })
        func count(_ table: String) throws -> Int64 {
            guard tables.contains(table) else { return 0 }
            return try db.integer(CountQuery.sql(for: table))
        }
        sources = try count("sources")
        studies = try count("studies")
        figures = try count("figures")
        places = try count("places")
        measures = try count("measures")
        cases = try count("cases")
        datasets = try count("datasets")
        sqliteVersion = Database.sqliteVersion
    }
}

/// `SELECT count(*)` for the fixed set of tables `DatabaseStatus` counts: table names cannot be
/// bound, so they come from this closed list, never from input.
enum CountQuery {
    static func sql(for table: String) -> String {
        switch table {
        case "sources": "SELECT count(*) FROM sources"
        case "studies": "SELECT count(*) FROM studies"
        case "figures": "SELECT count(*) FROM figures"
        case "places": "SELECT count(*) FROM places"
        case "cases": "SELECT count(*) FROM cases"
        case "datasets": "SELECT count(*) FROM datasets"
        default: "SELECT count(*) FROM measures"
        }
    }
}
