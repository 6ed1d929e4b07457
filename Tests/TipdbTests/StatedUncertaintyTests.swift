import Foundation
import Testing

/// A number named on its own line keeps its uncertainty: the estimates caution, a study's findings
/// and search results write a minimum or maximum with its bound and an interval after the number,
/// and two estimates whose intervals overlap are not called a disagreement (review of session 35).
@Suite("brief and search: a number keeps its bounds and interval wherever it is named (built binary)")
struct StatedUncertaintyTests {
    /// Two institutes' forced-labour estimates for Tanzania in 2021, each with a 95 % interval;
    /// `b` is Institute B's value, low, high and ci_level.
    private func database(_ dir: URL, b: String) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("""
            key,kind,title,publisher,date
            a-2022,report,Survey A,Institute A,2022-03
            b-2022,report,Survey B,Institute B,2022

            """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data("""
            key,title,source,method,period,places
            a-survey,Survey A of forced labour,a-2022,survey,2021,TZA

            """.utf8).write(to: dir.appendingPathComponent("studies.csv"))
        try Data("""
            key,measure,value,low,high,ci_level,unit,place,period,source,study,method
            a-tza,forced-labour,"45,000","40,000","50,000",0.95,persons,TZA,2021,a-2022,a-survey,estimated
            b-tza,forced-labour,\(b),persons,TZA,2021,b-2022,,estimated
            a-min,forced-labour,"30,000","30,000",,,persons,TZA,2020,a-2022,a-survey,estimated

            """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let ingest = try Tipdb.run(["ingest", "--quiet", "sources.csv", "studies.csv", "figures.csv"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    private func brief(b: String) throws -> String {
        try withTemporaryDirectory { dir in
            try database(dir, b: b)
            let result = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
    }

    @Test("overlapping 95% intervals (40,000-50,000 and 41,000-53,000) are not a disagreement")
    func overlappingIntervalsAgree() throws {
        let text = try brief(b: #""47,000","41,000","53,000",0.95"#)
        #expect(!text.contains("Caution (estimates)"), "\(text)")
    }

    @Test("a number inside the other's interval agrees; one outside it is cautioned about, each with its interval")
    func numberAgainstInterval() throws {
        let inside = try brief(b: #""48,000",,,"#)
        #expect(!inside.contains("Caution (estimates)"), "\(inside)")
        let apart = try brief(b: #""70,000","60,000","80,000",0.95"#)
        #expect(apart.contains("""
            - **Caution (estimates).** Forced labour in the United Republic of Tanzania, 2021: Institute B 2022 [2] gives 70,000 (60,000 to 80,000, 95% interval) \
            and Institute A 2022 [1] gives 45,000 (40,000 to 50,000, 95% interval); they differ beyond rounding.
            """), "\(apart)")
    }

    @Test("a study's findings write the minimum with its bound and the estimate with its interval")
    func findings() throws {
        let text = try brief(b: #""47,000","41,000","53,000",0.95"#)
        #expect(text.contains("""
            - at least 30,000: Forced labour, the United Republic of Tanzania, 2020 [1]
            - 45,000 (40,000 to 50,000, 95% interval): Forced labour, the United Republic of Tanzania, 2021 [1]
            """), "\(text)")
    }

    @Test("search results write the number as the findings do")
    func search() throws {
        try withTemporaryDirectory { dir in
            try database(dir, b: #""47,000","41,000","53,000",0.95"#)
            let result = try Tipdb.run(["search", "forced labour Tanzania"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("2021: 45,000 (40,000 to 50,000, 95% interval)"), "\(result.stdout)")
            #expect(result.stdout.contains("2021: 47,000 (41,000 to 53,000, 95% interval)"), "\(result.stdout)")
            #expect(result.stdout.contains("2020: at least 30,000"), "\(result.stdout)")
        }
    }

    @Test("in Markdown the key figures' notes and the cautions under them are two lists, a paragraph between")
    func cautionsAfterNotes() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let keyFigures = try #require(result.stdout.components(separatedBy: "## Comparability").first)
            #expect(keyFigures.contains("\n\nCautions:\n\n- **Caution (age).**"), "\(keyFigures)")
        }
    }
}
