import Foundation
import Testing

/// Parts that add up to more than their total only by rounding are no contradiction: the ILO's
/// 27.6 million in forced labour in 2021, 11.8 million female and 15.9 million male (27.7 million),
/// each rounded to a hundred thousand, were warned about at ingest and by check, and the brief said
/// "one of them counts something else or is wrong" (a review of session 43).
@Suite("parts-above-total allows for rounding (built binary)")
struct PartsRoundingTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,accessed
        ilo-2022,report,Global Estimates of Modern Slavery,,International Labour Office,2022-09,https://example.org/ge,2026-11-01

        """
    /// The world's sums are within rounding; Nepal's 600 + 700 beside 1,000 is not.
    static let figures = """
        key,measure,value,unit,place,period,source,method,locator,sex,age_group
        fl-t,forced-labour,27.6 million,persons,WLD,2021,ilo-2022,estimated,p. 2,total,total
        fl-f,forced-labour,11.8 million,persons,WLD,2021,ilo-2022,estimated,p. 2,female,total
        fl-m,forced-labour,15.9 million,persons,WLD,2021,ilo-2022,estimated,p. 2,male,total
        fl-c,forced-labour,3.35 million,persons,WLD,2021,ilo-2022,estimated,p. 2,total,children
        fl-a,forced-labour,24.3 million,persons,WLD,2021,ilo-2022,estimated,p. 2,total,adults
        np-t,forced-labour,1000,persons,NPL,2021,ilo-2022,estimated,p. 9,total,total
        np-f,forced-labour,600,persons,NPL,2021,ilo-2022,estimated,p. 9,female,total
        np-m,forced-labour,700,persons,NPL,2021,ilo-2022,estimated,p. 9,male,total

        """

    @Test("ingest, check and the brief name Nepal's 600 + 700 > 1,000 and not the world's 11.8 + 15.9 million beside 27.6 million")
    func withinRounding() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "s.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "f.csv", in: dir)
            let ingest = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(ingest.stderr.contains("parts-above-total: np-f (600) + np-m (700) = 1300 > np-t (1000)"), "\(ingest.stderr)")
            #expect(!ingest.stderr.contains("fl-f (11800000)"), "\(ingest.stderr)")
            #expect(!ingest.stderr.contains("fl-c (3350000)"), "\(ingest.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("np-f (600) + np-m (700) = 1300 > np-t (1000)"), "\(check.stdout)")
            #expect(!check.stdout.contains("fl-t"), "\(check.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("add up to 1,300"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("add up to 27.7 million"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("add up to 27.65 million"), "\(brief.stdout)")
        }
    }
}
