import Foundation
import Storage
import Testing

/// `tipdb check` names a JSON column that another program left holding text that is not JSON:
/// ingest never writes one, and every reader reads past it (since m0066 the two views that failed
/// on it too), so what it held was left out without a word.
@Suite("check: JSON columns holding text that is not JSON (built binary)")
struct JSONNotValidCheckTests {
    @Test("a broken CSL record, x_ columns and a revision are each named by table, row and column; the views still read")
    func namesBrokenJSON() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try Tipdb.run(["check"], in: dir).stdout.contains("json-not-valid") == false)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("UPDATE sources SET csl = '{\"container-title\": \"The Asia\nFoundation blog' WHERE key = 'francis-2013-shaking-up'")
            try db.execute("UPDATE figures SET extra = 'x_sector=mining' WHERE key = 'francis-2013-trafficked-wld'")
            try db.execute("""
                INSERT INTO figure_revisions (figure, batch_id, revised_at, previous)
                SELECT key, batch_id, '2026-12-07T00:00:00Z', '{"value": 2400000,' FROM figures WHERE key = 'francis-2013-trafficked-wld'
                """)
            let revision = try db.integer("SELECT max(id) FROM figure_revisions")
            db.close()

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "a warning: \(check.stdout)")
            let warning = """
                warning: json-not-valid: columns tipdb keeps JSON in holding text that is not JSON (written by another \
                program: the sqlite3 shell, a script), so what they held is left out: a source's CSL record (container, \
                edition, pages, editors) from its reference entry, a figure's earlier number from briefs and \
                figure_changes, x_ columns from exports; load the row again from its file, or write the column as JSON \
                (an object, {} for none) (3)
                  sources francis-2013-shaking-up, csl: "{"container-title": "The Asia Foundation" is not JSON
                  figures francis-2013-trafficked-wld, extra: "x_sector=mining" is not JSON
                  figure_revisions \(revision), previous: "{"value": 2400000," is not JSON

                """
            #expect(check.stdout.contains(warning), "\(check.stdout)")
            let json = try Tipdb.run(["check", "--format", "json"], in: dir)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let findings = try #require(document["findings"] as? [[String: Any]])
            let finding = try #require(findings.first { $0["check"] as? String == "json-not-valid" }, "\(json.stdout)")
            let rowKeys = (finding["rowKeys"] as? [[String: Any]] ?? []).map { "\($0["kind"] ?? ""): \($0["keys"] as? [String] ?? [])" }
            #expect(rowKeys == ["source: [\"francis-2013-shaking-up\"]", "figure: [\"francis-2013-trafficked-wld\"]", "figure_revisions: [\"\(revision)\"]"])

            // The views that failed whole on such a row read past it, and so do the briefs and
            // lineage, which stopped at the revision ("malformed JSON").
            for view in ["figure_citations", "figure_changes"] {
                let read = try Tipdb.run(["sql", "SELECT count(*) AS n FROM \(view)"], in: dir)
                #expect(read.status == 0, "\(view): \(read.stderr)")
            }
            for command in [["report", "brief"], ["report", "brief", "--format", "json"], ["report", "studies"],
                            ["report", "lineage", "francis-2013-trafficked-wld"], ["report", "sources"], ["search", "trafficked"]] {
                let run = try Tipdb.run(command + ["--db", "tipdb.sqlite"], in: dir)
                #expect(run.status == 0, "\(command): \(run.stderr)")
            }
            // Withdrawing the figure keeps the broken revision as the text it was, and nothing fails.
            let retract = try Tipdb.run(["retract", "francis-2013-trafficked-wld", "--reason", "test"], in: dir)
            #expect(retract.status == 0, "\(retract.stderr)")
            let kept = try Tipdb.run(["sql", "--format", "csv", "SELECT revisions ->> '$[0].previous' AS p FROM figure_retractions"], in: dir)
            #expect(kept.stdout == "p\r\n\"{\"\"value\"\": 2400000,\"\r\n", "\(kept.stdout)")
        }
    }
}
