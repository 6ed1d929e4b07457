import Foundation
import Testing

/// A PRAGMA's table-valued function (`SELECT * FROM pragma_optimize`) runs its PRAGMA when the
/// query steps, where the look at the SQL cannot see it: with the built binary, each is held to
/// the rules a PRAGMA statement is, and the reporting ones still run.
@Suite("tipdb sql holds a PRAGMA's table function to the PRAGMA's rules (built binary)")
struct SQLPragmaFunctionTests {
    @Test("a PRAGMA function that acts or reports on no data is refused (exit 1) as its PRAGMA is, with nothing written", arguments: [
        ("SELECT * FROM pragma_optimize", "PRAGMA optimize is refused: tipdb sql is read-only, and this pragma acts even without a value (it may run ANALYZE, which writes statistics into the database)"),
        ("select count(*) from PRAGMA_Optimize", "PRAGMA optimize is refused: tipdb sql is read-only, and this pragma acts even without a value (it may run ANALYZE, which writes statistics into the database)"),
        ("SELECT (SELECT count(*) FROM pragma_optimize) AS n FROM figures", "PRAGMA optimize is refused: tipdb sql is read-only, and this pragma acts even without a value (it may run ANALYZE, which writes statistics into the database)"),
        ("SELECT * FROM pragma_cache_size", "PRAGMA cache_size is refused: tipdb sql is read-only and runs only the pragmas that report on the database: \(SQLPragmaExplainTests.reporting)"),
        ("SELECT * FROM pragma_optimize(65538)", "PRAGMA optimize is refused: tipdb sql is read-only, and this pragma acts even without a value (it may run ANALYZE, which writes statistics into the database)"),
    ])
    func refuses(sql: String, message: String) throws {
        try SQLPragmaExplainTests.expectRefused(sql, message: message)
    }

    @Test("a refused PRAGMA function that needs no value is refused before a CSV header is written")
    func refusedBeforeOutput() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["sql", "--format", "csv", "SELECT * FROM pragma_optimize"], in: dir)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("the PRAGMA functions that report run: page_size, journal_mode, table_info of a table, with a parameter too")
    func reportingFunctionsRun() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let cases: [([String], String)] = [
                (["SELECT page_size > 0 AS ok FROM pragma_page_size"], "ok\r\n1\r\n"),
                (["SELECT journal_mode FROM pragma_journal_mode"], "journal_mode\r\nwal\r\n"),
                (["SELECT name FROM pragma_table_info('sources') WHERE cid = 0"], "name\r\nid\r\n"),
                (["SELECT count(*) > 0 AS ok FROM pragma_table_info(:t)", "--param", "t=figures"], "ok\r\n1\r\n"),
            ]
            for (arguments, expected) in cases {
                let result = try Tipdb.run(["sql", "--format", "csv"] + arguments, in: dir)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                #expect(result.stdout == expected, "\(arguments)")
            }
        }
    }
}
