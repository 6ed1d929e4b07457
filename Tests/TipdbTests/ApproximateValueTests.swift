import Foundation
import Testing

/// Values written with the words that round them (`around 50 million`, `~50 million`, `nearly 50
/// million`), with a standard error (`48,000 (SE 5,000)`), and confidence levels written with the
/// name of their interval (`90% CI`, `95% credible`): each was refused as "not a number" or "not a
/// confidence level", without saying where its parts go (a statistician's review, session 54).
@Suite("Rounded values, standard errors and named interval levels: refused with what to write (built binary)")
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
                a5,trafficking-victims,"48,000","40,000","60,000",90% CI,persons,NPL,2021,mse-team-2026
                a6,trafficking-victims,"48,000","40,000","60,000",95% credible,persons,NPL,2021,mse-team-2026

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
                "f.csv:6:51: ci_level: \"90% CI\" names the interval as well as its level; expected 90 in ci_level (the words \"CI\" go nowhere)",
                "f.csv:7:51: ci_level: \"95% credible\" is the level of a credible interval; expected 95 in ci_level, which holds the level "
                    + "of any interval, and \"credible interval\" in notes, so that readers know what kind of interval it is",
            ] {
                #expect(loaded.stderr.contains(line), "\(loaded.stderr)")
            }
            #expect(!loaded.stderr.contains("is not a"), "\(loaded.stderr)")
        }
    }
}
