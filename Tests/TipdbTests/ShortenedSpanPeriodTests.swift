import Foundation
import Testing

/// A period `2002-11` is November 2002, and also how reports shorten a span of years (ILO 2012's
/// reference period 2002-2011): it was stored as the month without a word, while `2009-10` (a
/// financial year) was warned of. Every month whose number names a year up to 20 years later is
/// now loaded as the month with a warning naming both readings; `2019-06` is not.
@Suite("ingest: a period such as 2002-11, a month that may shorten a span of years, is warned of (built binary)")
struct ShortenedSpanPeriodTests {
    static let sources = """
        key,title,publisher,date
        ngo-2020,Field survey,Example NGO,2020-06

        """

    @Test("2002-11 and 2010-12 warn of the span, 2009-10 of the financial year; 2019-06 and 2002-11/2002-11 load without a word; all stored as months")
    func warned() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                p1,detected-trafficking-victims,10,persons,GBR,2002-11,ngo-2020
                p2,detected-trafficking-victims,11,persons,GBR,2010-12,ngo-2020
                p3,detected-trafficking-victims,12,persons,GBR,2009-10,ngo-2020
                p4,detected-trafficking-victims,13,persons,GBR,2019-06,ngo-2020
                p5,detected-trafficking-victims,14,persons,GBR,2003-11/2003-11,ngo-2020

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: figures.csv:2:48: period: \"2002-11\" is read as the month November 2002; if it is the years 2002 to 2011, a span shortened as reports write one, write 2002-2011; loaded as the month; for the month without this warning, write 2002-11/2002-11",
                "warning: figures.csv:3:48: period: \"2010-12\" is read as the month December 2010; if it is the years 2010 to 2012, a span shortened as reports write one, write 2010-2012; loaded as the month; for the month without this warning, write 2010-12/2010-12",
                "warning: figures.csv:4:48: period: \"2009-10\" is read as the month October 2009; if it is the financial or school year 2009/10, write its first and last month, such as 2009-04/2010-03, or 2009-2010 for the two calendar years; loaded as the month; for the month without this warning, write 2009-10/2009-10",
            ], "\(loaded.stderr)")
            #expect(loaded.stdout.contains("figures.csv: 5 read, 5 inserted, 0 updated, 0 unchanged, 0 rejected, 3 warnings (batch 2)"), "\(loaded.stdout)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, period_start, period_end FROM figures ORDER BY key"], in: dir)
            #expect(stored.stdout == "key,period_start,period_end\r\np1,2002-11,2002-11\r\np2,2010-12,2010-12\r\np3,2009-10,2009-10\r\np4,2019-06,2019-06\r\np5,2003-11,2003-11\r\n", "\(stored.stdout)")
        }
    }

    @Test("a report's --period 2002-11 warns in the same words, ending with what it reports on")
    func reportOption() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            let run = try Tipdb.run(["report", "sources", "--period", "2002-11"], in: dir)
            // No figure is in scope, so an error follows the warning: the warning is what is tested.
            #expect(run.stderr.hasPrefix("warning: --period 2002-11: \"2002-11\" is read as the month November 2002; if it is the years 2002 to 2011, a span shortened as reports write one, write 2002-2011; reporting on the month\n"), "\(run.stderr)")
        }
    }
}
