import Foundation
import Testing

/// Statements that read although SQLite counts them as writing, with the built binary:
/// `PRAGMA journal_mode` without a value and `EXPLAIN` of any statement run; a PRAGMA that sets
/// or acts is refused with what it would do, not with advice about loading data.
@Suite("tipdb sql runs PRAGMA journal_mode and EXPLAIN, and says why a PRAGMA is refused (built binary)")
struct SQLPragmaExplainTests {
    @Test("PRAGMA journal_mode without a value reads the journal mode", arguments: ["PRAGMA journal_mode", "pragma main.journal_mode;", "PRAGMA journal_mode -- which one?"])
    func readsJournalMode(sql: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["sql", "--format", "csv", sql], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "journal_mode\r\nwal\r\n")
            #expect(result.stderr.isEmpty)
        }
    }

    @Test("EXPLAIN lists the bytecode of a write and never runs it: the file is unchanged and no file is made",
          arguments: ["EXPLAIN DELETE FROM figures", "explain query plan DELETE FROM figures", "EXPLAIN ATTACH 'other.sqlite' AS other",
                      "EXPLAIN VACUUM INTO 'copy.sqlite'", "EXPLAIN PRAGMA journal_mode"])
    func explainsWrites(sql: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let file = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: file)
            let result = try Tipdb.run(["sql", "--format", "csv", sql], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let header = sql.lowercased().hasPrefix("explain query plan") ? "id,parent,notused,detail\r\n" : "addr,opcode,p1,p2,p3,p4,p5,comment\r\n"
            #expect(result.stdout.hasPrefix(header), "\(result.stdout)")
            #expect(result.stdout.count > header.count)
            #expect(try Data(contentsOf: file) == before)
            #expect(try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n FROM figures"], in: dir).stdout == "n\r\n60\r\n")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("copy.sqlite").path))
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("other.sqlite").path))
        }
    }

    static let reporting = "application_id, collation_list, compile_options, data_version, database_list, encoding, foreign_key_check, "
        + "foreign_key_list, foreign_keys, freelist_count, function_list, index_info, index_list, index_xinfo, integrity_check, "
        + "journal_mode, module_list, page_count, page_size, pragma_list, quick_check, schema_version, table_info, table_list, "
        + "table_xinfo, user_version"

    @Test("a PRAGMA that sets or acts is refused (exit 1) saying what it would do; the file is unchanged", arguments: [
        ("PRAGMA journal_mode = DELETE", "PRAGMA journal_mode with a value is refused: tipdb sql is read-only, and a value changes the setting; without one, PRAGMA journal_mode reads it"),
        ("PRAGMA journal_mode(delete)", "PRAGMA journal_mode with a value is refused: tipdb sql is read-only, and a value changes the setting; without one, PRAGMA journal_mode reads it"),
        ("EXPLAIN PRAGMA journal_mode = delete", "PRAGMA journal_mode with a value is refused: tipdb sql is read-only, and a value changes the setting; without one, PRAGMA journal_mode reads it"),
        ("PRAGMA query_only = 0", "PRAGMA query_only with a value is refused: tipdb sql is read-only, and a value changes the setting"),
        ("PRAGMA wal_checkpoint", "PRAGMA wal_checkpoint is refused: tipdb sql is read-only, and this pragma acts even without a value (it copies the write-ahead log into the database file)"),
        ("PRAGMA optimize", "PRAGMA optimize is refused: tipdb sql is read-only, and this pragma acts even without a value (it may run ANALYZE, which writes statistics into the database)"),
        ("PRAGMA incremental_vacuum", "PRAGMA incremental_vacuum is refused: tipdb sql is read-only, and this pragma acts even without a value (it removes free pages from the database file)"),
        ("PRAGMA shrink_memory", "PRAGMA shrink_memory is refused: tipdb sql is read-only, and this pragma acts even without a value (it frees the connection's cache and reports nothing about the database)"),
        ("PRAGMA cache_size", "PRAGMA cache_size is refused: tipdb sql is read-only and runs only the pragmas that report on the database: \(reporting)"),
    ])
    func refusesWithReason(sql: String, message: String) throws {
        try Self.expectRefused(sql, message: message)
    }

    /// Runs `sql` on the Fixtures' database and expects it refused (exit 1) with `message`,
    /// nothing on standard output and the file unchanged.
    static func expectRefused(_ sql: String, message: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let file = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: file)
            let result = try Tipdb.run(["sql", sql], in: dir)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "tipdb: error: \(message)\n")
            #expect(try Data(contentsOf: file) == before)
        }
    }

    @Test("a reading PRAGMA's argument names what to report on: PRAGMA table_info(sources) and table_info = sources both run")
    func readingPragmaArgument() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            for sql in ["PRAGMA table_info(sources)", "PRAGMA table_info = sources"] {
                let result = try Tipdb.run(["sql", "--format", "csv", "--max-rows", "1", sql], in: dir)
                #expect(result.status == 0, "\(sql): \(result.stderr)")
                #expect(result.stdout == "cid,name,type,notnull,dflt_value,pk\r\n0,id,INTEGER,0,,1\r\n", "\(sql)")
            }
        }
    }
}
