import Foundation
import Migrations
import Storage

/// What the tests of migrations that edit the figures table's text in place (m0027, m0028) share:
/// a database stopped at the schema before theirs, its rows as one comparable value, and its
/// schema as text to compare with a fresh database's.
enum SchemaTextEditFixture {
    /// A database migrated up to `version`, with ingest batch 1 and source `s` for figures to cite.
    static func database(at version: Int, in dir: URL, name: String) throws -> Database {
        let db = try DatabaseFile.open(dir.appendingPathComponent(name).path, for: .create)
        try Migrator(migrations: Migration.bundled.filter { $0.version <= version }).migrate(db)
        try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (1, 'f.csv', '', 0, 'csv', 'figures', 't', 'v')")
        try db.execute("INSERT INTO sources (key, kind, title, publisher, published, batch_id, created_at, updated_at) VALUES ('s', 'report', 'T', 'P', '2014', 1, 't', 't')")
        return db
    }

    /// Every stored figure's columns that a migration must keep, as one JSON text, in id order.
    static func storedFigures(_ db: Database) throws -> String? {
        try db.rows("""
            SELECT json_group_array(json_array(id, key, measure, value, censored, low, high, unit, place, period_start, period_end, sex, source, method, batch_id)) AS rows
            FROM (SELECT * FROM figures ORDER BY id)
            """).first?.string("rows")
    }

    /// Every schema object but the migrations' own table, as `type name: sql`, by type and name.
    static func schema(of db: Database) throws -> [String] {
        try db.rows("SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY type, name")
            .map { "\($0.string("type") ?? "") \($0.string("name") ?? ""): \($0.string("sql") ?? "")" }
    }
}
