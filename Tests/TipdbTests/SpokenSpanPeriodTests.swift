import Foundation
import Testing

/// A span typed as people say it (`2019 Q3`, `2019 - 2020`, `2019-07 to 2019-09`) was refused with the
/// list of single forms, which never said that a span of months takes a slash: the message now gives
/// the exact text to write. A user-review found it (session 39), with the Excel date messages that read
/// `is a date as Excel writes one, not a date`, now `not a date tipdb reads`.
@Suite("ingest: a quarter or a span joined by a spaced dash or 'to' is refused with the period to write (built binary)")
struct SpokenSpanPeriodTests {
    static let slash = "(a span of months or days is written with a slash, start/end)"

    @Test("each spoken span is refused at its cell with its written form; nothing is loaded")
    func refused() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nx,Survey X,Institute X,2020\ny,Survey Y,Institute Y,03/04/2019\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,place,period,source
                q1,forced-labour,5,FRA,2019 Q3,x
                q2,forced-labour,5,FRA,Q1 2020,x
                q3,forced-labour,5,FRA,2019 - 2020,x
                q4,forced-labour,5,FRA,2019-07 - 2019-09,x
                q5,forced-labour,5,FRA,2019-07-01 to 2019-09-30,x
                q6,forced-labour,5,FRA,2019 Q5,x
                q7,forced-labour,5,FRA,2020 - 2019,x

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") || $0.hasPrefix("sources.csv:") }.map(String.init)
            let single = "expected a year (2016), a span of years (1995-2004), a month (2019-06), a date (2019-06-30) "
                + "or a start and end joined by a slash (2019-07/2019-09)"
            #expect(errors == [
                "sources.csv:3:24: date: \"03/04/2019\" is a date as Excel writes one, not a date tipdb reads: m/d/yyyy (4 March 2019, as in the United States) "
                    + "or d/m/yyyy (3 April 2019); expected 2019-03-04 or 2019-04-03, whichever the source means "
                    + "(format the column as Text before typing or pasting, and Excel keeps what is typed)",
                "figures.csv:2:24: period: \"2019 Q3\" is not a period tipdb reads; expected 2019-07/2019-09 for the span it names \(Self.slash)",
                "figures.csv:3:24: period: \"Q1 2020\" is not a period tipdb reads; expected 2020-01/2020-03 for the span it names \(Self.slash)",
                "figures.csv:4:24: period: \"2019 - 2020\" is not a period tipdb reads; expected 2019-2020 for the span it names \(Self.slash)",
                "figures.csv:5:24: period: \"2019-07 - 2019-09\" is not a period tipdb reads; expected 2019-07/2019-09 for the span it names \(Self.slash)",
                "figures.csv:6:24: period: \"2019-07-01 to 2019-09-30\" is not a period tipdb reads; expected 2019-07-01/2019-09-30 for the span it names \(Self.slash)",
                "figures.csv:7:24: period: \"2019 Q5\" is not a period; \(single)",
                "figures.csv:8:24: period: \"2020 - 2019\" is not a period; \(single)",
            ], "\(refused.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }
}
