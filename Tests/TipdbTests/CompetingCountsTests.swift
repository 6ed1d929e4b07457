import Foundation
import Testing

/// Two sources' counts of detected victims for one place and year are records, not estimates:
/// 1,150 and 1,200 are two counts, which the brief's competing-sources caution named only when
/// they differed beyond rounding. Estimates keep the rounding tolerance: 27.6 million and 28
/// million say one number.
@Suite("brief: competing detected counts compared exactly, estimates up to rounding (built binary)")
struct CompetingCountsTests {
    private func brief(format: String = "md") throws -> String {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,publisher,date
                unodc,report,Global Report,UNODC,2020
                national,report,Annual Report,National Authority,2021
                survey-a,report,Estimates A,Institute A,2022
                survey-b,report,Estimates B,Institute B,2023

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method
                unodc-aut,detected-trafficking-victims,1150,persons,AUT,2019,unodc,detected
                national-aut,detected-trafficking-victims,1200,persons,AUT,2019,national,detected
                a-wld,forced-labour,27.6 million,persons,WLD,2021,survey-a,estimated
                b-wld,forced-labour,28 million,persons,WLD,2021,survey-b,estimated

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let ingest = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let result = try Tipdb.run(["report", "brief", "--format", format, "--date", "2026-12-01"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
    }

    @Test("1,150 and 1,200 detected victims: the caution is given; 27.6 million and 28 million estimated: none")
    func detectedExactEstimatesRounded() throws {
        let text = try brief()
        let cautions = text.split(separator: "\n").filter { $0.hasPrefix("- **Caution (disagreement).**") }
        #expect(cautions.count == 1, "\(cautions)")
        #expect(cautions.first?.hasPrefix(
            "- **Caution (disagreement).** Detected victims of trafficking in Austria, 2019: UNODC 2020 [3] gives 1,150 and National "
                + "Authority 2021 [2] gives 1,200; they differ, and counts from records are exact, not rounded. The key figure, "
                + "1,200 from National Authority 2021, is chosen by rule:") == true, "\(cautions)")
        #expect(!text.contains("Forced labour in the world, 2021:"), "\(text)")
    }

    @Test("JSON: the disagreement warning names both counts, and no warning names the two estimates")
    func json() throws {
        let data = try #require(try brief(format: "json").data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let warnings = (object["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
        let counts = warnings.filter { $0["kind"] as? String == "disagreement" }
        #expect(counts.map { $0["figures"] as? [String] ?? [] } == [["unodc-aut", "national-aut"]], "\(counts)")
        #expect(!warnings.contains { $0["kind"] as? String == "estimates" }, "\(warnings)")
    }
}
