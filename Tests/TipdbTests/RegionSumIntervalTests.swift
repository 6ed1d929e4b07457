import Foundation
import Testing

/// `regions-above-region` with intervals, and money in the brief's caution about it. Session 54
/// took the whole at the high end of its interval in every other rule that sets parts against a
/// whole, but `regions-above-region` still took the world at its low end in check and at ingest,
/// and at its point estimate in the brief, where each region was said to be "at least" its lower
/// bound: regions whose lower bounds add up to 9,500 beside a world of 8,000 (7,000 to 10,000,
/// 95% interval) were called a contradiction, though 9,500 lies inside the world's own interval.
/// And the brief added only counts, where check adds money too (session 55).
@Suite("regions-above-region with intervals, and money in the brief (built binary)")
struct RegionSumIntervalTests {
    static let sources = "key,kind,title,publisher,date\nacme-2025,report,Forced labour risk by region,Acme Consulting,2025\n"

    /// 2021: the regions' lower bounds (4,100 + 3,300 + 2,100 = 9,500) lie below the world's upper
    /// bound (10,000), so nothing is wrong. 2019: the same regions beside a world whose upper bound
    /// is 8,500.
    static let figures = """
        key,measure,value,low,high,ci_level,unit,place,period,source,locator
        c-wld,forced-labour,"8,000","7,000","10,000",95,persons,WLD,2021,acme-2025,Table 1
        c-afr,forced-labour,"4,500","4,100","4,900",95,persons,ILO-AFRICA,2021,acme-2025,Table 1
        c-amr,forced-labour,"3,600","3,300","3,900",95,persons,ILO-AMERICAS,2021,acme-2025,Table 1
        c-asia,forced-labour,"2,400","2,100","2,700",95,persons,ILO-ASIA-PACIFIC,2021,acme-2025,Table 1
        b-wld,forced-labour,"8,000","7,000","8,500",95,persons,WLD,2019,acme-2025,Table 2
        b-afr,forced-labour,"4,500","4,100","4,900",95,persons,ILO-AFRICA,2019,acme-2025,Table 2
        b-amr,forced-labour,"3,600","3,300","3,900",95,persons,ILO-AMERICAS,2019,acme-2025,Table 2
        b-asia,forced-labour,"2,400","2,100","2,700",95,persons,ILO-ASIA-PACIFIC,2019,acme-2025,Table 2

        """

    static let row = "ILO regions: b-afr (Africa (ILO region), 4500, counted as 4100) + b-amr (Americas (ILO region), 3600, counted as 3300) "
        + "+ b-asia (Asia and the Pacific, 2400, counted as 2100) = 9500 > b-wld (World, 8000, counted as 8500)"

    private func load(_ figures: String, in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(figures, "regions.csv", in: dir)
        return try Tipdb.run(["ingest", "src.csv", "regions.csv"], in: dir)
    }

    @Test("the world at the high end of its interval at ingest and in check: 2021's sum within it is not named, 2019's is, with the bounds counted")
    func ingestAndCheck() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load(Self.figures, in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let warned = IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("regions-above-region") }
            #expect(warned.count == 1, "\(loaded.stderr)")
            #expect(warned.first?.hasPrefix("warning: regions.csv:7:21: regions-above-region: \(Self.row): ") ?? false, "\(warned)")
            #expect(warned.first?.contains("(each region at the low end of its range or interval, the whole at the high end of its own)") ?? false, "\(warned)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains("two years' prices (1)\n  \(Self.row)\n"), "\(check.stdout)")
            #expect(!check.stdout.contains("c-wld"), "\(check.stdout)")
        }
    }

    @Test("the brief gives each interval, adds the regions at their low ends and exceeds the world even at its high end; never \"at least\"")
    func briefWording() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(Self.figures, in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "World"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let caution: String = "- **Caution (places).** Forced labour, 2019, Acme Consulting 2025 [1]: the figures for Africa (ILO region) (4,500; 4,100 "
                + "to 4,900, 95% interval), the Americas (ILO region) (3,600; 3,300 to 3,900, 95% interval) and Asia and the Pacific "
                + "(2,400; 2,100 to 2,700, 95% interval), ILO regions that share no country, add up to 9,500 at the low ends of their "
                + "ranges, more than the figure for the world (8,000; 7,000 to 8,500, 95% interval), which contains them, even at the "
                + "high end of its range. All are kept as published, but the count of the world or of a region includes the counts "
                + "of the regions within it (rounding allowed for)"
            #expect(brief.stdout.contains(caution), "\(brief.stdout)")
            let cautions = brief.stdout.split(separator: "\n").filter { $0.contains("Caution (places)") }
            #expect(cautions.count == 1, "\(cautions)")
            #expect(!cautions.contains { $0.contains("at least") }, "\(cautions)")
        }
    }

    @Test("the brief cautions about the regions' money above the world's, as check does; not other years' prices, nor amounts per person")
    func briefMoney() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(RegionsAboveRegionTests.money, in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "World"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let cautions = brief.stdout.split(separator: "\n").filter { $0.contains("ILO regions that share no country") }
            #expect(cautions.count == 1, "\(brief.stdout)")
            let caution = cautions.first.map(String.init) ?? ""
            // Markdown escapes the dollar sign.
            for words in [
                "Illegal profits from forced labour, 2021, Acme Consulting 2025 [1]: the figures for Africa (ILO region) (US\\$19.8 "
                    + "billion a year), the Americas (ILO region) (US\\$52.2 billion a year)",
                "Asia and the Pacific (US\\$162.4 billion a year) and Europe and Central Asia (US\\$84.2 billion a year), ILO regions that "
                    + "share no country, add up to US\\$336.6 billion a year, in 2021 US dollars, more than the figure for the world "
                    + "(US\\$236 billion a year), which contains them.",
                " All are kept as published, but the amount of the world or of a region includes the amounts of the regions within it "
                    + "(rounding allowed for): one of them counts something else or is wrong, and the regions' shares cannot be read from them.",
            ] {
                #expect(caution.contains(words), "\(caution)")
            }
        }
    }
}
