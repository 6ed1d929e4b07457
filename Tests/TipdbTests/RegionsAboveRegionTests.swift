import Foundation
import Testing

/// `regions-above-region`: regions of one system whose counts from one source add up to more than
/// the world's or a containing region's. The ILO's five regions at 15.1 + 14.1 + 3.8 + 3.6 + 0.9 =
/// 37.5 million beside the world's 27.6 million (Europe and Central Asia mistyped for 4.1 million)
/// passed ingest, check and the brief, while countries above their region were named (a
/// supply-chain analyst's review, session 53).
@Suite("regions-above-region: regions of one system summed above the world's count (built binary)")
struct RegionsAboveRegionTests {
    static let sources = "key,kind,title,publisher,date\nacme-2025,report,Forced labour risk by region,Acme Consulting,2025\n"

    /// The ILO's regions above the world; the same regions' 2020 figures adding up to the world; and
    /// UN M49's Africa with the ILO's Arab States, two systems that overlap, never added (2019).
    static let figures = """
        key,measure,value,unit,place,period,source,locator
        r-wld,forced-labour,27.6 million,persons,WLD,2021,acme-2025,Table 1
        r-asia,forced-labour,15.1 million,persons,ILO-ASIA-PACIFIC,2021,acme-2025,Table 1
        r-eca,forced-labour,14.1 million,persons,ILO-EUROPE-CENTRAL-ASIA,2021,acme-2025,Table 1
        r-afr,forced-labour,3.8 million,persons,ILO-AFRICA,2021,acme-2025,Table 1
        r-amr,forced-labour,3.6 million,persons,ILO-AMERICAS,2021,acme-2025,Table 1
        r-arb,forced-labour,0.9 million,persons,ILO-ARAB-STATES,2021,acme-2025,Table 1
        q-wld,forced-labour,27.6 million,persons,WLD,2020,acme-2025,Table 2
        q-asia,forced-labour,15.1 million,persons,ILO-ASIA-PACIFIC,2020,acme-2025,Table 2
        q-eca,forced-labour,4.1 million,persons,ILO-EUROPE-CENTRAL-ASIA,2020,acme-2025,Table 2
        q-afr,forced-labour,3.8 million,persons,ILO-AFRICA,2020,acme-2025,Table 2
        q-amr,forced-labour,3.6 million,persons,ILO-AMERICAS,2020,acme-2025,Table 2
        q-arb,forced-labour,0.9 million,persons,ILO-ARAB-STATES,2020,acme-2025,Table 2
        s-wld,forced-labour,10 million,persons,WLD,2019,acme-2025,Table 3
        s-afr,forced-labour,6 million,persons,M49-002,2019,acme-2025,Table 3
        s-arb,forced-labour,5 million,persons,ILO-ARAB-STATES,2019,acme-2025,Table 3

        """

    static let message = "the counts or amounts of money of regions of one system (the ILO's, UNODC's or UN M49's), "
        + "which share no country, add up to more than the count or amount of the world or of a region that contains them, beyond "
        + "rounding (counts from records, such as detected victims, at all), for the same measure, period, subgroup (sex, age group, "
        + "form), source and study, and for money the same currency and price year (each region at the low end of its range or "
        + "interval, the whole at the high end of its own): a region's people, cases or money include those "
        + "of the regions within it, so one of the numbers counts something else or is wrong (kept as published; say so when citing, "
        + "and do not work out the regions' shares from them); regions of two systems are never added together, as they overlap, "
        + "nor amounts in two currencies or two years' prices"

    static let row = "ILO regions: r-afr (Africa (ILO region), 3800000) + r-amr (Americas (ILO region), 3600000) + r-arb (Arab States, 900000) "
        + "+ r-asia (Asia and the Pacific, 15100000) + r-eca (Europe and Central Asia, 14100000) = 37500000 > r-wld (World, 27600000)"

    @Test("ingest warns at the first region's value and check names the 2021 sum; not 2020's (equal to the world), nor two systems added")
    func ingestAndCheck() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "regions.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "regions.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("regions-above-region") } == [
                "warning: regions.csv:5:21: regions-above-region: \(Self.row): \(Self.message)",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains("warning: regions-above-region: \(Self.message) (1)\n  \(Self.row)\n"), "\(check.stdout)")
            let json = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(json.stdout.contains("\"regions-above-region\": 1"), "\(json.stdout)")
        }
    }

    @Test("a world brief cautions about the sum, naming the system and its source")
    func brief() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "regions.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "src.csv", "regions.csv"], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "World"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "- **Caution (places).** Forced labour, 2021, Acme Consulting 2025 [1]: the figures for Africa (ILO region) (3.8 million), "
                    + "the Americas (ILO region) (3.6 million), the Arab States (900,000), Asia and the Pacific (15.1 million) and Europe and "
                    + "Central Asia (14.1 million), ILO regions that share no country, add up to 37.5 million, more than the figure for the "
                    + "world (27.6 million), which contains them."), "\(brief.stdout)")
            #expect(!brief.stdout.contains("2020, Acme Consulting 2025 [1]: the figures for"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("UN M49 regions that share"), "\(brief.stdout)")
        }
    }

    /// The ILO's profits from forced labour by region (2021, in 2021 US dollars) with Asia and the
    /// Pacific mistyped (162.4 for 62.4 billion): named. Not named: the same regions in 2021 prices
    /// beside a world in 2014 prices, nor amounts per person, which do not add up (session 54).
    static let money = """
        key,measure,value,unit,place,period,source,locator,price_year
        m-wld,forced-labour-profits,236 billion,USD,WLD,2021,acme-2025,Table 4,2021
        m-asia,forced-labour-profits,162.4 billion,USD,ILO-ASIA-PACIFIC,2021,acme-2025,Table 4,2021
        m-eca,forced-labour-profits,84.2 billion,USD,ILO-EUROPE-CENTRAL-ASIA,2021,acme-2025,Table 4,2021
        m-amr,forced-labour-profits,52.2 billion,USD,ILO-AMERICAS,2021,acme-2025,Table 4,2021
        m-afr,forced-labour-profits,19.8 billion,USD,ILO-AFRICA,2021,acme-2025,Table 4,2021
        m-arb,forced-labour-profits,18 billion,USD,ILO-ARAB-STATES,2021,acme-2025,Table 4,2021
        n-wld,forced-labour-profits,100 billion,USD,WLD,2014,acme-2025,Table 5,2014
        n-asia,forced-labour-profits,51.8 billion,USD,ILO-ASIA-PACIFIC,2014,acme-2025,Table 5,2021
        n-eca,forced-labour-profits,46.9 billion,USD,ILO-EUROPE-CENTRAL-ASIA,2014,acme-2025,Table 5,2021
        n-amr,forced-labour-profits,12 billion,USD,ILO-AMERICAS,2014,acme-2025,Table 5,2021
        pp-wld,forced-labour-profits,10000,USD-per-person,WLD,2021,acme-2025,Table 6,2021
        pp-asia,forced-labour-profits,5000,USD-per-person,ILO-ASIA-PACIFIC,2021,acme-2025,Table 6,2021
        pp-eca,forced-labour-profits,20000,USD-per-person,ILO-EUROPE-CENTRAL-ASIA,2021,acme-2025,Table 6,2021
        pp-amr,forced-labour-profits,10000,USD-per-person,ILO-AMERICAS,2021,acme-2025,Table 6,2021

        """

    @Test("amounts of money: the regions' profits above the world's in one currency and year's prices are named at ingest and by check; other years' prices and amounts per person are not")
    func money() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.money, "money.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "money.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let row = "ILO regions: m-afr (Africa (ILO region), 19800000000) + m-amr (Americas (ILO region), 52200000000) "
                + "+ m-arb (Arab States, 18000000000) + m-asia (Asia and the Pacific, 162400000000) "
                + "+ m-eca (Europe and Central Asia, 84200000000) = 336600000000 > m-wld (World, 236000000000)"
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("regions-above-region") } == [
                "warning: money.csv:6:29: regions-above-region: \(row): \(Self.message)",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains("warning: regions-above-region: \(Self.message) (1)\n  \(row)\n"), "\(check.stdout)")
        }
    }
}
