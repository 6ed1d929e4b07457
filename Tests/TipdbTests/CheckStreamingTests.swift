import Foundation
import Storage
import Testing

/// `tipdb check` writes its findings as the audit finds them (`--format json` too): the output must
/// stay what it would be were the whole report built first, tipdb's JSON layout for JSON.
@Suite("tipdb check writes as it finds (built binary)")
struct CheckStreamingTests {
    /// The JSON report built whole: the findings, and the totals of the text report's last line.
    private struct WholeReport: Encodable {
        struct Totals: Encodable {
            var errors: Int
            var rowsByCheck: [String: Int]
            var warnings: Int
        }
        var findings: [Finding]
        var totals: Totals
    }

    /// The report as `tipdb check --format json` would print it from the findings held whole.
    private func encodedWhole(_ findings: [Finding]) throws -> String {
        let errors = findings.filter { $0.severity == .error }.count
        let rows = Dictionary(findings.map { ($0.check, $0.rows.count) }, uniquingKeysWith: +)
        let totals = WholeReport.Totals(errors: errors, rowsByCheck: rows, warnings: findings.count - errors)
        return try JSONLayout.document(WholeReport(findings: findings, totals: totals))
    }

    /// The text report as it was printed from the findings held whole.
    private func textWhole(_ findings: [Finding], maxRows: Int, database: String) -> String {
        var out = ""
        for finding in findings {
            out += "\(finding.severity.rawValue): \(finding.check): \(finding.message) (\(finding.rows.count))\n"
            for row in finding.rows.prefix(maxRows) { out += "  \(row)\n" }
            if finding.rows.count > maxRows { out += "  … and \(finding.rows.count - maxRows) more (--max-rows or --format json)\n" }
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        return out + "\(database): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
    }

    @Test("a database with findings of many checks, keys holding every control character, quotes, slashes and non-ASCII: JSON and text as before")
    func sameOutput() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let path = dir.appendingPathComponent("tipdb.sqlite").path
            let db = try Database(path: path, mode: .readWrite)
            let odd = "k-" + String(String.UnicodeScalarView((1..<0x20).compactMap(Unicode.Scalar.init))) + "\"\\/ é\u{2028}😀\u{7F}"
            let figures: [(String, String, Double, String, String, String, String?)] = [
                (odd, "forced-labour", -5, "persons", "2016", "total", nil),
                ("frac/1", "forced-labour", 1.5, "persons", "2016", "total", nil),
                ("bad-period", "forced-labour", 3, "persons", "2016-13", "total", nil),
                ("share", "forced-labour", 150, "percent", "2016", "total", nil),
                ("sub-f", "forced-labour", 900, "persons", "2016", "total", "sexual-exploitation"),
                ("money-persons", "forced-labour-profits", 10, "persons", "2016", "total", nil),
                ("teen\t\"x\"", "forced-labour", 1, "persons", "2016", "teen \"x\"", "weird\\form"),
            ]
            for (key, measure, value, unit, period, age, form) in figures {
                try db.execute("""
                    INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, age_group, form, source,
                                         batch_id, created_at, updated_at)
                    SELECT ?, ?, ?, ?, 'WLD', ?, ?, ?, ?, source, batch_id, created_at, updated_at FROM figures LIMIT 1
                    """, [key, measure, value, unit, period, period, age, form])
            }
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, batch_id, created_at, updated_at, cites)
                SELECT 'loop-' || k, 'forced-labour', v, 'persons', 'FRA', '2016', '2016', source, batch_id, created_at, updated_at, 'loop-' || c
                FROM figures, (SELECT 'a' AS k, 'b' AS c, 10 AS v UNION ALL SELECT 'b', 'a', 12) WHERE figures.key = 'frac/1'
                """)
            try db.execute("CREATE TRIGGER analyst_note AFTER INSERT ON figures BEGIN SELECT 1; END")
            db.close()

            let json = try Tipdb.run(["check", "--format", "json"], in: dir)
            let text = try Tipdb.run(["check", "--max-rows", "2"], in: dir)
            let reader = try Database(path: path, mode: .readOnly)
            defer { reader.close() }
            let findings = try Audit(db: reader).run()
            #expect(Set(findings.map(\.check)).isSuperset(of: [
                "lineage-loop", "period-form", "unit-contradicts-measure", "value-outside-unit", "age-group-not-accepted",
                "fractional-count", "no-quote-or-locator", "repeat-changed", "schema-triggers", "subgroup-above-total", "unknown-form",
            ]), "\(findings.map(\.check))")
            #expect(findings.contains { $0.rows.contains { $0.hasPrefix(odd) } })
            #expect(json.status == 1 && text.status == 1)
            #expect(json.stdout == (try encodedWhole(findings)))
            #expect(text.stdout == textWhole(findings, maxRows: 2, database: "tipdb.sqlite"))
        }
    }

    @Test("a database with no finding prints an empty list and zero totals")
    func noFindings() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let json = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(json.status == 0)
            #expect(json.stdout == "{\n  \"findings\": [],\n  \"totals\": {\n    \"errors\": 0,\n    \"rowsByCheck\": {},\n    \"warnings\": 0\n  }\n}\n")
            #expect(json.stdout == (try encodedWhole([])))
        }
    }
}
