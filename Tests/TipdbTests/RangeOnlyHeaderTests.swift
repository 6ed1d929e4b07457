import Foundation
import Testing

/// A CSV file of range-only estimates (`low`, `high`, no `value` column) was refused with
/// `missing column "value"`, while the same JSON object loaded and `--help` said "value (or low
/// and high)". Such a header is now accepted; one with neither names both ways.
@Suite("ingest: a figures CSV with low and high needs no value column (built binary)")
struct RangeOnlyHeaderTests {
    @Test("low and high without value: loaded as a range-only estimate; low alone: missing value, naming low and high")
    func rangeOnly() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(ShortenedSpanPeriodTests.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,low,high,unit,place,period,source
                rr1,forced-labour,10000,13000,persons,GBR,2013,ngo-2020

                """, "rangeonly.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,low,unit,place,period,source
                rr2,forced-labour,10000,persons,GBR,2013,ngo-2020

                """, "figures-low.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "rangeonly.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stdout.contains("rangeonly.csv: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected (batch 2)"), "\(loaded.stdout)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value, censored, low, high FROM figures"], in: dir)
            #expect(stored.stdout == "key,value,censored,low,high\r\nrr1,,0,10000.0,13000.0\r\n", "\(stored.stdout)")

            let refused = try Tipdb.run(["ingest", "figures-low.csv"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("figures-low.csv:1:1: missing column \"value\"; a figures file needs measure, value (or low and high), place, period, source\n"), "\(refused.stderr)")
        }
    }
}
