import Foundation
import Storage
import Testing

/// A source another program wrote (the `sqlite3` shell, Datasette, a script) has no row in
/// `source_labels`, so SQL by label misses its figures: `tipdb check` names it, and `tipdb
/// migrate --repair` and the next ingest label it.
@Suite("sources written by another program: check names them, migrate --repair and ingest label them (built binary)")
struct SourceLabelRepairTests {
    static let message = "warning: source-without-label: sources without a label in source_labels (written by another program than tipdb), so figure_citations.source_label, figure_lineage.primary_source_label and source_usage.label are NULL for them and a query by label misses their figures; `tipdb migrate --repair` labels them (so does the next tipdb ingest) (1)\n  smith-2024\n"

    /// Writes, as a script would with SQL, the source `smith-2024` and a figure citing it.
    private func writeWithoutTipdb(in dir: URL) throws {
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        defer { db.close() }
        try db.execute("""
            INSERT INTO sources (key, kind, title, authors, published, batch_id, created_at, updated_at)
            VALUES ('smith-2024', 'journal-article', 'Forced labour in supply chains', 'Smith, Jane', '2024-03', 1, 't', 't')
            """)
        try db.execute("""
            INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, quote, batch_id, created_at, updated_at)
            SELECT 'smith-probe', measure, 5, unit, place, period_start, period_end, 'smith-2024', NULL, batch_id, created_at, updated_at
            FROM figures WHERE cites IS NULL AND censored = 0 LIMIT 1
            """)
    }

    /// The labels of `smith-2024` in the three views, one CSV line (empty fields for NULL).
    private func labels(in dir: URL) throws -> String {
        let out = try Tipdb.run(["sql", "--format", "csv", """
            SELECT c.source_label, l.primary_source_label, u.label FROM figure_citations c
            JOIN figure_lineage l ON l.figure = c.figure JOIN source_usage u ON u.source = c.source
            WHERE c.figure = 'smith-probe'
            """], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout.split(whereSeparator: \.isNewline).dropFirst().first.map(String.init) ?? ""
    }

    @Test("check warns, naming the source and the fix; migrate --repair labels it, says so, and has nothing to do a second time")
    func checkAndRepair() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try writeWithoutTipdb(in: dir)
            #expect(try labels(in: dir) == ",,")

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains(Self.message), "\(check.stdout)")

            let repaired = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(repaired.status == 0, "\(repaired.stderr)")
            #expect(repaired.stdout == """
                tipdb.sqlite: schema version \(Migration.latestVersion), nothing to apply
                labelled source smith-2024: Smith 2024

                """, "\(repaired.stdout)")
            #expect(try labels(in: dir) == "Smith 2024,Smith 2024,Smith 2024")
            let after = try Tipdb.run(["check"], in: dir)
            #expect(!after.stdout.contains("source-without-label"), "\(after.stdout)")

            let again = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(again.stdout.hasSuffix("tipdb.sqlite: every index, trigger, view and source label is as tipdb made it, nothing to repair\n"), "\(again.stdout)")
        }
    }

    @Test("the next ingest labels it; a rejected one leaves the database as it was")
    func ingestLabels() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try writeWithoutTipdb(in: dir)
            try Data("key,kind,title,publisher,date\nnew-2025,report,A new report,\n".utf8).write(to: dir.appendingPathComponent("bad.csv"))
            let rejected = try Tipdb.run(["ingest", "--quiet", "bad.csv"], in: dir)
            #expect(rejected.status == 1, "\(rejected.stdout) \(rejected.stderr)")
            #expect(try labels(in: dir) == ",,")

            try Data("key,kind,title,publisher,date\nnew-2025,report,A new report,Walk Free,2025\n".utf8).write(to: dir.appendingPathComponent("good.csv"))
            let loaded = try Tipdb.run(["ingest", "--quiet", "good.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(try labels(in: dir) == "Smith 2024,Smith 2024,Smith 2024")
            #expect(!(try Tipdb.run(["check"], in: dir)).stdout.contains("source-without-label"))
        }
    }
}
