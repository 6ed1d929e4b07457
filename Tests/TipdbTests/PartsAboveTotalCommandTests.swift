import Foundation
import Testing

/// Subgroups that cannot overlap adding up to more than their total (second review C4), as a user
/// meets them: a GLOTIP export loaded with `tipdb ingest`, then `tipdb check` and the brief from
/// the built binary, which name the same sums.
@Suite("parts-above-total: check and the brief (built binary)")
struct PartsAboveTotalCommandTests {
    /// Italy: 2019 female 3 + male 3 beside a total of 5; 2021 female 4 + male 5 beside `<5`
    /// (male alone is above it: named as subgroup-above-total only); 2020 female `<5` beside 2
    /// (a censored part adds its low end, 1: 1 + 2 = 3 > 2, named); 2022 girls 20 + boys 15 beside children 30.
    private static let export = GLOTIPFiles.top() + """
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,5,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Female,Total,2019,Counts,3,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Male,Total,2019,Counts,3,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,2,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Female,Total,2020,Counts,<5,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Male,Total,2020,Counts,2,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Total,Total,2021,Counts,<5,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Female,Total,2021,Counts,4,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Male,Total,2021,Counts,5,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,100,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Total,0 to 17 years,2022,Counts,30,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Female,0 to 17 years,2022,Counts,20,GLOTIP
        ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Male,0 to 17 years,2022,Counts,15,GLOTIP

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.export.utf8).write(to: dir.appendingPathComponent("ita.csv"))
        let ingest = try Tipdb.run(["ingest", "--quiet", "ita.csv"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    private static let key = "unodc-glotip:detected-trafficking-victims:ITA"

    @Test("check names female 3 + male 3 above 5, female <5 + male 2 above 2, and girls 20 + boys 15 above children 30, exit 0 (a warning)")
    func check() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            let k = Self.key
            #expect(check.stdout.contains("""
                warning: parts-above-total: subgroups that cannot overlap (female, male and other; age groups whose ages do not \
                overlap; parts of a country such as subdivision: England and subdivision: Wales, not England and Wales) add up to more than their total beyond rounding (counts from records, such as detected victims, at all), for the same measure, place, period, source and study, the releases of one \
                bulk export counting as one (a censored part such as <5 counted as 1, a range or interval at its low end and the total at the high end of its own; kept as published; say so \
                when citing) (3)
                  \(k):2019:female (3) + \(k):2019:male (3) = 6 > \(k):2019 (5)
                  \(k):2020:female (<5, counted as 1) + \(k):2020:male (2) = 3 > \(k):2020 (2)
                  \(k):2022:female:children (20) + \(k):2022:male:children (15) = 35 > \(k):2022:children (30)
                warning: 
                """), "\(check.stdout)")
            #expect(check.stdout.contains("\n  \(k):2021:male (5) > \(k):2021 (<5)\n"), "\(check.stdout)")
        }
    }

    @Test("the brief cautions about each sum check names, in every format, and about no other")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let check = try Tipdb.run(["check", "--format", "json"], in: dir)
            let report = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
            let finding = (report?["findings"] as? [[String: Any]] ?? []).first { $0["check"] as? String == "parts-above-total" }
            let checkTotals = (finding?["rows"] as? [String] ?? []).compactMap { $0.components(separatedBy: " > ").last?.components(separatedBy: " (").first }

            let arguments = ["report", "brief", "--place", "Italy", "--title", "Italy", "--date", "2026-11-30"]
            let markdown = try Tipdb.run(arguments, in: dir)
            #expect(markdown.status == 0, "\(markdown.stderr)")
            #expect(markdown.stdout.contains("""
                - **Caution (subgroups).** Detected victims of trafficking in Italy, 2019, UNODC 2025 [1]: the subgroups female (3) \
                and male (3) add up to 6, more than the total they are part of (5). All are kept as published, but subgroups that \
                cannot overlap cannot add up to more than their whole: one of them counts something else or is wrong. Say so when \
                citing any of them.\n
                """), "\(markdown.stdout)")
            #expect(markdown.stdout.contains("""
                - **Caution (subgroups).** Detected victims of trafficking in Italy, 2022, UNODC 2025 [1]: the subgroups female, \
                children (20) and male, children (15) add up to 35, more than the total they are part of (children, 30).
                """), "\(markdown.stdout)")
            // A censored part at its low end: <5 is at least 1 (Markdown escapes its <).
            #expect(markdown.stdout.contains("2020, UNODC 2025 [1]: the subgroups female (\\<5, at least 1) and male (2) add up to at least 3, "
                + "more than the total they are part of (2)."), "\(markdown.stdout)")
            let html = try Tipdb.run(arguments + ["--format", "html"], in: dir)
            #expect(html.stdout.contains("the subgroups female (3) and male (3) add up to 6, more than the total they are part of (5)."))
            let json = try Tipdb.run(arguments + ["--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let warnings = (object?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
            let sums = warnings.filter { ($0["text"] as? String)?.contains(" add up to ") == true }
            let k = Self.key
            #expect(sums.map { $0["figures"] as? [String] ?? [] } == [
                ["\(k):2019:female", "\(k):2019:male", "\(k):2019"],
                ["\(k):2020:female", "\(k):2020:male", "\(k):2020"],
                ["\(k):2022:female:children", "\(k):2022:male:children", "\(k):2022:children"],
            ])
            // The same totals as check's rows.
            #expect(sums.compactMap { ($0["figures"] as? [String])?.last } == checkTotals, "\(checkTotals)")
        }
    }
}
