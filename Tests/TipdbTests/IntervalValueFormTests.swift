import Foundation
import Testing

/// A value written as papers print uncertainty, `12.5 ± 2.7` or `12.5% (95% CI 9.8-15.2%)`: each
/// is refused naming what it is and where its numbers go (value, low, high, ci_level). The
/// margin was refused for its "scale words", and the interval called "a range" with no word of
/// ci_level (review of session 50, meta-analyst).
@Suite("Values with a margin or a confidence interval in one cell are refused saying where each number goes (built binary)")
struct IntervalValueFormTests {
    @Test("± and (95% CI …) forms: refused at the value's cell, the database unchanged")
    func refused() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(CensoredColumnRoundTripTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                pm1,forced-labour,12.5 ± 2.7,percent,LBN,2020,nso
                pm2,forced-labour,12.5% (95% CI 9.8-15.2%),percent,LBN,2021,nso
                pm3,forced-labour,12.5% ± 2.7%,percent,LBN,2022,nso
                pm4,forced-labour,12.5 +/- 2.7,percent,LBN,2023,nso
                pm5,forced-labour,12.5 (95% CI: 9.8–15.2),percent,LBN,2024,nso
                pm6,forced-labour,"12.5 (9.8, 15.2)",percent,LBN,2025,nso
                pm7,forced-labour,12.5 [9.8-15.2],percent,LBN,2019,nso

                """, "pm.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir).status == 0)
            let before = RetractCommandTests.files(in: dir)
            let run = try Tipdb.run(["ingest", "pm.csv"], in: dir)
            #expect(run.status == 1)
            let margin = "if the margin is the interval's half-width — the source must say: ± is often a standard error), with the level in ci_level"
            let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("pm.csv:") }
            #expect(errors == [
                "pm.csv:2:19: value: \"12.5 ± 2.7\" is an estimate with a margin: expected 12.5 in value and its bounds in low and high (9.8 and 15.2, 12.5 minus and plus 2.7, \(margin)",
                "pm.csv:3:19: value: \"12.5% (95% CI 9.8-15.2%)\" is an estimate with its confidence interval: expected 12.5% in value, 9.8% and 15.2% in low and high, 95 in ci_level",
                "pm.csv:4:19: value: \"12.5% ± 2.7%\" is an estimate with a margin: expected 12.5% in value and its bounds in low and high (9.8% and 15.2%, 12.5% minus and plus 2.7%, \(margin)",
                "pm.csv:5:19: value: \"12.5 +/- 2.7\" is an estimate with a margin: expected 12.5 in value and its bounds in low and high (9.8 and 15.2, 12.5 minus and plus 2.7, \(margin)",
                "pm.csv:6:19: value: \"12.5 (95% CI: 9.8–15.2)\" is an estimate with its confidence interval: expected 12.5 in value, 9.8 and 15.2 in low and high, 95 in ci_level",
                "pm.csv:7:19: value: \"12.5 (9.8, 15.2)\" is an estimate with its confidence interval: expected 12.5 in value, 9.8 and 15.2 in low and high, and its level in ci_level if the source states one",
                "pm.csv:8:19: value: \"12.5 [9.8-15.2]\" is an estimate with its confidence interval: expected 12.5 in value, 9.8 and 15.2 in low and high, and its level in ci_level if the source states one",
            ].map { Substring($0) }, "\(run.stderr)")
            #expect(RetractCommandTests.files(in: dir) == before)
        }
    }
}
