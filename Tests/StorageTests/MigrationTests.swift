import Foundation
import Migrations
import Storage
import Testing

@Suite("Migrations")
struct MigrationTests {
    private func freshDatabase(in dir: URL) throws -> (Database, String) {
        let path = dir.appendingPathComponent("m.sqlite").path
        let db = try DatabaseFile.open(path, for: .create)
        try Migrator().migrate(db)
        return (db, path)
    }

    @Test("every .sql file in Migrations/ is embedded, in order")
    func everyFileIsEmbedded() throws {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Migrations")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(EmbeddedMigrations.files.map(\.name) == onDisk)
        // The numbers of the files: a migration numbered out of order, or its file missing, shows here.
        #expect(Migration.bundled.map(\.version) == onDisk.compactMap { Int($0.dropFirst().prefix(4)) })
        // And no number skipped: a gap means a migration lost in a merge.
        #expect(Migration.bundled.map(\.version) == Array(1...Migration.bundled.count))
        for file in EmbeddedMigrations.files {
            #expect(try Data(contentsOf: directory.appendingPathComponent(file.name)) == Data(file.bytes))
        }
    }

    @Test("a fresh database gets every migration, recorded with its checksum")
    func freshApply() throws {
        try withTemporaryDirectory { dir in
            let (db, _) = try freshDatabase(in: dir)
            let rows = try db.rows("SELECT version, name, sha256 FROM schema_migrations ORDER BY version")
            #expect(rows.count == Migration.bundled.count)
            #expect(rows.map { $0.string("sha256") } == Migration.bundled.map(\.sha256))
            #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
            #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
            #expect(try Migrator().status(of: db).allSatisfy(\.isApplied))
        }
    }

    @Test("running the migrations again changes nothing")
    func idempotent() throws {
        try withTemporaryDirectory { dir in
            let (db, path) = try freshDatabase(in: dir)
            db.close()
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let again = try DatabaseFile.open(path, for: .migrate)
            #expect(try Migrator().migrate(again).isEmpty)
            again.close()
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    @Test("status on an empty database lists everything as pending and writes nothing")
    func pendingStatus() throws {
        let db = try Database.inMemory()
        let states = try Migrator().status(of: db)
        #expect(states.count == Migration.bundled.count)
        #expect(states.allSatisfy { !$0.isApplied })
        #expect(try db.integer("SELECT count(*) FROM sqlite_schema") == 0)
    }

    @Test("a migration that fails on an object another tool added names itself and what to do, and leaves the database as it was")
    func failedMigration() throws {
        try withTemporaryDirectory { dir in
            let (db, path) = try freshDatabase(in: dir)
            try Migrator().migrate(db)
            let last = try #require(Migration.bundled.first { $0.name == "period_order" })
            // A table where m0010 recreates a view, as if an analyst had made one, and m0010 to apply again.
            try db.execute("DROP VIEW figure_citations")
            try db.execute("CREATE TABLE figure_citations (note TEXT)")
            try db.execute("DELETE FROM schema_migrations WHERE version = ?", [last.version])
            let error = #expect(throws: SchemaError.self) { try Migrator().migrate(db) }
            #expect(error?.localizedDescription.hasPrefix("\(path): migration \(last.version) (\(last.name)) failed: use DROP TABLE to delete table figure_citations; the database is unchanged.") == true, "\(String(describing: error))")
            #expect(try db.schemaContains("table", named: "figure_citations"))
            #expect(try db.integer("SELECT count(*) FROM schema_migrations WHERE version = ?", [last.version]) == 0)
        }
    }

    @Test("a database whose applied migration differs from the binary's is refused")
    func checksumMismatch() throws {
        try withTemporaryDirectory { dir in
            let (db, path) = try freshDatabase(in: dir)
            try db.execute("UPDATE schema_migrations SET sha256 = 'x' WHERE version = 2")
            db.close()
            let error = #expect(throws: SchemaError.self) { try DatabaseFile.open(path, for: .write) }
            #expect(error == .checksumMismatch(path: path, version: 2, name: "reference"))
            #expect(error?.localizedDescription.contains("migration 2 (reference) was applied from a different file") == true)
        }
    }

    @Test("a database from a newer tipdb is refused")
    func newerSchema() throws {
        try withTemporaryDirectory { dir in
            let (db, path) = try freshDatabase(in: dir)
            try db.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x', 'now')")
            db.close()
            for access in [DatabaseFile.Access.create, .migrate, .write, .read, .inspect] {
                let error = #expect(throws: SchemaError.self) { try DatabaseFile.open(path, for: access) }
                #expect(error == .newerSchema(path: path, version: 999, known: Migration.latestVersion))
            }
        }
    }

    @Test("a file that is not SQLite is refused and left byte-identical")
    func notSQLite() throws {
        try withTemporaryDirectory { dir in
            let url = dir.appendingPathComponent("notes.sqlite")
            let content = Data("figure,value\n2.4 million,UN\n".utf8)
            try content.write(to: url)
            for access in [DatabaseFile.Access.create, .migrate, .write, .read, .inspect] {
                let error = #expect(throws: SchemaError.self) { try DatabaseFile.open(url.path, for: access) }
                #expect(error == .notADatabase(path: url.path))
            }
            #expect(try Data(contentsOf: url) == content)
            #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
        }
    }

    @Test("writers and readers need a migrated database")
    func needsSchema() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("plain.sqlite").path
            try Database(path: path).execute("CREATE TABLE other (x INTEGER)")
            for access in [DatabaseFile.Access.write, .read, .create, .migrate] {
                #expect(throws: SchemaError.otherProgram(path: path)) { try DatabaseFile.open(path, for: access) }
            }
            let empty = dir.appendingPathComponent("empty.sqlite").path
            #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
            #expect(throws: SchemaError.notInitialised(path: empty)) { try DatabaseFile.open(empty, for: .write) }
            let missing = dir.appendingPathComponent("missing.sqlite").path
            #expect(throws: SchemaError.missing(path: missing)) { try DatabaseFile.open(missing, for: .read) }
            #expect(!FileManager.default.fileExists(atPath: missing))
        }
    }

    @Test("m0013 clears the text of rows refused from CTDC case files, overwriting it, and keeps every other reject as it was")
    func caseRejectsClearedByM0013() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("v12.sqlite").path
            let db = try DatabaseFile.open(path, for: .create)
            defer { db.close() }
            try Migrator(migrations: Migration.bundled.filter { $0.version <= 12 }).migrate(db)
            try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (1, 'f.csv', '', 0, 'csv', 'figures', 't', 'v'), (2, 'pii.csv', '', 0, 'ctdc', 'cases', 't', 'v')")
            try db.execute("INSERT INTO ingest_rejects (id, batch_id, line, \"column\", raw, reason) VALUES (5, 1, 3, 2, 'a,b', 'why'), (6, 2, 4, 22, '2019,Femal,Jane Doe 3,P32345678', 'gender')")
            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 13 })
            let rows = try db.rows("SELECT id, batch_id, line, \"column\", raw, reason FROM ingest_rejects ORDER BY id")
            #expect(rows.map { $0.string("raw") } == ["a,b", nil])
            #expect(rows.map { $0.string("reason") } == ["why", "gender"] && rows.map { $0.int("line") } == [3, 4] && rows.map { $0.int("column") } == [2, 22])
            #expect(try db.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'ingest_rejects_by_batch'") == 1)
            #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
            try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(bytes.range(of: Data("P32345678".utf8)) == nil, "the passport number is still in the file's bytes")
        }
    }

    @Test("m0014 gives every dataset version the count of its file's refused rows, from the batch that loaded it, and keeps its derivations")
    func datasetRejectsFilledByM0014() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("v13.sqlite").path
            let db = try DatabaseFile.open(path, for: .create)
            defer { db.close() }
            try Migrator(migrations: Migration.bundled.filter { $0.version <= 13 }).migrate(db)
            try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version, rows_read, rows_inserted, rows_rejected) VALUES (1, 'bad.csv', 'abc', 10, 'ctdc', 'cases', 't', 'v', 10, 4, 6), (2, 'derive', 'abc', 0, 'derive', 'figures', 't', 'v', 0, 0, 0)")
            try db.execute("INSERT INTO sources (key, kind, title, publisher, batch_id, created_at, updated_at) VALUES ('t-bad-v1', 'dataset', 'Global Dataset', 'CTDC', 1, 't', 't')")
            try db.execute("INSERT INTO datasets (id, name, version, variant, file, sha256, rows, source, personal_data, batch_id, loaded_at) VALUES (7, 't-bad', 1, 'ctdc-global', 'bad.csv', 'abc', 4, 't-bad-v1', 0, 1, 't')")
            try db.execute("INSERT INTO derivations (dataset_id, dimensions, min_cell, batch_id, derived_at) VALUES (7, 'year', 11, 2, 't')")
            #expect(try Migrator().migrate(db).map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 14 })
            let row = try #require(try db.rows("SELECT id, name, rows, rows_rejected, source, batch_id FROM datasets").first)
            #expect(row.int("id") == 7 && row.string("name") == "t-bad" && row.int("rows") == 4 && row.int("rows_rejected") == 6)
            #expect(try db.integer("SELECT count(*) FROM derivations WHERE dataset_id = 7") == 1)
            #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
            #expect(try db.integer("SELECT count(*) FROM latest_estimates") == 0)
            #expect(try db.integer("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%m0014%'") == 0)
            // The constraints hold after the rebuild: a derivation of a missing version is refused.
            #expect(throws: StorageError.self) { try db.execute("INSERT INTO derivations (dataset_id, dimensions, min_cell, batch_id, derived_at) VALUES (99, 'year', 11, 2, 't')") }
        }
    }

    @Test("m0016 adds the forms tables to a database at schema 15 and keeps its figures, whatever their form")
    func formsAddedByM0016() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("v15.sqlite").path
            let db = try DatabaseFile.open(path, for: .create)
            defer { db.close() }
            try Migrator(migrations: Migration.bundled.filter { $0.version <= 15 }).migrate(db)
            #expect(try db.integer("SELECT count(*) FROM sqlite_schema WHERE name IN ('forms', 'form_aliases')") == 0)
            try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (1, 'f.csv', '', 0, 'csv', 'figures', 't', 'v')")
            try db.execute("INSERT INTO sources (key, kind, title, publisher, batch_id, created_at, updated_at) VALUES ('s', 'report', 'S', 'P', 1, 't', 't')")
            // A form outside the list, as an older tipdb or another tool stored it: kept, as there is no foreign key.
            for (key, form) in [("a", "forced-labour"), ("b", "forced-labor")] {
                try db.execute("""
                    INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, form, source, batch_id, created_at, updated_at)
                    VALUES (?, 'detected-trafficking-victims', 5, 'persons', 'FRA', '2016', '2016', ?, 's', 1, 't', 't')
                    """, [key, form])
            }
            #expect(try Migrator(migrations: Migration.bundled.filter { $0.version <= 16 }).migrate(db).map(\.version) == [16])
            #expect(try db.rows("SELECT key, form FROM figures ORDER BY key").map { $0.string("form") } == ["forced-labour", "forced-labor"])
            // m0062 seeds `unknown` later.
            #expect(try ExploitationForm.all(in: db).map(\.code) == ExploitationForm.all.map(\.code).filter { $0 != ExploitationForm.unknown })
            #expect(try db.scalar("SELECT form FROM form_aliases WHERE alias = 'FORCED LABOR'") == .text("forced-labour"))
            #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
            #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
        }
    }

    @Test("m0018 keeps in figures_by_study and figures_by_cites only the figures that have a study or cite one, and lookups and lineage checks still go through them")
    func lineageIndexesPartialAfterM0018() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("v17.sqlite").path
            let db = try DatabaseFile.open(path, for: .create)
            defer { db.close() }
            try Migrator(migrations: Migration.bundled.filter { $0.version <= 17 }).migrate(db)
            try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (1, 'f.csv', '', 0, 'csv', 'figures', 't', 'v')")
            try db.execute("INSERT INTO sources (key, kind, title, publisher, batch_id, created_at, updated_at) VALUES ('s', 'report', 'S', 'P', 1, 't', 't')")
            try db.execute("INSERT INTO studies (key, title, source, batch_id, created_at, updated_at) VALUES ('st', 'Study', 's', 1, 't', 't')")
            for (key, study, cites) in [("a", "st", nil), ("b", nil, "a"), ("c", nil, nil), ("d", nil, nil)] as [(String, String?, String?)] {
                try db.execute("""
                    INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, study, cites, batch_id, created_at, updated_at)
                    VALUES (?, 'detected-trafficking-victims', 5, 'persons', 'FRA', '2016', '2016', 's', ?, ?, 1, 't', 't')
                    """, [.text(key), study.map(DatabaseValue.text) ?? .null, cites.map(DatabaseValue.text) ?? .null])
            }
            #expect(try db.integer("SELECT count(*) FROM sqlite_schema WHERE name IN ('figures_by_study', 'figures_by_cites') AND sql LIKE '% WHERE %'") == 0)
            #expect(try Migrator(migrations: Migration.bundled.filter { $0.version <= 18 }).migrate(db).map(\.version) == [18])
            #expect(try db.rows("SELECT name FROM pragma_index_list('figures') WHERE partial = 1 ORDER BY name").map { $0.string("name") } == ["figures_by_cites", "figures_by_study"])
            // Each holds one entry now, not one per figure.
            #expect(try db.integer("SELECT count(*) FROM (SELECT study FROM figures INDEXED BY figures_by_study WHERE study IS NOT NULL)") == 1)
            #expect(try db.integer("SELECT count(*) FROM (SELECT cites FROM figures INDEXED BY figures_by_cites WHERE cites IS NOT NULL)") == 1)
            #expect(try db.integer("SELECT count(*) FROM figures INDEXED BY figures_by_study WHERE study = 'st'") == 1)
            #expect(try db.integer("SELECT count(*) FROM figures INDEXED BY figures_by_cites WHERE cites = 'a'") == 1)
            // Deleting a cited figure or a study in use is still refused by the foreign keys, looked up through the partial indexes.
            try db.execute("PRAGMA foreign_keys = ON")
            #expect(throws: StorageError.self) { try db.execute("DELETE FROM studies WHERE key = 'st'") }
            #expect(throws: StorageError.self) { try db.execute("DELETE FROM figures WHERE key = 'a'") }
            #expect(try db.integer("SELECT count(*) FROM figures") == 4)
            #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
        }
    }

    @Test("m0008 keeps the rows of ingest_rejects as they were, under its corrected comments")
    func rejectsSurviveM0008() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("v7.sqlite").path
            let db = try DatabaseFile.open(path, for: .create)
            defer { db.close() }
            try Migrator(migrations: Migration.bundled.filter { $0.version <= 7 }).migrate(db)
            try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (4, 'f.csv', '', 0, 'csv', 'figures', 't', 'v')")
            try db.execute("INSERT INTO ingest_rejects (id, batch_id, line, \"column\", raw, reason) VALUES (9, 4, 12, 3, 'a,b', 'why')")
            let applied = try Migrator().migrate(db)
            #expect(applied.map(\.version) == Migration.bundled.map(\.version).filter { $0 >= 8 })
            let row = try #require(try db.rows("SELECT id, batch_id, line, \"column\", raw, reason FROM ingest_rejects").first)
            #expect(row.int("id") == 9 && row.int("batch_id") == 4 && row.int("line") == 12 && row.int("column") == 3)
            #expect(row.string("raw") == "a,b" && row.string("reason") == "why")
            #expect(try db.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'ingest_rejects_by_batch'") == 1)
            #expect(try db.integer("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%m0008%'") == 0)
            #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
        }
    }
}
