import Foundation
import Migrations
import Storage
import Testing

/// m0032 edits ingest_rejects.column's comment in place: the column counts UTF-16 code units, as
/// every FILE:LINE:COLUMN does, not characters (review of session 31). The rows stay, the text
/// holds the new comment, and the schema ends as a fresh database's.
@Suite("m0032: ingest_rejects.column's comment on a database of schema 31")
struct RejectColumnCommentMigrationTests {
    @Test("a reject's row is kept, the comment says UTF-16 code units, and the schema is a fresh database's")
    func migrateFrom31() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 31, in: dir, name: "v31.sqlite")
            defer { db.close() }
            try db.execute("""
                INSERT INTO ingest_rejects (batch_id, line, "column", raw, reason)
                VALUES (1, 2, 28, 'e1,Report 😀,NGO,2019-13', 'date: month 13')
                """)
            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 32 })
            #expect(try db.integer("SELECT \"column\" FROM ingest_rejects WHERE line = 2") == 28)
            let text = try #require(try db.rows("SELECT sql FROM sqlite_schema WHERE name = 'ingest_rejects'").first?.string("sql"))
            #expect(text.contains("\"column\" INTEGER NOT NULL, -- column of the first problem (1-based, in UTF-16 code units as editors count them: "
                + "one per letter, two for a character beyond U+FFFF such as an emoji), as in its message\n"), "\(text)")
            #expect(!text.contains("in characters"))
            #expect(try db.rows("PRAGMA integrity_check").first?.string("integrity_check") == "ok")

            let fresh = try DatabaseFile.open(dir.appendingPathComponent("fresh.sqlite").path, for: .create)
            defer { fresh.close() }
            try Migrator().migrate(fresh)
            #expect(try SchemaTextEditFixture.schema(of: db) == SchemaTextEditFixture.schema(of: fresh))
        }
    }

    @Test("an ingest_rejects table whose text is not tipdb's is not edited, and the migration is not recorded")
    func foreignTextRefused() throws {
        try withTemporaryDirectory { dir in
            let db = try SchemaTextEditFixture.database(at: 31, in: dir, name: "v31.sqlite")
            defer { db.close() }
            try db.execute("PRAGMA writable_schema = ON")
            try db.execute("UPDATE sqlite_schema SET sql = replace(sql, '(1-based, in characters)', '(mine)') WHERE name = 'ingest_rejects'")
            try db.execute("PRAGMA writable_schema = OFF")
            #expect(throws: (any Error).self) { try Migrator().migrate(db) }
            #expect(try Migrator().currentVersion(of: db) == 31)
        }
    }
}
