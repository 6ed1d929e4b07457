import Foundation
import Testing

/// Values written with the words that round them (`around 50 million`, `~50 million`, `nearly 50
/// million`) and with a standard error (`48,000 (SE 5,000)`): each was refused as "not a number",
/// without saying where its parts go (a statistician's review, session 54).
@Suite("Rounded values and standard errors: refused with what to write (built binary)")
struct ApproximateValueTests {
    @Test("each form is refused at its cell with where its number and words go")
    func refusals() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(EstimateIntervalTextTests.sources, "s.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "s.csv"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,ci_level,unit,place,period,source
                a1,modern-slavery,around 50 million,,,,persons,WLD,2021,mse-team-2026
                a2,modern-slavery,~50 million,,,,persons,WLD,2021,mse-team-2026
                a3,modern-slavery,nearly 50 million,,,,persons,WLD,2021,mse-team-2026
                a4,trafficking-victims,"48,000 (SE 5,000)",,,,persons,NPL,2021,mse-team-2026

                """, "f.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "f.csv"], in: dir)
            #expect(loaded.status == 1, "\(loaded.stderr)")
            for line in [
                "f.csv:2:19: value: \"around 50 million\" is a rounded number: expected 50 million in value, with the wording kept in "
                    + "quote (and, where it rounds a figure stored under another key, such as 49.6 million, that key in cites)",
                "f.csv:3:19: value: \"~50 million\" is a rounded number: expected 50 million in value",
                "f.csv:4:19: value: \"nearly 50 million\" is a rounded upper bound (just below 50 million): expected 50 million in value "
                    + "and again in high, which marks it a maximum",
                "f.csv:5:24: value: \"48,000 (SE 5,000)\" gives a standard error: expected 48,000 in value; low and high only for an "
                    + "interval the source states, with its level in ci_level (48,000 ± 1.96 × 5,000 is a 95% interval only under a "
                    + "normal approximation), and the standard error in notes",
            ] {
                #expect(loaded.stderr.contains(line), "\(loaded.stderr)")
            }
            #expect(!loaded.stderr.contains("is not a"), "\(loaded.stderr)")
        }
    }
}
