import Foundation
import Testing

/// A key figure that is an amount of money for a period that is not whole years gets one caution,
/// `period`, which says all the periods caution said of its measure and place too: a reader met
/// the same advice twice (review of session 30). An amount for whole years, one or six, is a
/// year's amount as the brief writes it and gets neither (session 33: ILO 2005's US$32 billion a
/// year for 1995-2004 was called "an amount over ten years (1995-2004), not one year").
@Suite("brief: one caution for a money key figure for months, none for whole years (built binary)")
struct MoneyPeriodCautionTests {
    /// Institute A's amount for 18 months, the Philippines' key figure, and a yearly amount of
    /// Institute B for 2017; for Thailand, Institute A's for 2015-2020, the key figure, and
    /// Institute B's for 2014.
    private func brief(format: String) throws -> String {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,publisher,date
                src-a,report,Report A,Institute A,2021
                src-b,report,Report B,Institute B,2018

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,cites,method
                a-months,trafficking-profits,2 billion,USD,PHL,2019-11/2021-04,src-a,,estimated
                b-year,trafficking-profits,1.5 billion,USD,PHL,2017,src-b,,estimated
                c-six,trafficking-profits,1.8 billion,USD,THA,2015-2020,src-a,,estimated
                d-year,trafficking-profits,1.2 billion,USD,THA,2014,src-b,,estimated

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let ingest = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let result = try Tipdb.run(["report", "brief", "--format", format, "--date", "2026-12-01"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
    }

    static let caution = "Illegal profits from trafficked forced labour, the Philippines: the key figure, US$2 billion a year (Institute A 2021 [1]), "
        + "is for 18 months (November 2019 to April 2021), not whole years, while the measure is a year's amount, as the brief writes it and "
        + "every amount of this measure and place in the tables, for periods of one year (2017) and 18 months (November 2019 to April 2021): check "
        + "that each source gave a yearly amount, not a total for its period, before quoting or comparing them. The latest amount "
        + "for whole years is US$1.5 billion a year for 2017 (Institute B 2018 [2])."

    @Test("Markdown: one caution says which amount for whole years is latest and to check each amount is a year's; none for Thailand's six years; no periods caution")
    func markdown() throws {
        let text = try brief(format: "md")
        let cautions = text.split(separator: "\n").filter { $0.hasPrefix("- **Caution (period") }.map(String.init)
        let expected: String = "- **Caution (period).** " + Self.caution.replacingOccurrences(of: "$", with: #"\$"#)
        #expect(cautions == [expected], "\(cautions)")
        // Thailand's key figure, a yearly amount over six years, is written as one, and said no more of.
        #expect(text.contains("| Illegal profits from trafficked forced labour | Thailand | US\\$1.8 billion a year |  | 2015-2020 | Institute A 2021 [1] |\n"), "\(text)")
    }

    @Test("HTML: the same one caution")
    func html() throws {
        let text = try brief(format: "html")
        // The chart's caption says it too, so that a chart pasted alone still does: only the cautions are counted.
        let cautions = text.split(separator: "\n").filter { $0.hasPrefix("<p class=\"warning\"><strong>Caution (period") }.map(String.init)
        let expected = "<p class=\"warning\"><strong>Caution (period).</strong> " + Self.caution.replacingOccurrences(of: "'", with: "&#39;")
            .replacingOccurrences(of: "[1]", with: "<a href=\"#ref-1\" aria-label=\"Reference 1: Institute A 2021\">[1]</a>")
            .replacingOccurrences(of: "[2]", with: "<a id=\"cite-2\" href=\"#ref-2\" aria-label=\"Reference 2: Institute B 2018\">[2]</a>") + "</p>"
        #expect(cautions == [expected], "\(cautions)")
    }

    @Test("JSON: one warning of kind period, naming the key figure, the latest yearly amount and the other amounts")
    func json() throws {
        let data = try #require(try brief(format: "json").data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let warnings = (object["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
        let about = warnings.filter { ["period", "periods"].contains($0["kind"] as? String ?? "") }
        #expect(about.count == 1, "\(about)")
        #expect(about.first?["kind"] as? String == "period")
        #expect(about.first?["text"] as? String == Self.caution)
        #expect(about.first?["figures"] as? [String] == ["a-months", "b-year"])
    }
}
