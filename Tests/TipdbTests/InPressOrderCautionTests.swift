import Foundation
import Testing

/// A preliminary report dated March 2026 and the final results in press for the same period:
/// the key figure follows `latest_estimates`, but the caution said which came out last was not
/// known (review of session 54).
@Suite("the estimates caution says a work in press comes out after a dated one (built binary)")
struct InPressOrderCautionTests {
    @Test("175,000 (March 2026) and 182,000 (in press): the caution says the work in press is published after it")
    func inPressIsLater() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                [{"id":"nfls-prelim","type":"report","title":"National Forced Labour Survey 2025: preliminary findings","author":[{"family":"Sharma","given":"Anita"}],"publisher":"Univ of Example","issued":{"date-parts":[[2026,3]]}},
                 {"id":"nfls-wp","type":"report","status":"in press","title":"Forced labour in Nepal: final results of the 2025 survey","author":[{"family":"Sharma","given":"Anita"}],"publisher":"Univ of Example"}]

                """.utf8).write(to: dir.appendingPathComponent("src.json"))
            try Data("""
                key,measure,value,unit,place,period,source,locator
                prelim-total,forced-labour,"175,000",persons,NPL,2025,nfls-prelim,p. 4
                final-total,forced-labour,"182,000",persons,NPL,2025,nfls-wp,Table 3.2

                """.utf8).write(to: dir.appendingPathComponent("fig.csv"))
            let ingest = try Tipdb.run(["ingest", "src.json", "fig.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--place", "NPL", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "the one whose publication date sorts last as written is taken (March 2026); Sharma in press is a work in press, so published after it, but a source without a date sorts first here, as in latest\\_estimates, which is no judgement"),
                "\(brief.stdout)")
            #expect(!brief.stdout.contains("is not known"), "\(brief.stdout)")
        }
    }
}
