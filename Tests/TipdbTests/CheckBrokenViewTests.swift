import Foundation
import Storage
import Testing

/// A view that reads a table since dropped passes `integrity_check` and the schema check (it is
/// not tipdb's), so `tipdb check` said nothing while every query on it failed (a data manager's
/// review, session 41). tipdb's own views are checked the same way.
@Suite("check names a view that cannot be read, the user's or tipdb's (built binary)")
struct CheckBrokenViewTests {
    private struct Report: Decodable {
        var findings: [Finding]
    }

    static let message = "views that cannot be read: every query on one fails with the error shown (a table or view it reads was dropped, or renamed); "
        + "a view of yours: drop it (sqlite3 DATABASE \"DROP VIEW name\") or restore what it reads from a backup; "
        + "one of tipdb's: `tipdb migrate --repair` recreates it, and names what it reads that only a backup brings back"

    static func sqlite(_ script: String, in dir: URL) throws {
        let result = try Tipdb.runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["sqlite3", "tipdb.sqlite", script], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
    }

    static func findings(in dir: URL) throws -> (status: Int32, findings: [String: [String]]) {
        let result = try Tipdb.run(["check", "--format", "json"], in: dir)
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        return (result.status, Dictionary(report.findings.map { ($0.check, $0.rows) }, uniquingKeysWith: +))
    }

    @Test("a view of the user's over a dropped table is an error (exit 1) naming it, SQLite's error and what to do; dropping it clears it")
    func usersView() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try Self.findings(in: dir).findings["broken-view"] == nil)
            try Self.sqlite("CREATE TABLE scratch(a); CREATE VIEW scratch_v AS SELECT * FROM scratch; DROP TABLE scratch;", in: dir)
            let text = try Tipdb.run(["check"], in: dir)
            #expect(text.status == 1, "\(text.stdout)")
            #expect(text.stdout.contains("error: broken-view: \(Self.message) (1)\n  scratch_v: no such table: main.scratch; drop it, or restore what it reads\n"), "\(text.stdout)")
            let json = try Self.findings(in: dir)
            #expect(json.status == 1)
            #expect(json.findings["broken-view"] == ["scratch_v: no such table: main.scratch; drop it, or restore what it reads"])
            #expect(json.findings["schema"] == nil, "the view is the user's, not tipdb's")
            try Self.sqlite("DROP VIEW scratch_v;", in: dir)
            #expect(try Self.findings(in: dir).findings["broken-view"] == nil)
        }
    }

    @Test("a view over a view the user dropped is named too, and a sound view of the user's is not")
    func viewOverView() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("""
                CREATE VIEW keys_v AS SELECT key FROM figures; CREATE VIEW first_v AS SELECT * FROM keys_v LIMIT 1;
                CREATE VIEW sound_v AS SELECT count(*) AS n FROM figures; DROP VIEW keys_v;
                """, in: dir)
            let json = try Self.findings(in: dir)
            #expect(json.status == 1)
            #expect(json.findings["broken-view"] == ["first_v: no such table: main.keys_v; drop it, or restore what it reads"])
        }
    }

    @Test("one of tipdb's views replaced by one that reads a dropped table: named as tipdb's, with migrate --repair, which mends it")
    func tipdbsView() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("DROP VIEW source_usage; CREATE VIEW source_usage AS SELECT * FROM scratch_gone;", in: dir)
            let json = try Self.findings(in: dir)
            #expect(json.status == 1)
            #expect(json.findings["broken-view"] == ["source_usage (tipdb's): no such table: main.scratch_gone; run tipdb migrate --repair"])
            #expect(json.findings["schema"] == ["view source_usage: changed"])
            let repaired = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(repaired.status == 0, "\(repaired.stderr)")
            #expect(repaired.stdout.contains("recreated view source_usage\n"), "\(repaired.stdout)")
            let after = try Self.findings(in: dir)
            #expect(after.findings["broken-view"] == nil)
            #expect(after.findings["schema"] == nil)
        }
    }

    @Test("a table of tipdb's dropped: its views are named as tipdb's, the checks that read them say they were not checked, the rest runs (no SQLite text alone)")
    func tipdbTableDropped() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("DROP TABLE source_labels;", in: dir)
            let text = try Tipdb.run(["check"], in: dir)
            #expect(text.status == 1, "\(text.stderr)")
            #expect(text.stderr.isEmpty, "\(text.stderr)")
            let json = try Self.findings(in: dir)
            #expect(json.findings["broken-view"] == [
                "figure_citations (tipdb's): no such table: main.source_labels; run tipdb migrate --repair",
                "figure_lineage (tipdb's): no such table: main.source_labels; run tipdb migrate --repair",
                "latest_estimates (tipdb's): no such table: main.source_labels; run tipdb migrate --repair",
                "source_usage (tipdb's): no such table: main.source_labels; run tipdb migrate --repair",
            ])
            #expect(json.findings["schema"]?.contains("table source_labels: missing") == true, "\(json.findings["schema"] ?? [])")
            #expect(json.findings["lineage-broken"] == ["not checked: no such table: main.source_labels (see the schema and broken-view findings)"])
            #expect(json.findings["no-quote-or-locator"] != nil, "the checks that read no broken view ran")
            let repaired = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(repaired.status == 0, "\(repaired.stderr)")
            let after = try Self.findings(in: dir)
            #expect(after.findings["broken-view"] == nil && after.findings["schema"] == nil && after.findings["lineage-broken"] == nil)
        }
    }

    @Test("series_figures dropped in a database that never held a bulk series: its views say run migrate --repair, which recreates it")
    func emptyTableDropped() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("DROP TABLE series_figures;", in: dir)
            let json = try Self.findings(in: dir)
            #expect(json.findings["broken-view"]?.contains("figure_changes (tipdb's): no such table: main.series_figures; run tipdb migrate --repair") == true,
                "\(json.findings["broken-view"] ?? [])")
            #expect(try Tipdb.run(["migrate", "--repair"], in: dir).status == 0)
            #expect(try Self.findings(in: dir).findings["broken-view"] == nil)
        }
    }

    @Test("series_figures dropped while series vintages refer to it: its views say what shows it held data and to restore a backup, not run a repair that refuses")
    func heldTableDropped() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("""
                INSERT INTO series_vintages (series, source, released, sha256, figures, batch_id)
                SELECT 'unodc-glotip', key, '2024-01-01', 'ab', 0, 1 FROM sources LIMIT 1;
                DROP TABLE series_figures;
                """, in: dir)
            let json = try Self.findings(in: dir)
            #expect(json.findings["broken-view"]?.contains("figure_changes (tipdb's): no such table: main.series_figures; "
                + "tipdb's table series_figures may have held data (1 series vintage refers to it), which tipdb migrate --repair cannot make again: "
                + "restore a backup made before the drop (tipdb backup --db BACKUP --force DATABASE)") == true, "\(json.findings["broken-view"] ?? [])")
            #expect(json.findings["broken-view"]?.allSatisfy { !$0.hasSuffix("run tipdb migrate --repair") } == true, "\(json.findings["broken-view"] ?? [])")
            #expect(try Tipdb.run(["migrate", "--repair"], in: dir).status == 2)
        }
    }

    @Test("a table a check reads before the others dropped (datasets, forms): the schema finding names it, the audit does not stop", arguments: ["datasets", "forms", "cases"])
    func heldCheckTableDropped(table: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("DROP TABLE \(table);", in: dir)
            let text = try Tipdb.run(["check"], in: dir)
            #expect(text.status == 1)
            #expect(text.stderr.isEmpty, "\(text.stderr)")
            #expect(text.stdout.contains("  table \(table): missing\n"), "\(text.stdout)")
        }
    }
}
