import Foundation
import Testing

/// A measure's parts (`measures.parent`) with later figures than the measure's own are named: by
/// the age caution of an old key figure, and, for counts from records, by a caution that the part
/// is no later count of the whole (review of session 35).
@Suite("brief: later figures of a measure's parts are named as parts (built binary)")
struct PartFigureCautionTests {
    @Test("the private economy's 2002-2011 key figure names its parts' 2021 figures instead of 'no later figure' alone")
    func ageCautionNamesParts() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(
                ["report", "brief", "--date", "2026-12-01", "--measure", "forced-labour-private-economy", "--format", "json"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let comparability = try #require(object["comparability"] as? [String: Any])
            let warnings = try #require(comparability["warnings"] as? [[String: Any]])
            let age = try #require(warnings.first { ($0["text"] as? String)?.hasPrefix("Forced labour in the private economy, World") == true })
            let text = try #require(age["text"] as? String)
            #expect(text.contains("""
                describes 2002-2011, a period that ended 15 years before this brief; no later figure of this measure and place is in \
                the database, but later figures for its parts are in this brief: Forced commercial sexual exploitation (6.3 million) \
                and Privately imposed forced labour exploitation (17.3 million), for 2021 (ILO et al. 2022 [
                """), "\(text)")
            #expect((age["figures"] as? [String])?.count == 3, "\(age)")
        }
    }

    /// UNODC's detected victims for 2020 and a case-data count for 2022 from CTDC.
    private func caseDataBrief(caseYear: String) throws -> String {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,publisher,date
                unodc,report,Global Report,UNODC,2023
                ctdc,dataset,Global dataset,Counter-Trafficking Data Collaborative,2025

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,high,unit,place,period,source,method
                unodc-2020,detected-trafficking-victims,"47,000","47,000",persons,WLD,2020,unodc,detected
                ctdc-cases,victims-in-case-data,441,,persons,WLD,\(caseYear),ctdc,detected

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let ingest = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let result = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
    }

    @Test("a later case-data count beside detected victims is said to be a part of them, not a fall, once")
    func laterPartCount() throws {
        let text = try caseDataBrief(caseYear: "2022")
        #expect(!text.contains("for one of its parts"), "the age caution leaves it to the counts caution: \(text)")
        #expect(text.contains("""
            - **Caution (counts).** Detected victims of trafficking, World: Victims recorded in case-level data is a part of it, \
            counted in another data collection: its key figure, 441 for 2022 (CTDC 2025 [2]), \
            counts only that part, so it is neither a later nor a lower count than up to 47,000 for 2020 (UNODC 2023 [1]). \
            Do not set the two side by side as a change.
            """), "\(text)")
    }

    @Test("a part counted for an earlier year than the whole gets no such caution")
    func earlierPartCount() throws {
        let text = try caseDataBrief(caseYear: "2019")
        #expect(!text.contains("is a part of it"), "\(text)")
    }

    @Test("latest_estimates says what each row counts and of which concept (m0040)")
    func latestEstimatesCounts() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(
                ["sql", "--format", "csv", "SELECT measure, counts, concept FROM latest_estimates WHERE place = 'WLD' AND measure IN ('detected-trafficking-victims', 'forced-labour') ORDER BY measure"],
                in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == """
                measure,counts,concept
                detected-trafficking-victims,detected-count,trafficking
                forced-labour,prevalence-estimate,forced-labour

                """.replacingOccurrences(of: "\n", with: "\r\n"), "\(result.stdout)")
        }
    }
}
