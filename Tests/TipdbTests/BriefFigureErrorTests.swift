import Foundation
import Storage
import Testing

/// A brief over rows `tipdb check` calls errors (written by another tool: ingest refuses them)
/// cautions about each, by check's own rules, in every format.
@Suite("Brief cautions about figures check calls errors (built binary)")
struct BriefFigureErrorTests {
    /// The Fixtures with a negative count of persons and a period of 2019-02-30, written as the
    /// sqlite3 shell would write them.
    private func brokenFixtures(in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        defer { db.close() }
        try db.execute("UPDATE figures SET value = -5 WHERE key = 'ilo-2012-forced-labour-male-wld'")
        try db.execute("UPDATE figures SET period_start = '2019-02-30', period_end = '2019-02-30' WHERE key = 'ilo-2012-forced-labour-female-wld'")
    }

    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("a negative count and 2019-02-30 each get a caution naming the figure and check's error; check names the same figures")
    func cautions() throws {
        try withTemporaryDirectory { dir in
            try brokenFixtures(in: dir)
            let markdown = try brief([], in: dir)
            let lines = markdown.split(separator: "\n").filter { $0.hasPrefix("- **Caution (errors).**") }
            #expect(lines.count == 2, "\(markdown)")
            // Written for the brief's readers, who may never have run tipdb: no command names.
            #expect(!lines.contains { $0.contains("tipdb check") }, "\(lines)")
            #expect(lines.contains { line in
                line.contains("Forced labour, World, 2002-2011 (male)") && line.contains("the figure -5 (ilo-2012-forced-labour-male-wld) cannot be right as stored: its number is one its unit cannot hold: negative in persons (value-outside-unit). The database's own checks flag it as an error. It is shown as stored; do not cite it until the row is corrected against the source.")
            }, "\(lines)")
            #expect(lines.contains { line in
                line.contains("(ilo-2012-forced-labour-female-wld) cannot be right as stored: its reference period is not a real year, month or day: 2019-02-30 (period-form).")
            }, "\(lines)")

            let json = try brief(["--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let warnings = (object?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
            let cautioned = warnings.filter { $0["kind"] as? String == "errors" }.flatMap { $0["figures"] as? [String] ?? [] }
            #expect(Set(cautioned) == ["ilo-2012-forced-labour-male-wld", "ilo-2012-forced-labour-female-wld"])

            let html = try brief(["--format", "html"], in: dir)
            #expect(html.contains("(ilo-2012-forced-labour-male-wld) cannot be right as stored"))

            let check = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(check.status == 1)
            let report = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
            let findings = report?["findings"] as? [[String: Any]] ?? []
            let errorRows = findings.filter { ["value-outside-unit", "period-form"].contains($0["check"] as? String ?? "") }
                .flatMap { $0["rows"] as? [String] ?? [] }
            #expect(errorRows.contains("ilo-2012-forced-labour-male-wld (negative in persons)"), "\(errorRows)")
            #expect(errorRows.contains("ilo-2012-forced-labour-female-wld (2019-02-30)"), "\(errorRows)")
        }
    }

    @Test("a brief whose scope leaves the broken figures out has no such caution")
    func outOfScope() throws {
        try withTemporaryDirectory { dir in
            try brokenFixtures(in: dir)
            let markdown = try brief(["--measure", "forced-marriage"], in: dir)
            #expect(!markdown.contains("Caution (errors)"))
        }
    }
}
