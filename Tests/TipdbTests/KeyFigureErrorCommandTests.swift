import Foundation
import Storage
import Testing

/// A key figure check calls an error (second review C3), and the brief's JSON for an infinite
/// figure (Q1), as a user meets them: rows written the way the sqlite3 shell could write them,
/// which ingest refuses, and the brief printed by the built binary.
@Suite("Key figures pass over rows check calls errors; infinite values in the brief's JSON (built binary)")
struct KeyFigureErrorCommandTests {
    /// The Fixtures (detected victims in the world: 50,000 for 2019, 47,000 for 2020) with copies of
    /// the 2020 figure under `rows`: key, value, period; without its bound ("just under 47,000"), which
    /// would not hold the new value.
    private func fixtures(in dir: URL, adding rows: [(String, Double, String)], source: String? = nil) throws {
        try makeFixtureDatabase(in: dir)
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        defer { db.close() }
        for (key, value, period) in rows {
            try db.execute("""
                INSERT INTO figures (key, measure, value, censored, low, high, ci_level, unit, place, period_start, period_end, sex,
                    age_group, form, source, study, locator, quote, cites, method, notes, extra, batch_id, created_at, updated_at)
                SELECT ?, measure, ?, censored, NULL, NULL, ci_level, unit, place, ?, ?, sex, age_group, form, coalesce(?, source), study, locator,
                    quote, cites, method, notes, extra, batch_id, created_at, updated_at
                FROM figures WHERE key = 'unodc-2023-detected-victims-wld-2020'
                """, [key, value, period, period, source])
        }
    }

    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(
            ["report", "brief", "--measure", "detected-trafficking-victims", "--title", "t", "--date", "2026-11-30"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("-500 victims for 2021 is not the key figure: the sound 47,000 for 2020 is, and the -500 keeps its caution")
    func errorPassedOver() throws {
        try withTemporaryDirectory { dir in
            try fixtures(in: dir, adding: [("neg-2021", -500, "2021"), ("baddate", 900, "2021-02-30")])
            let markdown = try brief([], in: dir)
            #expect(markdown.contains("\n| Detected victims of trafficking | World | up to 47,000 |  | 2020 | UNODC 2023 [1] |"), "\(markdown)")
            #expect(!markdown.contains("| World | -500 |  | 2021 |"), "\(markdown)")
            #expect(markdown.contains("passing over a figure that cannot be right as stored (a negative count, "))
            #expect(markdown.contains("the figure -500 (neg-2021) cannot be right as stored"), "\(markdown)")
            let json = try JSONSerialization.jsonObject(with: Data(try brief(["--format", "json"], in: dir).utf8)) as? [String: Any]
            let keys = (json?["keyFigures"] as? [[String: Any]] ?? []).compactMap { ($0["figure"] as? [String: Any])?["key"] as? String }
            #expect(keys == ["unodc-2023-detected-victims-wld-2020"])
            // check still calls both rows errors (exit 1).
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 1)
            #expect(check.stdout.contains("  neg-2021 (negative in persons)\n"), "\(check.stdout)")
        }
    }

    @Test("a newer source's -500 for the same year as the sound 47,000: the estimates caution says the key figure passed it over")
    func competingError() throws {
        try withTemporaryDirectory { dir in
            try fixtures(in: dir, adding: [("neg-2020", -500, "2020")], source: "unodc-2024-glotip-2024")
            let markdown = try brief(["--place", "World", "--from", "2020", "--to", "2020"], in: dir)
            #expect(markdown.contains("\n| Detected victims of trafficking | World | up to 47,000 |  | 2020 | UNODC 2023 [1] |"), "\(markdown)")
            #expect(markdown.contains("""
                - **Caution (disagreement).** Detected victims of trafficking in the world, 2020: UNODC 2023 [1] gives up to 47,000 and \
                UNODC 2024 [2] gives -500; they differ beyond rounding. The key figure, up to 47,000 from UNODC 2023, is chosen by rule: \
                of primary counts for the same period other than -500 from UNODC 2024 (which cannot be right as stored), the most recently \
                published source is taken, which is no judgement that its count is the better one.
                """), "\(markdown)")
        }
    }

    @Test("when every candidate is an error, the key figure is still taken, and its caution says not to cite it")
    func onlyErrors() throws {
        try withTemporaryDirectory { dir in
            try fixtures(in: dir, adding: [("neg-2021", -500, "2021")])
            let markdown = try brief(["--place", "World", "--from", "2021"], in: dir)
            #expect(markdown.contains("\n| Detected victims of trafficking | World | -500 |  | 2021 | UNODC 2023 [1] |"), "\(markdown)")
            #expect(markdown.contains("- **Caution (errors).** Detected victims of trafficking, World, 2021 (all), UNODC 2023 [1]: the figure -500 (neg-2021) cannot be right as stored"), "\(markdown)")
        }
    }

    @Test("an infinite figure is \"Infinity\" in the brief's JSON, as tipdb sql --format json writes it, not null (which a censored value is)")
    func infinity() throws {
        try withTemporaryDirectory { dir in
            try fixtures(in: dir, adding: [("inf", .infinity, "2016"), ("minus-inf", -.infinity, "2015")])
            let json = try brief(["--format", "json"], in: dir)
            #expect(json.contains(#""key": "inf", "measure": "detected-trafficking-victims", "measureLabel": "Detected victims of trafficking", "value": "Infinity", "valueText": "∞", "censored": false"#), "\(json)")
            #expect(json.contains(#""key": "minus-inf", "measure": "detected-trafficking-victims", "measureLabel": "Detected victims of trafficking", "value": "-Infinity", "valueText": "-∞", "censored": false"#), "\(json)")
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let figures = (object?["figureGroups"] as? [[String: Any]] ?? []).flatMap { $0["figures"] as? [[String: Any]] ?? [] }
            let inf = try #require(figures.first { $0["key"] as? String == "inf" })
            #expect(inf["value"] as? String == "Infinity")
            #expect(inf["text"] as? String == "∞")
            let sql = try Tipdb.run(["sql", "--format", "json", "SELECT value FROM figures WHERE key = 'inf'"], in: dir)
            #expect(sql.stdout.contains(#""value": "Infinity""#), "\(sql.stdout)")
        }
    }
}
