import Foundation
import Testing

/// `tipdb search "750,000"` listed Wire Agency 2022's 750,000 as "repeating daily-2015-nga (Daily
/// Courier 2015)" with nothing to say that Daily Courier has since revised it to 75,000, and the
/// Guardian's 2.4 million filed under 2012 with nothing to say that the figure it repeats is for
/// 1995-2004, where `report lineage` and the brief flag both (review of session 47). A repeat's
/// title now ends with each FLAG lineage raises of it, in lineage's words; `--json` gives them
/// in `repeats.flags`.
@Suite("tipdb search: a repeat's result carries lineage's FLAG (built binary)")
struct SearchRepeatFlagTests {
    static let nigeria = "trafficking-victims (Victims of trafficking in persons (estimated)), NGA (Nigeria), 2014"
    static let revisedFlag = "Wire Agency 2022 repeats an earlier number of Daily Courier 2015: 750,000, since revised to 75,000"

    /// Daily Courier's 750,000, revised to 75,000 by a later load, and Wire Agency's repeat of the 750,000.
    static func makeRevisedRepeat(in dir: URL) throws {
        try IngestPartWarningTests.write("""
            key,kind,title,publisher,date
            daily-2015,news,Nigeria trafficking crisis,Daily Courier,2015-03-02
            wire-2022,news,UN says 50 million in modern slavery,Wire Agency,2022-09-12

            """, "sources.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,unit,place,period,source,method
            daily-2015-nga,trafficking-victims,"750,000",persons,NGA,2014,daily-2015,estimated

            """, "daily.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,unit,place,period,source,method,notes
            daily-2015-nga,trafficking-victims,"75,000",persons,NGA,2014,daily-2015,estimated,"revised: 75,000"

            """, "revised.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,unit,place,period,source,cites,method,quote
            wire-2022-nga-repeat,trafficking-victims,"750,000",persons,NGA,2014,wire-2022,daily-2015-nga,reported,"750,000 Nigerians trafficked"

            """, "repeat.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        for file in ["sources.csv", "daily.csv", "revised.csv", "repeat.csv"] {
            let load = try Tipdb.run(["ingest", "--quiet", file], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
        }
    }

    @Test("a repeat of a number since revised: the title ends with lineage's FLAG sentence, which lineage prints too")
    func revisedOriginal() throws {
        try withTemporaryDirectory { dir in
            try Self.makeRevisedRepeat(in: dir)
            let found = try Tipdb.run(["search", "--kind", "figures", "Nigerians"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout == """
                figure  wire-2022-nga-repeat  \(Self.nigeria): 750,000 — Wire Agency 2022, repeating daily-2015-nga (Daily Courier 2015); FLAG: \(Self.revisedFlag)
                    750,000 [Nigerians] trafficked
                (1 result)

                """, "\(found.stdout)")
            let lineage = try Tipdb.run(["report", "lineage", "wire-2022-nga-repeat"], in: dir)
            #expect(lineage.stdout.contains("FLAG: \(Self.revisedFlag).\n"), "\(lineage.stdout)")
        }
    }

    @Test("--json: repeats.flags holds lineage's sentences with their full stops; a repeat lineage does not flag has none")
    func json() throws {
        try withTemporaryDirectory { dir in
            try Self.makeRevisedRepeat(in: dir)
            let found = try Tipdb.run(["search", "--json", "--kind", "figures", "Nigerians"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [String: Any]
            let result = try #require((object?["results"] as? [[String: Any]])?.first, "\(found.stdout)")
            let repeats = (result["figure"] as? [String: Any])?["repeats"] as? [String: Any]
            #expect(repeats?["flags"] as? [String] == [Self.revisedFlag + "."], "\(found.stdout)")
            #expect((result["title"] as? String)?.hasSuffix("; FLAG: " + Self.revisedFlag) == true, "\(found.stdout)")
        }
    }

    @Test("the Fixtures: UNODC 2012 dropped ILO 2005's minimum and the Guardian filed its repeat under 2012, as lineage flags; Francis 2013 repeats UNODC 2012 as it stands, unflagged")
    func fixtures() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try IngestPartWarningTests.write("""
                key,kind,title,publisher,date
                guardian-2019,news,Modern slavery: 40 million people trapped worldwide,The Guardian,2019-07-30

                """, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,cites,method,quote
                guardian-2019-tr-wld,trafficking-victims,2.4 million,persons,WLD,2012,guardian-2019,unodc-2012-trafficked-wld,reported,2.4 million according to the UN

                """, "figures.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let found = try Tipdb.run(["search", "--kind", "figures", "2.4", "million"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            let lines = found.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("figure  ") }
            #expect(lines.contains(SearchRepeatTests.unodc + "; FLAG: UNODC 2012 changes what it repeats from ILO 2005: the range (none given, not at least 2.45 million)"),
                    "\(found.stdout)")
            #expect(lines.contains(SearchRepeatTests.francis), "\(found.stdout)")
            #expect(lines.contains(
                "figure  guardian-2019-tr-wld  trafficking-victims (Victims of trafficking in persons (estimated)), WLD (World), 2012: 2.4 million — "
                    + "The Guardian 2019, repeating unodc-2012-trafficked-wld (UNODC 2012); FLAG: The Guardian 2019 changes what it repeats "
                    + "from UNODC 2012: the period (2012, not 1995-2004)"), "\(found.stdout)")
        }
    }
}
