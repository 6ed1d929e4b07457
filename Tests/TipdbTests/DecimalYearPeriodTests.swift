import Foundation
import Testing

/// pandas writes a year column that has a blank cell as floats, so 2018 reaches tipdb as `2018.0`
/// (a CSV cell, or a JSON number). It was refused as `is not a period`, which left the analyst
/// looking at a year; it is still refused (a number with a point is not a date, and guessing
/// would hide a column of real decimals), but the message says what happened and what to write.
@Suite("ingest: a year written 2018.0, as pandas writes one, is refused saying so (built binary)")
struct DecimalYearPeriodTests {
    static func why(_ written: String, _ kind: String = "period") -> String {
        "\"\(written)\" is not a \(kind): it is the year 2018 written as a decimal number, as pandas writes a year column that has blanks (it makes the column floats); expected 2018 (in pandas, convert the column with .astype(\"Int64\") before writing the file)"
    }

    @Test("2018.0 in a CSV period or period_start cell and as a JSON number are refused with the hint; 2018.5 is not a year and keeps the plain message")
    func refused() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher\nx,Survey X,Institute X\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,place,period,source
                a,forced-labour,5,FRA,2018.0,x
                b,forced-labour,5,FRA,2018.5,x

                """, "figures.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,place,period_start,period_end,source
                c,forced-labour,5,FRA,2018.00,,x

                """, "spans.csv", in: dir)
            try IngestPartWarningTests.write("""
                {"key": "d", "measure": "forced-labour", "value": 5, "place": "FRA", "period": 2018.0, "source": "x"}

                """, "figures.ndjson", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "sources.csv", "figures.csv", "spans.csv", "figures.ndjson"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.") || $0.hasPrefix("spans.") }.map(String.init)
            #expect(errors == [
                "figures.csv:2:23: period: \(Self.why("2018.0"))",
                "figures.csv:3:23: period: \"2018.5\" is not a period; expected a year (2016), a span of years (1995-2004), a month (2019-06), a date (2019-06-30) or a start and end joined by a slash (2019-07/2019-09)",
                "spans.csv:2:23: period_start: \(Self.why("2018.00", "date"))",
                "figures.ndjson:1:80: period: \(Self.why("2018.0"))",
            ], "\(refused.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }
}
