import Foundation
import Testing

/// `place-above-region` with intervals: a country, or a region within another, at the low end of
/// its interval against the containing region at the high end of its own, as
/// `subgroup-above-total` and `countries-above-region` compare. Germany's 12,000 (5,000 to 16,000)
/// was called larger than Western Europe's 10,500 (9,000 to 20,000), point against point, and the
/// same pair was added up as `countries-above-region` too, so a brief printed two cautions for one
/// pair (a statistician's review, session 54).
@Suite("place-above-region: a country's interval against its region's (built binary)")
struct PlaceIntervalTests {
    /// The review's figures, and Western Europe beside Europe (8,000 to 20,000), all overlapping.
    static let overlapping = """
        key,measure,value,low,high,ci_level,unit,place,period,sex,source,quote,locator
        weu,trafficking-victims,"10,500","9,000","20,000",95,persons,M49-155,2018,total,mse-team-2026,"10,500 (95% CI 9,000-20,000)",T6
        eur,trafficking-victims,"10,000","8,000","20,000",95,persons,M49-150,2018,total,mse-team-2026,"10,000 (95% CI 8,000-20,000)",T6
        deu,trafficking-victims,"12,000","5,000","16,000",95,persons,DEU,2018,total,mse-team-2026,"12,000 (95% CI 5,000-16,000)",T6
        fra,trafficking-victims,"8,000","6,000","10,000",95,persons,FRA,2018,total,mse-team-2026,"8,000 (95% CI 6,000-10,000)",T6
        fra-f,trafficking-victims,"9,000","5,000","11,000",95,persons,FRA,2018,female,mse-team-2026,"9,000 (95% CI 5,000-11,000)",T6

        """

    /// Germany's interval wholly above Western Europe's.
    static let apart = """
        key,measure,value,low,high,ci_level,unit,place,period,sex,source,quote,locator
        weu,trafficking-victims,"10,500","9,000","10,800",95,persons,M49-155,2018,total,mse-team-2026,"10,500 (95% CI 9,000-10,800)",T6
        deu,trafficking-victims,"12,000","11,000","13,000",95,persons,DEU,2018,total,mse-team-2026,"12,000 (95% CI 11,000-13,000)",T6
        fra,trafficking-victims,"6,000","5,000","7,000",95,persons,FRA,2018,total,mse-team-2026,"6,000 (95% CI 5,000-7,000)",T6

        """

    private func load(_ figures: String, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(IntervalWholeTests.sources, "s.csv", in: dir)
        try IngestPartWarningTests.write(figures, "f.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    @Test("intervals that overlap: neither place-above-region nor countries-above-region, no caution")
    func overlappingIntervals() throws {
        try withTemporaryDirectory { dir in
            try load(Self.overlapping, in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            for rule in ["place-above-region", "countries-above-region", "subgroup-above-total"] {
                #expect(!check.stdout.contains("warning: \(rule):"), "\(check.stdout)")
            }
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(!brief.stdout.contains("Caution (places)"), "\(brief.stdout)")
        }
    }

    @Test("a country's interval above its region's: one place-above-region row with the bounds compared, one caution")
    func intervalsApart() throws {
        try withTemporaryDirectory { dir in
            try load(Self.apart, in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("\n  deu (Germany, 12000, counted as 11000) > weu (Western Europe, 10500, counted as 10800)\n"),
                    "\(check.stdout)")
            #expect(!check.stdout.contains("warning: countries-above-region:"), "\(check.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.stdout.contains(
                "the figure for Germany (12,000; 11,000 to 13,000, 95% interval) is larger than the figure for Western Europe "
                    + "(10,500; 9,000 to 10,800, 95% interval), a region that contains it."), "\(brief.stdout)")
            #expect(brief.stdout.components(separatedBy: "Caution (places)").count == 2, "\(brief.stdout)")
        }
    }
}
