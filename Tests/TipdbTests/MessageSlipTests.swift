import Foundation
import Storage
import Testing

/// Messages that read wrongly (review of session 29): `no search index has a a column`,
/// `--timeout inf` refused as not "more than 0", `--timeout 0` echoed as `0.0`, and a dropped
/// tipdb view reported by `tipdb sql` without the repair `tipdb check` gives.
@Suite("search, sql: column, timeout and dropped-view messages (built binary)")
struct MessageSlipTests {
    @Test("a column filter on a column no index has names the column")
    func unknownColumn() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["search", "a:b"], in: dir)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("tipdb: error: no search index has a column named a: sources have title, authors, publisher, notes and container; "), "\(result.stderr)")
        }
    }

    @Test("--timeout that is not a finite number more than 0 is refused as typed", arguments: [
        ("inf", "--timeout inf: expected a finite number of seconds more than 0"),
        ("0", "--timeout 0: expected a finite number of seconds more than 0"),
        ("-1.50", "--timeout -1.50: expected a finite number of seconds more than 0"),
    ])
    func timeout(argument: String, message: String) throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let result = try Tipdb.run(["sql", "SELECT 1", "--timeout", argument], in: dir)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("tipdb: error: \(message)\n"), "\(result.stderr)")
        }
    }

    @Test("a query on a tipdb view another program dropped says to run tipdb migrate --repair")
    func droppedView() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("DROP VIEW figure_citations")
            db.close()
            let result = try Tipdb.run(["sql", "SELECT count(*) FROM figure_citations"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == "tipdb: error: no such table: figure_citations (SQLITE_ERROR, extended code 1) in `SELECT count(*) FROM figure_citations`; "
                + "figure_citations is one of tipdb's views, missing from this database (another program dropped it; tipdb check reports it): "
                + "tipdb migrate --repair recreates tipdb's indexes, triggers and views from its definitions without losing a row\n", "\(result.stderr)")
            // A table that is not tipdb's gets no hint.
            let other = try Tipdb.run(["sql", "SELECT * FROM no_such_thing"], in: dir)
            #expect(other.stderr == "tipdb: error: no such table: no_such_thing (SQLITE_ERROR, extended code 1) in `SELECT * FROM no_such_thing`\n", "\(other.stderr)")
            #expect(try Tipdb.run(["migrate", "--repair"], in: dir).status == 0)
            #expect(try Tipdb.run(["sql", "SELECT count(*) FROM figure_citations"], in: dir).status == 0)
        }
    }
}
