import Foundation
import Testing

/// A row with several problems is stored in `ingest_rejects` at its first problem's column, as
/// the schema documents and as the messages are printed: a value of 100 with low 50 and high 40
/// printed `2:22: low: ...` first but was stored at column 25 with the high's reason first
/// (review of session 34).
@Suite("ingest --on-error skip: a rejected row is stored at its first problem, its reasons in column order (built binary)")
struct RejectColumnOrderTests {
    @Test("low above high and high below the value: printed and stored in column order, the low's message saying what was expected")
    func columnOrder() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nilo-2022,GEMS,ILO,2022-09\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write(
                "key,measure,value,low,high,unit,place,period,source\nb2,forced-labour,100,50,40,persons,DEU,2016,ilo-2022\n",
                "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "--on-error", "skip", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 1)
            let low = "low: lower bound 50 is above the upper bound 40; expected low ≤ high"
            let high = "high: upper bound 40 is below the value 100; expected value ≤ high"
            #expect(loaded.stderr.contains("figures.csv:2:22: \(low)\nfigures.csv:2:25: \(high)\n"), "\(loaded.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", #"SELECT line, "column", reason FROM ingest_rejects"#], in: dir)
            let rows = stored.stdout.split(whereSeparator: \.isNewline).map(String.init)
            #expect(rows == ["line,column,reason", "2,22,\(low); \(high)"], "\(stored.stdout)")
        }
    }
}
