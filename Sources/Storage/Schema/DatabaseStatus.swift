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
        // stat, not attributesOfItem: that reads a symbolic link itself (lstat), and a --db that is a
        // link to the team's file said "18 bytes", the length of the path it points to.
        var info = stat()
        fileSize = stat(db.path, &info) == 0 ? Int64(info.st_size) : 0
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
///
/// `NOT INDEXED`: counted through the table's own pages, not its smallest index. Through an index,
/// a damaged page of `figures` went unread, and status, init and migrate said all was well (exit 0)
/// where check said "damaged" (a user-review, session 40). It costs a read of the table: about 0.08 s
/// for 100,000 figures, warm.
enum CountQuery {
    static func sql(for table: String) -> String {
        switch table {
        case "sources": "SELECT count(*) FROM sources NOT INDEXED"
        case "studies": "SELECT count(*) FROM studies NOT INDEXED"
        case "figures": "SELECT count(*) FROM figures NOT INDEXED"
        case "places": "SELECT count(*) FROM places NOT INDEXED"
        case "cases": "SELECT count(*) FROM cases NOT INDEXED"
        case "datasets": "SELECT count(*) FROM datasets NOT INDEXED"
        default: "SELECT count(*) FROM measures NOT INDEXED"
        }
    }
}
