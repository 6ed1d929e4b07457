import Foundation
import Testing

/// Two independent sources that give one subgroup different numbers (`<5` girls against 40, for
/// the same place and year) are cautioned about as two totals are (review R17).
@Suite("brief: sources that disagree on a subgroup (built binary)")
struct SubgroupDisagreementTests {
    /// Institute A and Institute B on detected victims in the United Kingdom, 2019, each with a
    /// total and a count of girls; `girlsB` is Institute B's count of girls.
    private func brief(girlsB: String, format: String = "md") throws -> String {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,publisher,date
                src-a,report,Report A,Institute A,2019
                src-b,report,Report B,Institute B,2020

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,sex,age_group,source,method,locator
                a-total,detected-trafficking-victims,3,persons,GBR,2019,total,total,src-a,detected,p. 1
                a-girls,detected-trafficking-victims,<5,persons,GBR,2019,female,children,src-a,detected,p. 2
                a-boys,detected-trafficking-victims,2,persons,GBR,2019,male,children,src-a,detected,p. 2
                b-total,detected-trafficking-victims,250,persons,GBR,2019,total,total,src-b,detected,p. 20
                b-girls,detected-trafficking-victims,\(girlsB),persons,GBR,2019,female,children,src-b,detected,p. 21
                b-boys,detected-trafficking-victims,2,persons,GBR,2019,male,children,src-b,detected,p. 21

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let ingest = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let result = try Tipdb.run(["report", "brief", "--format", format, "--date", "2026-12-01"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
    }

    @Test("<5 against 40 girls is named with both sources, after the totals' caution; boys given alike are not")
    func censoredAgainstNumber() throws {
        let text = try brief(girlsB: "40")
        let cautions = text.split(separator: "\n").filter { $0.hasPrefix("- **Caution (disagreement).**") }
        #expect(cautions.count == 2, "\(cautions)")
        #expect(cautions.first?.contains("Detected victims of trafficking in the United Kingdom, 2019: Institute A 2019 [2] gives 3 and Institute B 2020 [1] gives 250; they differ beyond rounding.") == true, "\(cautions)")
        #expect(cautions.last == """
            - **Caution (disagreement).** Detected victims of trafficking in the United Kingdom, 2019, female, children: Institute A 2019 [2] \
            gives \\<5 and Institute B 2020 [1] gives 40; they differ beyond rounding. Say that the sources disagree when citing either.
            """)
        #expect(!text.contains(", male, children: Institute"))
    }

    @Test("<5 against 4 girls agree: no caution for the subgroup")
    func censoredAgreeing() throws {
        let text = try brief(girlsB: "4")
        #expect(!text.contains("female, children: Institute A"), "\(text)")
    }

    @Test("the JSON warning lists both figures, oldest publication first, and both citations (B's, the key figure's, is 1)")
    func json() throws {
        let text = try brief(girlsB: "40", format: "json")
        let data = try #require(text.data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let comparability = try #require(object["comparability"] as? [String: Any])
        let warnings = try #require(comparability["warnings"] as? [[String: Any]])
        let girls = try #require(warnings.first { ($0["text"] as? String)?.contains("female, children") == true })
        // Counts from records are no estimates: headed and kinded as a disagreement of counts.
        #expect(girls["kind"] as? String == "disagreement")
        #expect(girls["figures"] as? [String] == ["a-girls", "b-girls"])
        #expect(girls["citations"] as? [Int] == [2, 1])
    }
}
