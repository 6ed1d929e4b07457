import Foundation
import Testing

/// A key figure whose reference period ended long before the brief's date carries a caution
/// saying so (review W29), under the key figures table and in the brief's data: more than 10
/// years for estimates, more than 5 for yearly counts (`KeyFigureAge`). A fresh one carries none.
@Suite("key figures: a caution on a figure whose period ended long before the brief (built binary, real Fixtures)")
struct KeyFigureAgeTests {
    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let out = try Tipdb.run(["report", "brief", "--date", "2026-12-01"] + arguments, in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout
    }

    @Test("ILO 2005's 2.45 million trafficked (1995-2004) is 22 years old in a 2026 brief; the 2021 forced labour estimate is not cautioned")
    func wholeDatabase() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let md = try brief([], in: dir)
            let keySection = try #require(md.components(separatedBy: "## Comparability").first)
            #expect(keySection.contains("- **Caution (age).** Victims of trafficking in persons (estimated), World: the key figure, at least 2.45 million (ILO 2005 ["), "\(keySection)")
            #expect(keySection.contains("describes 1995-2004, a period that ended 22 years before this brief; no later figure of this measure and place is in the database. Say the period wherever the figure is quoted: it does not describe the situation now.\n"), "\(keySection)")
            #expect(!md.contains("Forced labour, World: the key figure"), "27.6 million for 2021 is 5 years old: no caution")
            // Listed once, under the key figures, not again among the comparability cautions.
            #expect(md.components(separatedBy: "**Caution (age).** Victims of trafficking in persons (estimated), World").count == 2, "\(md)")
            let comparability = try #require(md.components(separatedBy: "## Comparability").last?.components(separatedBy: "## Charts").first)
            #expect(!comparability.contains("Caution (age)"), "\(comparability)")

            let html = try brief(["--format", "html"], in: dir)
            #expect(html.contains("<p class=\"warning\"><strong>Caution (age).</strong> Victims of trafficking in persons (estimated), World: the key figure, at least 2.45 million (ILO 2005 "), "\(html)")

            let json = try JSONSerialization.jsonObject(with: Data(try brief(["--format", "json"], in: dir).utf8)) as? [String: Any]
            let warnings = (json?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
            let ages = warnings.filter { $0["kind"] as? String == "age" }
            #expect(ages.contains { ($0["figures"] as? [String]) == ["ilo-2005-trafficked-wld"] }, "\(ages)")
            #expect(!ages.contains { ($0["figures"] as? [String] ?? []).contains("ilo-wf-iom-2022-forced-labour-wld") }, "\(ages)")
        }
    }

    @Test("ILO 2005's 12.3 million in forced labour, a key figure of a brief up to 2001, names the 2021 estimate outside the brief's years")
    func laterOutsideScope() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let md = try brief(["--measure", "forced-labour", "--to", "2001"], in: dir)
            #expect(md.contains("| Forced labour | World | at least 12.3 million |  | 1995-2004 | ILO 2005 [1] |"), "\(md)")
            let caution = try #require(md.split(separator: "\n").first { $0.hasPrefix("- **Caution (age).** Forced labour, World:") }, "\(md)")
            #expect(caution.contains("the key figure, at least 12.3 million (ILO 2005 [1]), describes 1995-2004, a period that ended 22 years before this brief; a later figure of this measure and place is in the database, outside the years this brief covers (to 2001): 27.6 million for 2021 ("), "\(caution)")
            // Its source is cited, so the reader can find it.
            let label = try #require(caution.components(separatedBy: "27.6 million for 2021 (").last?.components(separatedBy: " [").first)
            #expect(md.contains("## References"), "\(md)")
            #expect(caution.contains("\(label) [2])"), "\(caution)")
            let json = try JSONSerialization.jsonObject(with: Data(try brief(["--measure", "forced-labour", "--to", "2001", "--format", "json"], in: dir).utf8)) as? [String: Any]
            let warnings = (json?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
            let age = try #require(warnings.first { $0["kind"] as? String == "age" && ($0["figures"] as? [String])?.first == "ilo-2005-forced-labour-wld" })
            #expect(age["figures"] as? [String] == ["ilo-2005-forced-labour-wld", "ilo-wf-iom-2022-forced-labour-wld"], "\(age)")
            #expect(age["citations"] as? [Int] == [1, 2], "\(age)")
        }
    }

    @Test("--period 2019: the key figure for 2019 names the change in the tables and the later count of 2020 outside the brief's years")
    func laterLevelBesideLaterChange() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let md = try brief(["--period", "2019", "--measure", "detected-trafficking-victims", "--place", "World"], in: dir)
            #expect(md.contains("""
                - **Caution (age).** Detected victims of trafficking, World: the key figure, up to 50,000 (UNODC 2023 [1]), \
                describes 2019, a period that ended 7 years before this brief; a later figure of this measure and place is in the \
                tables below, but it is in another unit, so not a key figure: up 25% for 2019-2022 (UNODC 2024 [2]); and a later \
                figure for everyone in its usual unit is in the database, outside the years this brief covers (to 2019): up to \
                47,000 for 2020 (UNODC 2023 [1]). Say the period wherever the figure is quoted: it does not describe the situation \
                now.\n
                """), "\(md)")
            let json = try JSONSerialization.jsonObject(with: Data(try brief(
                ["--period", "2019", "--measure", "detected-trafficking-victims", "--place", "World", "--format", "json"], in: dir).utf8))
                as? [String: Any]
            let warnings = (json?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
            let age = try #require(warnings.first { $0["kind"] as? String == "age" })
            #expect(age["figures"] as? [String] == [
                "unodc-2023-detected-victims-wld-2019", "unodc-2024-detected-victims-change-wld", "unodc-2023-detected-victims-wld-2020",
            ], "\(age)")
            #expect(age["citations"] as? [Int] == [1, 2, 1], "\(age)")
        }
    }

    @Test("--to 2019: ILO 2014's US$150 billion, whose period is not stated, names the US$236 billion for 2021 outside the brief's years")
    func laterBesideUnstatedPeriod() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let md = try brief(["--to", "2019", "--measure", "forced-labour-profits", "--place", "World"], in: dir)
            #expect(md.contains("""
                - **Caution (age).** Illegal profits from forced labour, World: the key figure, US\\$150 billion a year (ILO 2014 \
                [1]), comes from a source that does not state the period it describes, so how old it is cannot be told; a later \
                figure of this measure and place is in the tables below, but it is in another unit, so not a key figure: up \
                US\\$64 billion a year for 2014-2021 (ILO 2024 [2]); and a later figure for everyone in its usual unit is in the \
                database, outside the years this brief covers (to 2019): US\\$236 billion a year for 2021 (ILO 2024 [2]). Say so \
                wherever it is quoted, and do not present it as describing the year its source was published.\n
                """), "\(md)")
        }
    }

    @Test("the brief's date decides: the same 2021 estimate is cautioned in a 2032 brief, not in a 2031 one")
    func threshold() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            for (date, cautioned) in [("2031-12-31", false), ("2032-01-01", true)] {
                let out = try Tipdb.run(["report", "brief", "--date", date, "--measure", "forced-labour", "--place", "World"], in: dir)
                #expect(out.status == 0, "\(out.stderr)")
                #expect(out.stdout.contains("Forced labour, World: the key figure, 27.6 million") == cautioned, "\(date): \(out.stdout)")
            }
        }
    }
}
