import Foundation
import Testing

/// A unit tipdb does not know was told second, after an error judging the number in the measure's
/// own unit, which the row never gave (review of session 54: "8.6" per 1000 adults was told that
/// persons are counted in whole numbers, the wrong fix for a prevalence rate).
@Suite("an unknown unit is the row's one unit error (built binary)")
struct UnreadUnitTests {
    @Test("8.6 with unit \"per 1000 adults\": only the unit error, no whole-number error")
    func onlyTheUnit() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,authors,publisher,date\nnfls,report,Forced labour in Nepal,\"Sharma, Anita\",Univ of Example,2026\n".utf8)
                .write(to: dir.appendingPathComponent("src.csv"))
            try Data("key,measure,value,unit,place,period,age_group,source\nnfls-rate,forced-labour,8.6,per 1000 adults,NPL,2025,15+,nfls\n".utf8)
                .write(to: dir.appendingPathComponent("fig.csv"))
            let ingest = try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
            #expect(ingest.status == 1)
            #expect(ingest.stderr.contains("fig.csv:2:29: unit: unknown unit \"per 1000 adults\""), "\(ingest.stderr)")
            #expect(!ingest.stderr.contains("whole number"), "\(ingest.stderr)")
        }
    }
}
