import Foundation
import Testing

/// A row that corrects a stored estimate's value without low and high drops the interval of the
/// old value (README, "Updates change only what the file gives"). The load said "1 updated" and
/// nothing more, and the brief showed a bare `12,500 (revised from 12,000)` (a statistician's
/// review, session 54): ingest now warns at the value, and the revision names the old interval.
@Suite("A value changed without its bounds: warned at ingest, the old interval in the revision (built binary)")
struct DroppedBoundsTests {
    @Test("12,000 (10,000 to 14,000) corrected to 12,500 without bounds")
    func correctedValue() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(EstimateIntervalTextTests.sources, "s.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,ci_level,unit,place,period,source,method,quote,locator
                own-gbr,trafficking-victims,"12,000","10,000","14,000",95,persons,GBR,2016,mse-team-2026,estimated,"12,000 (95% CI 10,000-14,000)",T1

                """, "f.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                own-gbr,trafficking-victims,"12,500",persons,GBR,2016,mse-team-2026

                """, "g.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr).contains(
                "warning: g.csv:2:29: value: figure \"own-gbr\" changes from 12,000 to 12,500, and its stored bounds, 10,000 to 14,000 "
                    + "(95% interval), are dropped with the old value (kept in its revision): briefs now show 12,500 without a range; "
                    + "give low, high and ci_level for 12,500 where the source states them; loaded as written"), "\(loaded.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.stdout.contains("12,500 (revised from 12,000, bounds 10,000 to 14,000 (95% interval))"), "\(brief.stdout)")
        }
    }

    @Test("a row that gives low and high, even empty, is not warned about: it said what the bounds are")
    func statedBounds() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(EstimateIntervalTextTests.sources, "s.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,ci_level,unit,place,period,source,method
                own-gbr,trafficking-victims,"12,000","10,000","14,000",95,persons,GBR,2016,mse-team-2026,estimated

                """, "f.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,ci_level,unit,place,period,source,method
                own-gbr,trafficking-victims,"12,500",,,,persons,GBR,2016,mse-team-2026,estimated

                """, "g.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(!loaded.stderr.contains("are dropped with the old value"), "\(loaded.stderr)")
        }
    }
}
