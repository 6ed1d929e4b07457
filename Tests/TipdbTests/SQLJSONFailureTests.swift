import Foundation
import Testing

/// `tipdb sql --format json` with the built binary: a script reading standard output as JSON gets
/// JSON when the query fails, as from the other commands that report as JSON.
@Suite("tipdb sql --format json prints a failure as one JSON object on standard output (built binary)")
struct SQLJSONFailureTests {
    @Test("invalid SQL, a write refused and an unusable database: {\"error\": ..., \"exitCode\": ...}, the exit code and standard error as without JSON", arguments: [
        ("select nope from figures", 1, "no such column: nope (SQLITE_ERROR, extended code 1) in `select nope from figures`"),
        ("delete from figures", 1, "DELETE is refused: tipdb sql is read-only and never changes the database (use tipdb ingest to add or correct data, tipdb retract KEY --reason TEXT to withdraw a figure)"),
        ("PRAGMA journal_mode = DELETE", 1, "PRAGMA journal_mode with a value is refused: tipdb sql is read-only, and a value changes the setting; without one, PRAGMA journal_mode reads it"),
    ])
    func failures(sql: String, status: Int32, message: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["sql", "--format", "json", sql], in: dir)
            #expect(result.status == status)
            #expect(result.stdout == "{\"error\": \"\(message.replacingOccurrences(of: "\"", with: "\\\""))\", \"exitCode\": \(status)}\n")
            #expect(result.stderr == "tipdb: error: \(message)\n")
            let text = try Tipdb.run(["sql", sql], in: dir)
            #expect(text.status == status && text.stdout.isEmpty && text.stderr == result.stderr)
        }
    }

    @Test("SQL that is only comments, found once the database is open, is a usage error (64) in JSON too")
    func onlyComments() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let message = "the SQL is empty (nothing but blanks, comments or ';'); expected one statement, such as "
                + "\"SELECT count(*) FROM figures\", as an argument, with -f FILE or on standard input"
            let result = try Tipdb.run(["sql", "--format", "json", "/* nothing */ ;"], in: dir)
            #expect(result.status == 64)
            #expect(result.stdout == "{\"error\": \"\(message.replacingOccurrences(of: "\"", with: "\\\""))\", \"exitCode\": 64}\n")
            #expect(result.stderr == "tipdb: error: \(message)\n")
        }
    }

    @Test("a database that cannot be used: exit 2 as JSON")
    func unusableDatabase() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["sql", "--db", "missing.sqlite", "--format=json", "SELECT 1"], in: dir)
            #expect(result.status == 2)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
            #expect(object["exitCode"] as? Int == 2)
            #expect((object["error"] as? String).map { result.stderr == "tipdb: error: \($0)\n" } == true, "\(result.stderr)")
        }
    }

    @Test("a failure after rows were written closes the array, then the error follows: the rows read and the error, two JSON values")
    func failureWhileReadingRows() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            // json_extract finds the second value malformed only when it reaches that row.
            let sql = "WITH t(v) AS (VALUES ('1'), ('{bad')) SELECT json_extract(v, '$') AS x FROM t"
            let result = try Tipdb.run(["sql", "--format", "json", sql], in: dir)
            #expect(result.status == 1)
            let message = "malformed JSON (SQLITE_ERROR, extended code 1) in `\(sql)`"
            #expect(result.stdout == "[\n  {\"x\": 1}\n]\n{\"error\": \"\(message)\", \"exitCode\": 1}\n")
            #expect(result.stderr == "tipdb: error: \(message)\n")
            // A timeout before any row: the error object alone.
            let runaway = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
            let stopped = try Tipdb.run(["sql", runaway, "--format", "json", "--timeout", "0.5"], in: dir)
            #expect(stopped.status == 1)
            #expect(stopped.stdout == "{\"error\": \"query stopped after 0.5 s (--timeout); narrow the query or raise --timeout\", \"exitCode\": 1}\n")
        }
    }

    @Test("NDJSON and the text formats keep failures on standard error alone: in NDJSON an error line would read as a row")
    func otherFormats() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            for format in ["ndjson", "csv", "table"] {
                let result = try Tipdb.run(["sql", "--format", format, "select nope from figures"], in: dir)
                #expect(result.status == 1)
                #expect(result.stdout.isEmpty, "\(format): \(result.stdout)")
                #expect(result.stderr == "tipdb: error: no such column: nope (SQLITE_ERROR, extended code 1) in `select nope from figures`\n")
            }
        }
    }
}
