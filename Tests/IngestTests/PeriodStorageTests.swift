import Foundation
import Ingest
import Storage
import Testing

/// Periods whose end is less precise than their start: valid input that once failed the schema's
/// text check `period_start <= period_end` as an unlocated error, taking the whole command with it.
@Suite("Ingest: periods load as the schema compares them")
struct PeriodStorageTests {
    @Test("an end less precise than its start loads at the start's precision, and later rows are still checked")
    func coarserEnd() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let figures = """
            key,measure,value,place,period,period_start,period_end,source
            a,trafficking-victims,5,WLD,2019-12/2019,,,ilo-2005
            b,trafficking-victims,5,WLD,,2019-06-30,2019-06,ilo-2005
            c,trafficking-victims,5,WLD,,2020-02-10,2020,ilo-2005
            d,trafficking-victims,zz,WLD,2019,,,ilo-2005

            """
        let report = try h.ingest([try h.write("figures.csv", figures)], IngestOptions(onError: .skip))
        #expect(report.errors.map(\.description) == ["\(h.directory.appendingPathComponent("figures.csv").path):5:23: value: \"zz\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million"])
        #expect(report.committed && report.files[0].inserted == 3 && report.files[0].rejected == 1)
        let stored = try h.db.rows("SELECT key, period_start, period_end FROM figures ORDER BY key")
            .map { "\($0.string("key") ?? ""): \($0.string("period_start") ?? "")..\($0.string("period_end") ?? "")" }
        #expect(stored == ["a: 2019-12..2019-12", "b: 2019-06-30..2019-06-30", "c: 2020-02-10..2020-12-31"])
    }

    @Test("period_start without period_end is refused: a CSV header once, a JSON object per row; an empty period_end is a single period")
    func startNeedsEnd() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let span = "key,measure,value,place,period,source\nspan,forced-labour,5,WLD,1995-2004,ilo-2005\n"
        #expect(try h.ingest([try h.write("span.csv", span)]).errors.isEmpty)
        let before = try h.fileBytes()
        let csv = try h.write("s.csv", "key,measure,value,place,period_start,source\nspan,forced-labour,6,WLD,1996,ilo-2005\n")
        let json = try h.write("s.ndjson", #"{"key": "span", "measure": "forced-labour", "value": 6, "place": "WLD", "period_start": "1996", "source": "ilo-2005"}"# + "\n")
        let expected = "without period_end; expected both (an empty period_end for a single year, month or day), or one period column"
        #expect(try h.ingest([csv]).errors.map(\.description) == ["\(csv):1:25: period_start \(expected)"])
        #expect(try h.ingest([json]).errors.map(\.description) == ["\(json):1:89: period_start: given \(expected)"])
        #expect(try h.fileBytes() == before)
        let single = try h.write("e.csv", "key,measure,value,place,period_start,period_end,source\nspan,forced-labour,6,WLD,1996,,ilo-2005\n")
        #expect(try h.ingest([single]).errors.isEmpty)
        #expect(try h.db.figure(key: "span").map { "\($0.periodStart)..\($0.periodEnd)" } == "1996..1996")
    }

    @Test("period_start and period_end each take one date: a span there, a missing start or an end alone is named at its own cell, quoted as written")
    func splitPeriodErrorsAtTheirCells() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let csv = try h.write("w1.csv", """
            key,measure,value,place,period_start,period_end,source
            r1,forced-labour,100,WLD,1995-2004,,ilo-2005
            r2,forced-labour,100,WLD,2019-06-01/2019-06-30,,ilo-2005
            r3,forced-labour,100,WLD,,2016,ilo-2005
            r4,forced-labour,100,WLD,,,ilo-2005
            r5,forced-labour,100,WLD,2019-06,2019-13,ilo-2005
            r6,forced-labour,100,WLD,2019-06,2019/2020,ilo-2005

            """)
        let date = "expected a year (2016), a month (2019-06) or a day (2019-06-30)"
        #expect(try h.ingest([csv]).errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "2:26: period_start: \"1995-2004\" is a span, but period_start takes one date; \(date), with the span in period or split over period_start and period_end",
            "3:26: period_start: \"2019-06-01/2019-06-30\" is a span, but period_start takes one date; \(date), with the span in period or split over period_start and period_end",
            "4:26: period_start: missing period_start: the start of the reference period is required (period_end is \"2016\"); \(date), with period_end empty for a single year, month or day",
            "5:26: period_start: period_start and period_end are both empty, and a figure needs its reference period; expected the start in period_start, a year (2016), a month (2019-06) or a day (2019-06-30), with period_end empty for a single year, month or day or the end of a span",
            "6:34: period_end: month 13 in \"2019-13\" does not exist; expected 01 to 12",
            "7:34: period_end: \"2019/2020\" is a span, but period_end takes one date; \(date), with the span in period or split over period_start and period_end",
        ])
        // A JSON object with period_end alone: at that member.
        let json = try h.write("e.ndjson", #"{"key": "e", "measure": "forced-labour", "value": 6, "place": "WLD", "period_end": "2016", "source": "ilo-2005"}"# + "\n")
        #expect(try h.ingest([json]).errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "1:84: period_end: given without period_start; expected the start in period_start (and period_end empty for a single year, month or day), or the whole period in period",
        ])
    }
}
