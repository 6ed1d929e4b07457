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
}
