import Foundation
import Testing

/// Values as R, pandas and spreadsheets write them: `NA` in `low` got `"NA" is not a number;
/// expected digits ...` with no word of leaving the cell empty, and a source date of `June 2020`
/// or `2020-06-15T00:00:00` only the generic "expected a year, a month or a day". Each now says
/// what to write.
@Suite("ingest: NA and dates in words or with a time say what to write instead (built binary)")
struct MissingMarkAndWordedDateTests {
    @Test("NA in low and high: refused naming the empty cell and R's na = \"\"; nothing stored")
    func missingMarks() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(ShortenedSpanPeriodTests.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,unit,place,period,source
                n1,forced-labour,100,NA,#N/A,persons,GBR,2019,ngo-2020

                """, "na.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            let run = try Tipdb.run(["ingest", "na.csv"], in: dir)
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("""
                na.csv:2:22: low: "NA" marks a missing number, not a number; expected the cell empty when the source gives none (R writes NA for a missing value: write.csv(..., na = "") writes empty cells instead)
                na.csv:2:25: high: "#N/A" marks a missing number, not a number; expected the cell empty when the source gives none (Excel's #N/A: copy the column and paste it as values, with the #N/A cells cleared)

                """), "\(run.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) FROM figures"], in: dir)
            #expect(stored.stdout == "count(*)\r\n0\r\n")
        }
    }

    @Test("a source date June 2020, 15 June 2020 or 2020-06-15T00:00:00 names 2020-06 or 2020-06-15; a period June 2020 likewise")
    func wordedDates() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                key,title,publisher,date
                d1,Field survey,Example NGO,June 2020
                d2,Field survey,Example NGO,2020-06-15T00:00:00
                d3,Field survey,Example NGO,15 June 2020

                """, "sources.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let run = try Tipdb.run(["ingest", "sources.csv"], in: dir)
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("""
                sources.csv:2:29: date: "June 2020" is a month written in words, not a date tipdb reads; expected 2020-06 for June 2020
                sources.csv:3:29: date: "2020-06-15T00:00:00" is a day with a time of day, not a date; expected the day alone, 2020-06-15
                sources.csv:4:29: date: "15 June 2020" is a day written in words, not a date tipdb reads; expected 2020-06-15 for 15 June 2020

                """), "\(run.stderr)")

            try IngestPartWarningTests.write(ShortenedSpanPeriodTests.sources, "ngo.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                w1,detected-trafficking-victims,5,persons,GBR,June 2020,ngo-2020

                """, "figures.csv", in: dir)
            let period = try Tipdb.run(["ingest", "ngo.csv", "figures.csv"], in: dir)
            #expect(period.stderr.hasPrefix("figures.csv:2:47: period: \"June 2020\" is a month written in words, not a period tipdb reads; expected 2020-06 for June 2020\n"), "\(period.stderr)")
        }
    }
}
