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
    /// Case-level dataset versions loaded (rows of `datasets`), whether or not they still hold case rows.
    public var datasets: Int64
    /// The dataset versions that still hold case rows: a version whose rows were deleted (to erase a
    /// superseded release) holds no personal data, and counting it as if it did misled the
    /// data-protection officer taking stock of where personal data sits (review of session 48).
    public var caseDatasets: Int64
    /// Rows of `ingest_rejects` refused from case-level files: each points to a person's row and
    /// quotes the value refused, so they are personal data too, as `tipdb export` warns; status
    /// did not count them, and a database whose `cases` were emptied looked clean while they stayed.
    public var caseRejects: Int64
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
        caseDatasets = cases > 0 ? try db.integer("SELECT count(DISTINCT dataset_id) FROM cases") : 0
        caseRejects = tables.isSuperset(of: ["ingest_rejects", "ingest_batches"]) ? try SchemaDocumentation.caseRejects(db) : 0
        sqliteVersion = Database.sqliteVersion
    }
}

/// `SELECT count(*)` for the fixed set of tables `DatabaseStatus` counts: table names cannot be
/// bound, so they come from this closed list, never from input.
///
/// Counted twice: through the smallest index, as SQLite chooses, and `NOT INDEXED`, through the
/// table's own pages. Through an index alone, a damaged page of `figures` went unread, and status,
/// init and migrate said all was well (exit 0) where check said "damaged" (a user-review, session
/// 40); through the table alone, a damaged index page did. The table's read costs about 0.08 s for
/// 100,000 figures, warm.
enum CountQuery {
    static func sql(for table: String) -> String {
        let name =
            switch table {
            case "sources", "studies", "figures", "places", "cases", "datasets": table
            default: "measures"
            }
        return "SELECT max((SELECT count(*) FROM \(name)), (SELECT count(*) FROM \(name) NOT INDEXED))"  // sql-constant: a name from the closed list above
    }
}
