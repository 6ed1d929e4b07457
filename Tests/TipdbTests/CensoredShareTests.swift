import Foundation
import Testing

/// A share or rate published below a number (`<0.5%`, `<0.1` per 1,000): tipdb's censoring is for
/// counts, and the errors say how to store it instead, a range from 0 with the source's words in
/// notes. The first error said to write `<5`, which the next refused because percent is not a
/// count (review of session 50, meta-analyst).
@Suite("A censored share or rate is refused saying how to store it: value empty, low 0, high the bound (built binary)")
struct CensoredShareTests {
    @Test("<0.5%, <5 in percent and <0.1 per 1,000: each error says the range to write; that range loads")
    func refusedWithTheWayToStoreIt() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(CensoredColumnRoundTripTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,notes
                s1,forced-labour,<0.5%,percent,LBN,2020,nso,share of children surveyed
                s2,forced-labour,<5,percent,LBN,2021,nso,share of children surveyed
                s3,forced-labour,<0.1,per-1000,LBN,2022,nso,rate

                """, "cens.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir).status == 0)
            let run = try Tipdb.run(["ingest", "cens.csv"], in: dir)
            #expect(run.status == 1)
            let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("cens.csv:") }
            #expect(errors == [
                "cens.csv:2:18: value: \"<0.5%\" is a share below 0.5%, not a censored count: censoring (<k) is for counts; for a share or rate published as <0.5%, leave value empty, put 0 in low and 0.5 in high, and say '<0.5%' in notes",
                "cens.csv:3:18: value: \"<5\" is censored, but percent is not a count: censoring (<k) is for counts; for a share published as <5%, leave value empty, put 0 in low and 5 in high, and say '<5' in notes",
                "cens.csv:4:18: value: \"<0.1\" is not a censored count; expected \"<k\" with a whole number k of at least 2, such as \"<5\"; censoring (<k) is for counts; for a share or rate published as <0.1, leave value empty, put 0 in low and 0.1 in high, and say '<0.1' in notes",
            ].map { Substring($0) }, "\(run.stderr)")
            // What the errors say to write loads.
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,unit,place,period,source,notes
                s1,forced-labour,,0,0.5,percent,LBN,2020,nso,<0.5%
                s3,forced-labour,,0,0.1,per-1000,LBN,2022,nso,<0.1

                """, "fixed.csv", in: dir)
            let fixed = try Tipdb.run(["ingest", "fixed.csv"], in: dir)
            #expect(fixed.status == 0, "\(fixed.stderr)")
        }
    }
}
