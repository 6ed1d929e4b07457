import Foundation
import Storage
import Testing

/// `tipdb sql` on a query that names one of tipdb's tables another program dropped gives the
/// remedy `tipdb migrate --repair`'s plan gives: it told a user who dropped `source_labels` or
/// `figures_fts` to restore a backup, losing every ingest since it was made, where the repair makes
/// both again without losing a row (review of session 44).
@Suite("sql: a dropped table of tipdb's gets the remedy --repair would carry out (built binary)")
struct SQLRepairHintTests {
    static let dropped = "missing from this database (another program dropped it; tipdb check reports it): "
    static let refill = "it holds nothing of its own, only what tipdb makes from other tables: tipdb migrate --repair makes it again and fills it from them, without losing a row\n"

    @Test("each dropped table: the SQL error, then what --repair does about it", arguments: [
        ("DROP TABLE source_labels", "SELECT figure, source_label FROM figure_citations",
         "no such table: main.source_labels", "main.source_labels is one of tipdb's tables, " + dropped + refill),
        ("DROP TABLE figures_fts", "SELECT count(*) FROM figures_fts",
         "no such table: figures_fts", "figures_fts is one of tipdb's tables, " + dropped + refill),
        ("DROP TABLE series_figures", "SELECT count(*) FROM series_figures",
         "no such table: series_figures", "series_figures is one of tipdb's tables, " + dropped
            + "nothing in the database refers to rows it could have held: tipdb migrate --repair makes it again, empty, without losing a row\n"),
        ("DROP TABLE figure_tags", "SELECT count(*) FROM figure_tags",
         "no such table: figure_tags", "figure_tags is one of tipdb's tables, " + dropped
            + "restore the database from a backup made before the change (tipdb backup)\n"),
    ])
    func hint(drop: String, query: String, error: String, hint: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute(drop)
            db.close()
            let result = try Tipdb.run(["sql", query], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == "tipdb: error: \(error) (SQLITE_ERROR, extended code 1) in `\(query)`; \(hint)", "\(result.stderr)")
        }
    }

    @Test("after the repair the hint named, the query runs and lists the labels again")
    func repairThenQuery() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("DROP TABLE source_labels")
            db.close()
            #expect(try Tipdb.run(["migrate", "--repair"], in: dir).status == 0)
            let result = try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) FROM figure_citations WHERE source_label IS NULL"], in: dir)
            #expect(result.stdout == "count(*)\r\n0\r\n", "\(result.stdout) \(result.stderr)")
        }
    }
}
