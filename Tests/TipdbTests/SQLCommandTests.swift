import Foundation
import Storage
import Testing

@Suite("tipdb sql (built binary): read-only, parameters, formats, limits")
struct SQLCommandTests {
    static let writes = [
        "INSERT INTO tags (name) VALUES ('x')",
        "UPDATE figures SET value = 0",
        "DELETE FROM figures",
        "REPLACE INTO tags (name) VALUES ('x')",
        "WITH doomed AS (SELECT key FROM figures) DELETE FROM figures WHERE key IN doomed",
        "DROP TABLE figures",
        "DROP VIEW figure_citations",
        "CREATE TABLE t (x)",
        "CREATE TEMP TABLE t (x)",
        "CREATE INDEX i ON figures(value)",
        "ALTER TABLE figures ADD COLUMN y",
        "ATTACH DATABASE 'other.sqlite' AS other",
        "DETACH DATABASE main",
        "VACUUM",
        "VACUUM INTO 'copy.sqlite'",
        "PRAGMA user_version = 7",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "PRAGMA optimize",
        "REINDEX",
        "ANALYZE",
        "  -- a comment first\n  delete from sources",
    ]

    @Test("every write form is refused and the file stays byte-identical", arguments: writes)
    func refusesWrites(sql: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let file = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: file)
            let result = try Tipdb.run(["sql", sql], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("is refused: tipdb sql is read-only") || result.stderr.contains("readonly"), "\(result.stderr)")
            #expect(try Data(contentsOf: file) == before)
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("copy.sqlite").path))
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("other.sqlite").path))
        }
    }

    @Test("a refused PRAGMA is named, not refused as just 'PRAGMA'; a WITH by the statement it leads to", arguments: [
        ("PRAGMA journal_mode = delete", "PRAGMA journal_mode with a value"),
        ("pragma main.journal_mode(delete)", "PRAGMA journal_mode with a value"),
        ("PRAGMA wal_checkpoint", "PRAGMA wal_checkpoint"),
        ("WITH x AS (SELECT 1) UPDATE figures SET value = 1", "UPDATE"),
        ("with \"delete\"(a) as (select 'delete' /* update */) , y AS (VALUES (1)) delete from figures where key in (select a from \"delete\")", "DELETE"),
        ("WITH RECURSIVE n(i) AS (SELECT 1) INSERT INTO tags(name) SELECT 'x' || i FROM n", "INSERT"),
    ])
    func namesRefusedPragma(sql: String, named: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["sql", sql], in: dir)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("tipdb: error: \(named) is refused: tipdb sql is read-only"), "\(result.stderr)")
        }
    }

    @Test("transaction control is refused with a reason, not run to print an empty result", arguments: ["BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT a", "release a"])
    func refusesTransactionControl(sql: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["sql", sql], in: dir)
            #expect(result.status == 1)
            let keyword = sql.split(separator: " ")[0].uppercased()
            #expect(result.stderr == "tipdb: error: \(keyword) controls a transaction, which tipdb sql has no use for: it runs one query, which reads a consistent snapshot on its own\n")
            #expect(result.stdout.isEmpty)
        }
    }

    static let probe = "SELECT 42 AS whole, 2.5 AS real, NULL AS missing, '' AS empty, 'Côte d''Ivoire, \"quoted\"' AS unicode, x'00ff10' AS bytes, 'two\nlines' AS multiline"

    @Test("output formats match their golden files", arguments: ["table", "csv", "tsv", "json", "ndjson", "md"])
    func formats(format: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["sql", Self.probe, "--format", format], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            try expectGolden(result.stdout, "sql.\(format)")
            if format == "json" {
                let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
                #expect(rows[0]["whole"] as? Int == 42)
                #expect(rows[0]["real"] as? Double == 2.5)
                #expect(rows[0]["missing"] is NSNull)
                #expect(rows[0]["bytes"] as? String == "AP8Q")
            }
        }
    }

    @Test("JSON and Markdown, written row by row, read the same with no rows, one row and many")
    func streamedFormats() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let none = "SELECT key FROM figures WHERE 0"
            #expect(try Tipdb.run(["sql", none, "--format", "json"], in: dir).stdout == "[]\n")
            #expect(try Tipdb.run(["sql", none, "--format", "markdown"], in: dir).stdout == "| key |\n| --- |\n")
            let three = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) SELECT i FROM n"
            #expect(try Tipdb.run(["sql", three, "--format", "json"], in: dir).stdout == "[\n  {\"i\": 1},\n  {\"i\": 2},\n  {\"i\": 3}\n]\n")
            #expect(try Tipdb.run(["sql", three, "--format", "markdown"], in: dir).stdout == "| i |\n| --- |\n| 1 |\n| 2 |\n| 3 |\n")
            let cut = try Tipdb.run(["sql", three, "--format", "json", "--max-rows", "2"], in: dir)
            #expect(cut.stdout == "[\n  {\"i\": 1},\n  {\"i\": 2}\n]\n")
            #expect(try JSONSerialization.jsonObject(with: Data(cut.stdout.utf8)) is [Any])
        }
    }

    @Test("parameters bind in all four syntaxes; missing and unknown ones are named")
    func parameters() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let sql = "SELECT :a || @b || $c || ?4 AS joined"
            let ok = try Tipdb.run(["sql", sql, "--format", "csv", "--param", "a=x", "--param", "@b=y", "--param", "$c=z", "--param", "4=w"], in: dir)
            #expect(ok.stdout == "joined\r\nxyzw\r\n")
            let typed = try Tipdb.run(["sql", "SELECT typeof(:i), typeof(:r), typeof(:t)", "--format", "csv", "--param", "i=5", "--param", "r=2.5", "--param", "t=O'Brien; DROP TABLE figures"], in: dir)
            #expect(typed.stdout.hasSuffix("integer,real,text\r\n"))
            // Leading zeros and signs would be lost as numbers: an M49 code stays text and matches.
            let codes = try Tipdb.run(["sql", "SELECT typeof(:a), typeof(:b), typeof(:c), typeof(:d), (SELECT code FROM places WHERE m49 = :a) AS place", "--format", "csv",
                                       "--param", "a=035", "--param", "b=+5", "--param", "c=-0.5", "--param", "d=00.5"], in: dir)
            #expect(codes.stdout.hasSuffix("\r\ntext,text,real,text,M49-035\r\n"), "\(codes)")
            let reals = try Tipdb.run(["sql", "SELECT typeof(:a), typeof(:b), typeof(:c), typeof(:d)", "--format", "csv",
                                       "--param", "a=5.50", "--param", "b=1e3", "--param", "c=2.5", "--param", "d=1000.0"], in: dir)
            #expect(reals.stdout.hasSuffix("\r\ntext,text,real,real\r\n"), "\(reals)")
            let twice = try Tipdb.run(["sql", "SELECT :a", "--param", "a=1", "--param", ":a=2"], in: dir)
            #expect(twice.status == 64)
            #expect(twice.stderr.hasPrefix("tipdb: error: --param a is given twice; expected each parameter once"))
            let missing = try Tipdb.run(["sql", "SELECT :a, :b", "--param", "a=1"], in: dir)
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("parameter :b has no value; pass --param b=VALUE"))
            let unknown = try Tipdb.run(["sql", "SELECT :a", "--param", "a=1", "--param", "zz=2"], in: dir)
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("--param zz does not match any parameter"))
            let plain = try Tipdb.run(["sql", "SELECT ?"], in: dir)
            #expect(plain.stderr.contains("a plain ? parameter cannot be given by name"))
        }
    }

    @Test("one statement only; SQL from a file and from standard input; invalid SQL is exit 1")
    func statements() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let two = try Tipdb.run(["sql", "SELECT 1; SELECT 2"], in: dir)
            #expect(two.status == 1)
            #expect(two.stderr.contains("several statements given; tipdb sql runs exactly one"))
            #expect(try Tipdb.run(["sql", "SELECT 1; -- trailing comment\n"], in: dir).status == 0)
            try Data("SELECT count(*) AS n FROM figures".utf8).write(to: dir.appendingPathComponent("q.sql"))
            #expect(try Tipdb.run(["sql", "-f", "q.sql", "--format", "csv"], in: dir).stdout == "n\r\n60\r\n")
            let piped = try Tipdb.run(["sql", "--format", "csv"], in: dir, input: Data("SELECT count(*) AS n FROM sources".utf8))
            #expect(piped.stdout == "n\r\n11\r\n")
            let bad = try Tipdb.run(["sql", "SELEC 1"], in: dir)
            #expect(bad.status == 1)
            #expect(bad.stderr.contains("syntax error"))
        }
    }

    @Test("SQL with a NUL byte, or bytes that are not UTF-8, is refused (exit 1) with the byte offset: SQLite ignored everything after a NUL")
    func refusesNULAndInvalidUTF8() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let nul = Data("SELECT count(*) FROM figures\u{0} WHERE measure = 'forced-labour'".utf8)
            try nul.write(to: dir.appendingPathComponent("q.sql"))
            let file = try Tipdb.run(["sql", "-f", "q.sql"], in: dir)
            #expect(file.status == 1)
            #expect(file.stdout.isEmpty)
            #expect(file.stderr == "tipdb: error: q.sql: NUL byte (0x00) at byte offset 28; SQL is text, and SQLite would ignore everything after it: remove it\n")
            let piped = try Tipdb.run(["sql"], in: dir, input: nul)
            #expect(piped.status == 1)
            #expect(piped.stderr == "tipdb: error: standard input: NUL byte (0x00) at byte offset 28; SQL is text, and SQLite would ignore everything after it: remove it\n")
            let latin1 = Data("SELECT count(*) FROM places WHERE name = 'C".utf8) + Data([0xF4]) + Data("te d''Ivoire'".utf8)
            try latin1.write(to: dir.appendingPathComponent("l.sql"))
            let legacy = try Tipdb.run(["sql", "-f", "l.sql"], in: dir)
            #expect(legacy.status == 1)
            #expect(legacy.stdout.isEmpty)
            #expect(legacy.stderr == "tipdb: error: l.sql: invalid UTF-8 byte 0xF4 at byte offset 43; the text is probably Latin-1 or Windows-1252 (ô there): save it as UTF-8\n")
            // Notepad's byte order mark is skipped (the SQL was called empty), and counted in an offset.
            try (Data([0xEF, 0xBB, 0xBF]) + Data("-- Which?\nSELECT count(*) AS n FROM measures WHERE code = 'forced-labour';\n".utf8))
                .write(to: dir.appendingPathComponent("bom.sql"))
            let bom = try Tipdb.run(["sql", "--format", "csv", "-f", "bom.sql"], in: dir)
            #expect(bom.status == 0, "\(bom.stderr)")
            #expect(bom.stdout.split(whereSeparator: \.isNewline) == ["n", "1"], "\(bom.stdout)")
            let bomPiped = try Tipdb.run(["sql"], in: dir, input: Data([0xEF, 0xBB, 0xBF]) + nul)
            #expect(bomPiped.stderr == "tipdb: error: standard input: NUL byte (0x00) at byte offset 31; SQL is text, and SQLite would ignore everything after it: remove it\n")
            // PowerShell's > writes UTF-16: named so, not as Latin-1 at its byte order mark.
            try (Data([0xFF, 0xFE]) + "SELECT 1".data(using: .utf16LittleEndian)!).write(to: dir.appendingPathComponent("u16.sql"))
            let utf16 = try Tipdb.run(["sql", "-f", "u16.sql"], in: dir)
            #expect(utf16.status == 1)
            #expect(utf16.stderr == "tipdb: error: u16.sql: the text is UTF-16 (it starts with a UTF-16 byte order mark, as PowerShell's > and Windows' \"Unicode\" encoding write it); save it as UTF-8\n")
            try "SELECT 1".data(using: .utf16LittleEndian)!.write(to: dir.appendingPathComponent("u16n.sql"))
            let unmarked = try Tipdb.run(["sql", "-f", "u16n.sql"], in: dir)
            #expect(unmarked.stderr == "tipdb: error: u16n.sql: the text is probably UTF-16 (every other byte is NUL, as PowerShell's > and Windows' \"Unicode\" encoding write it); save it as UTF-8\n")
            let pipedLegacy = try Tipdb.run(["sql"], in: dir, input: latin1)
            #expect(pipedLegacy.stderr.hasPrefix("tipdb: error: standard input: invalid UTF-8 byte 0xF4 at byte offset 43;"), "\(pipedLegacy.stderr)")
            // The argument, given as raw bytes by the shell (a Swift string cannot hold them).
            let shell = try Tipdb.runInShell(#"exec "$0" sql "$(printf "SELECT 'caf\351'")""#, in: dir)
            // Refused with every other argument that is not UTF-8, before the command runs.
            #expect(shell.status == 64)
            #expect(shell.stderr == "tipdb: error: argument 2 (SELECT 'caf\\xE9') is not valid UTF-8; tipdb reads file names and text as UTF-8: rename the file (for example with convmv) or re-encode the text\n")
            // Valid UTF-8, U+FFFD itself included, still runs.
            let valid = try Tipdb.run(["sql", "SELECT 'Côte d''Ivoire \u{FFFD}' AS t", "--format", "csv"], in: dir)
            #expect(valid.stdout == "t\r\nCôte d'Ivoire \u{FFFD}\r\n")
        }
    }

    @Test("a SQLite error shows its code's name (SQLITE_TOOBIG), not a number (SQLITE_18)")
    func errorCodeName() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["sql", "SELECT zeroblob(2000000000)"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == "tipdb: error: string or blob too big (SQLITE_TOOBIG, extended code 18) in `SELECT zeroblob(2000000000)`\n")
        }
    }

    @Test("Markdown output is only the table on stdout (it goes into .md files); the row count goes to stderr")
    func markdownCountOnStderr() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let one = try Tipdb.run(["sql", "SELECT 1 AS n", "--format", "markdown"], in: dir)
            #expect(one.status == 0)
            #expect(one.stdout == "| n |\n| --- |\n| 1 |\n")
            #expect(one.stderr == "(1 row)\n")
            let capped = try Tipdb.run(["sql", "SELECT key FROM figures ORDER BY key", "--format", "markdown", "--max-rows", "3"], in: dir)
            #expect(capped.stdout.split(separator: "\n").count == 5)
            #expect(capped.stderr == "(first 3 rows: --max-rows 3 reached)\n")
            // The table format is for reading at a terminal: its count stays under it.
            let table = try Tipdb.run(["sql", "SELECT 1 AS n"], in: dir)
            #expect(table.stdout.hasSuffix("(1 row)\n"))
            #expect(table.stderr.isEmpty)
        }
    }

    @Test("--timeout stops a runaway query; --max-rows caps output and says so")
    func limits() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let runaway = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
            let stopped = try Tipdb.run(["sql", runaway, "--timeout", "0.5"], in: dir)
            #expect(stopped.status == 1)
            #expect(stopped.stderr.contains("query stopped after 0.5 s (--timeout)"))
            // A timeout that is not a number of seconds would have meant no timeout at all.
            for bad in ["nan", "inf", "0", "-1"] {
                let refused = try Tipdb.run(["sql", "SELECT 1", "--timeout", bad], in: dir)
                #expect(refused.status == 64, "\(bad)")
                #expect(refused.stderr.hasPrefix("tipdb: error: --timeout \(bad): expected a finite number of seconds more than 0\n"), "\(bad): \(refused.stderr)")
            }
            let negativeRows = try Tipdb.run(["sql", "SELECT 1", "--max-rows", "-1"], in: dir)
            #expect(negativeRows.status == 64)
            #expect(negativeRows.stderr.hasPrefix("tipdb: error: --max-rows must be 0 or more"), "\(negativeRows.stderr)")
            // Every numeric option takes a negative number as its value and says what is wrong with it.
            for (arguments, message) in [
                (["check", "--max-rows", "-1"], "--max-rows must be 0 or more"),
                (["search", "x", "--limit", "-3"], "--limit must be at least 1"),
                (["report", "brief", "--from", "-5"], "--from -5 is not a year; expected four digits, such as 2020"),
                (["derive", "ctdc", "--dataset", "d", "--by", "year", "--min-cell", "-2"], "--min-cell must be 2 or more"),
            ] {
                let refused = try Tipdb.run(arguments, in: dir)
                #expect(refused.status == 64, "\(arguments)")
                #expect(refused.stderr.hasPrefix("tipdb: error: \(message)"), "\(arguments): \(refused.stderr)")
            }
            // No statement, however given, is a usage error.
            for (arguments, input) in [(["sql", "  "], ""), (["sql", ";"], ""), (["sql", "/* c */ ;"], ""), (["sql"], "-- only a comment\n")] {
                let empty = try Tipdb.run(arguments, in: dir, input: Data(input.utf8))
                #expect(empty.status == 64, "\(arguments)")
                #expect(empty.stderr.hasPrefix("tipdb: error: the SQL is empty (nothing but blanks, comments or ';'); expected one statement"), "\(arguments): \(empty.stderr)")
            }
            let capped = try Tipdb.run(["sql", "SELECT key FROM figures ORDER BY key", "--max-rows", "3"], in: dir)
            #expect(capped.stdout.hasSuffix("(first 3 rows: --max-rows 3 reached)\n"))
            #expect(capped.stdout.split(separator: "\n").count == 6)
            let cappedCSV = try Tipdb.run(["sql", "SELECT key FROM figures", "--max-rows", "2", "--format", "csv"], in: dir)
            #expect(cappedCSV.stdout.split(separator: "\r\n").count == 3)
            #expect(cappedCSV.stderr.contains("output stopped after 2 rows (--max-rows)"))
        }
    }

    @Test("the example queries in Fixtures/queries all run and each says what it answers")
    func exampleQueries() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let folder = repositoryRoot.appendingPathComponent("Fixtures/queries")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }.sorted()
            #expect(files.count >= 5)
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                #expect(text.hasPrefix("-- "), "\(file) needs a comment header saying what it answers")
                var arguments = ["sql", "-f", folder.appendingPathComponent(file).path]
                if text.contains(":measure") { arguments += ["--param", "measure=forced-labour"] }
                if text.contains(":place") { arguments += ["--param", "place=WLD"] }
                if text.contains(":region") { arguments += ["--param", "region=ILO-ASIA-PACIFIC"] }
                if text.contains(":source") { arguments += ["--param", "source=ILO 2005"] }
                let result = try Tipdb.run(arguments, in: dir)
                #expect(result.status == 0, "\(file): \(result.stderr)")
                #expect(!result.stdout.hasSuffix("(0 rows)\n"), "\(file) returned nothing on the Fixtures")
            }
        }
    }
}

@Suite("tipdb sql and Ctrl-C")
struct SQLInterruptTests {
    @Test("Ctrl-C stops a running query cleanly: a message, death by SIGINT (130 in a shell), the file unchanged")
    func interrupt() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let file = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: file)
            let process = Process()
            process.executableURL = Tipdb.executable
            process.arguments = ["sql", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"]
            process.currentDirectoryURL = dir
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: 0.7)
            kill(process.processIdentifier, SIGINT)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            #expect(process.terminationStatus == SIGINT)
            #expect(stderr.contains("query interrupted (Ctrl-C); nothing was changed"), "\(stderr)")
            #expect(try Data(contentsOf: file) == before)
        }
    }
}
