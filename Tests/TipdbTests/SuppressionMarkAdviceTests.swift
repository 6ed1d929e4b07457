import Foundation
import Testing

/// The UK's suppression mark `[c]` got "not a number ... e.g. 2.45 million", with no word of
/// suppression or of `<5`, and `fewer than 5` and `≤4`, the NRM notes' own words, were "not a
/// number" too (a government statistician's review, session 55). The Government Statistical
/// Service's marks are named, a confidential one is told how a count below a threshold is written,
/// and `fewer than 5`, `less than 5` and `≤4` load as the censored count `<5`.
@Suite("Suppression marks and worded censored counts (built binary)")
struct SuppressionMarkAdviceTests {
    static func row(_ key: String, _ value: String) -> String {
        "\(key),modern-slavery-referrals,\(value),persons,GBR,2023-10/2023-12,ho-q4-2023,detected,Table 6"
    }

    @Test("[c] is named as the GSS's confidential mark with the advice to write <5; [x] and [z] are named")
    func gssMarks() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(SubPeriodSumTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source,method,locator\n"
                + [Self.row("c", "[c]"), Self.row("x", "[x]"), Self.row("z", "[z]")].joined(separator: "\n") + "\n", "d7.csv", in: dir)
            let run = try Tipdb.run(["ingest", "src.csv", "d7.csv"], in: dir)
            #expect(run.status == 1)
            let stored = "not a number; a figure the source does not give cannot be stored: expected the row left out, "
                + "or value empty with both low and high when the source publishes only a range"
            #expect(run.stderr.contains("d7.csv:2:28: value: \"[c]\" is the UK Government Statistical Service's mark for a figure suppressed as "
                + "confidential, \(stored); where the table's notes define [c] as a count below a threshold (the UK's NRM statistics: fewer than 5), "
                + "write it as <5 (<k for a threshold k), which tipdb stores as a censored count (1 to 4 for <5)"), "\(run.stderr)")
            #expect(run.stderr.contains("d7.csv:3:28: value: \"[x]\" is the UK Government Statistical Service's mark for a figure not available, \(stored)\n"),
                    "\(run.stderr)")
            #expect(run.stderr.contains("d7.csv:4:28: value: \"[z]\" is the UK Government Statistical Service's mark for a figure not applicable, \(stored)\n"),
                    "\(run.stderr)")
        }
    }

    @Test("fewer than 5, less than 5, ≤4 and <=4 load as the censored count <5")
    func wordedCensoredCounts() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(SubPeriodSumTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source,method,locator,breakdown\n"
                + [Self.row("a", "fewer than 5") + ",citizenship: Mongolia", Self.row("b", "Less than 5") + ",citizenship: Bhutan",
                   Self.row("c", "≤4") + ",citizenship: Nepal", Self.row("d", "<=4") + ",citizenship: Peru"].joined(separator: "\n") + "\n", "w.csv", in: dir)
            let run = try Tipdb.run(["ingest", "src.csv", "w.csv"], in: dir)
            #expect(run.status == 0, "\(run.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value, censored, low, high FROM figures ORDER BY key"], in: dir)
            #expect(stored.stdout == "key,value,censored,low,high\r\na,,1,1.0,4.0\r\nb,,1,1.0,4.0\r\nc,,1,1.0,4.0\r\nd,,1,1.0,4.0\r\n", "\(stored.stdout)")
        }
    }
}
