import Foundation
import Testing

/// A period typed `2019-06` into Excel comes back `Jun-19`, and a date column saved as numbers
/// comes back `43646`: each was refused as `is not a period`, with no word of what Excel did. Still
/// refused (a guess would store a wrong month), but the message names Excel's form and what to write.
@Suite("ingest: dates as Excel leaves them in a period are refused naming what Excel did and the form to write (built binary)")
struct ExcelDatePeriodTests {
    static let typing = " (format the column as Text before typing or pasting, and Excel keeps what is typed)"

    @Test("Jun-19, Jun-2019, 19-Jun, 6/30/2019, 30/6/2019, 6/7/2019 and 43646 in period, and 6/30/2019 in period_start, each get their hint")
    func refusedWithHint() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher\nx,Survey X,Institute X\n", "sources.csv", in: dir)
            let periods = ["Jun-19", "Jun-2019", "19-Jun", "6/30/2019", "30/6/2019", "6/7/2019", "43646", "20190"]
            var figures = "key,measure,value,place,period,source\n"
            for (index, period) in periods.enumerated() { figures += "f\(index),forced-labour,5,FRA,\(period),x\n" }
            try IngestPartWarningTests.write(figures, "figures.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period_start,period_end,source\ns,forced-labour,5,FRA,6/30/2019,,x\n", "spans.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "sources.csv", "figures.csv", "spans.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") || $0.hasPrefix("spans.csv:") }.map(String.init)
            let orCoarser = " (or 2019-06 or 2019 if the figure covers the month or the year)"
            #expect(errors == [
                "figures.csv:2:24: period: \"Jun-19\" is a month as Excel displays a date (mmm-yy: June 2019), not a period tipdb reads: Excel turned the cell into a date; expected 2019-06\(Self.typing)",
                "figures.csv:3:24: period: \"Jun-2019\" is a month as Excel displays a date (mmm-yyyy: June 2019), not a period tipdb reads: Excel turned the cell into a date; expected 2019-06\(Self.typing)",
                "figures.csv:4:24: period: \"19-Jun\" is a date as Excel displays one (d-mmm: 19 June of a year it does not show; or yy-mmm: June 2019), not a period tipdb reads: Excel turned the cell into a date; expected 2019-06 for June 2019, or the day with its year (YYYY-06-19)\(Self.typing)",
                "figures.csv:5:24: period: \"6/30/2019\" is a date as Excel writes one in the United States (m/d/yyyy: 30 June 2019), not a period tipdb reads; expected 2019-06-30\(orCoarser)\(Self.typing)",
                "figures.csv:6:24: period: \"30/6/2019\" is a date as Excel writes one (d/m/yyyy: 30 June 2019), not a period tipdb reads; expected 2019-06-30\(orCoarser)\(Self.typing)",
                "figures.csv:7:24: period: \"6/7/2019\" is a date as Excel writes one, not a period tipdb reads: m/d/yyyy (7 June 2019, as in the United States) or d/m/yyyy (6 July 2019); expected 2019-06-07 or 2019-07-06, whichever the source means\(Self.typing)",
                "figures.csv:8:24: period: \"43646\" is a date as Excel stores one, a count of days since 1899-12-30 (43646 is 2019-06-30), not a period tipdb reads: the date column was saved as numbers; expected 2019-06-30\(orCoarser)",
                "figures.csv:9:24: period: \"20190\" is not a period; expected a year (2016), a span of years (1995-2004), a month (2019-06), a date (2019-06-30) or a start and end joined by a slash (2019-07/2019-09)",
                "spans.csv:2:23: period_start: \"6/30/2019\" is a date as Excel writes one in the United States (m/d/yyyy: 30 June 2019), not a date tipdb reads; expected 2019-06-30\(Self.typing)",
            ], "\(refused.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }
}
