import Foundation
import Testing

/// Quarters written as publications and tipdb's own briefs write them (`October-December 2023`,
/// `October to December 2023`, `2023Q4`, `Quarter 4 2023`) got the generic "is not a period", and
/// `report brief --from "2023 Q1"` advised a span `--from` then refused (a government
/// statistician's review, session 55). Ingest names the text to write; the reports' period
/// options read them.
@Suite("Quarters and spans of months in words (built binary)")
struct QuarterSpellingTests {
    @Test("ingest names the span to write for each spelling of a quarter", arguments: [
        ("October-December 2023", "2023-10/2023-12"), ("October to December 2023", "2023-10/2023-12"), ("2023Q4", "2023-10/2023-12"),
        ("Quarter 4 2023", "2023-10/2023-12"), ("2023 Q4", "2023-10/2023-12"), ("Apr 2023 to Mar 2024", "2023-04/2024-03"),
    ])
    func ingestAdvice(_ written: String, _ period: String) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(SubPeriodSumTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source,method,locator\n"
                + "w,modern-slavery-referrals,3385,persons,GBR,\(written),ho-q4-2023,detected,Table 1\n", "d9.csv", in: dir)
            let run = try Tipdb.run(["ingest", "src.csv", "d9.csv"], in: dir)
            #expect(run.status == 1)
            #expect(run.stderr.contains("d9.csv:2:45: period: \"\(written)\" is not a period tipdb reads; expected \(period) for the span it names "
                + "(a span of months or days is written with a slash, start/end)"), "\(run.stderr)")
        }
    }

    @Test("--period, --from and --to read a quarter and a span of months in words")
    func reportOptions() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(SubPeriodSumTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(ScopedKeyFigureTests.figures, "d2.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "src.csv", "d2.csv"], in: dir).status == 0)
            for arguments in [["--period", "2023 Q1"], ["--period", "January-March 2023"], ["--from", "2023 Q1", "--to", "Q1 2023"]] {
                let run = try Tipdb.run(["report", "brief", "--format", "json"] + arguments, in: dir)
                #expect(run.status == 0, "\(arguments): \(run.stderr)")
                #expect(run.stdout.contains("\"from\": \"2023-01\"") && run.stdout.contains("\"to\": \"2023-03\""), "\(arguments): \(run.stdout.prefix(2000))")
            }
        }
    }
}
