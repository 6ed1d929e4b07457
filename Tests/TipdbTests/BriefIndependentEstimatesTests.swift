import Foundation
import Testing

/// Estimates of one measure and place from unrelated producers are independent estimates that
/// disagree, not editions of one series: the methods caution and the chart say so, by how much,
/// and which number lies outside the other's interval. Editions of one producer keep their words.
@Suite("Briefs tell independent producers' estimates from one producer's editions (built binary)")
struct BriefIndependentEstimatesTests {
    /// The review's database: the Fixtures, an NGO survey of Thailand (610,000, 500,000 to 700,000
    /// at 95%), the Global Slavery Index's 300,000 and a newspaper's repeat of the survey.
    static func makeThailand(in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        try Data("""
            key,kind,title,authors,publisher,date
            ngo-2020,report,NGO survey of modern slavery in Thailand,"Okafor, Ada; Tran, Minh",,2020
            gsi-2018,dataset,Global Slavery Index 2018,,Walk Free Foundation,2018
            paper-2022,news,Modern slavery in Thailand,"Smith, John",The Daily Example,2022

            """.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data("""
            key,measure,value,low,high,ci_level,unit,place,period,source,cites,method,notes
            ngo-ms-tha,modern-slavery,610000,500000,700000,95,persons,THA,2019,ngo-2020,,estimated,Survey-based estimate
            gsi-ms-tha,modern-slavery,300000,,,,persons,THA,2018,gsi-2018,,estimated,Disagrees with ngo
            news-ms-tha,modern-slavery,600000,,,,persons,THA,2022,paper-2022,ngo-ms-tha,,Quoted as 600000 in 2022

            """.utf8).write(to: dir.appendingPathComponent("f.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    static let caution = [
        "Modern slavery, Thailand: the 2 figures 300,000 (2018, Walk Free Foundation 2018 [2]) and 610,000 (2019, ",
        "Okafor and Tran 2020 [1]) come from 2 different producers. They are independent estimates, not editions of one series, ",
        "and they disagree: 610,000 is about 2 times 300,000, and 300,000 (Walk Free Foundation 2018 [2]) lies outside the 95% ",
        "interval of Okafor and Tran 2020 [1], 500,000 to 700,000. Each producer has its own methods and coverage, so the ",
        "differences between them are not a trend.",
    ].joined()

    static let chartCaution = [
        "The 2 figures come from 2 different producers. They are independent estimates, not editions of one ",
        "series, and they disagree: 610,000 is about 2 times 300,000, and 300,000 (Walk Free Foundation 2018) lies outside the ",
        "95% interval of Okafor and Tran 2020, 500,000 to 700,000. Each producer has its own methods and coverage, so the ",
        "differences between them are not a trend.",
    ].joined()

    @Test("the Walk Free index and an NGO survey of Thailand: independent estimates that disagree, in Comparability, the chart and JSON")
    func thailand() throws {
        try withTemporaryDirectory { dir in
            try Self.makeThailand(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--place", "THA", "--date", "2026-12-03"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let section = "- **Caution (methods).** " + Self.caution + "\n"
            #expect(brief.stdout.contains(section), "\(brief.stdout)")
            #expect(!brief.stdout.contains("editions,"), "\(brief.stdout)")
            // The chart given as a table on standard output ends its source line with the same words.
            let sourceLine = "Sources: Walk Free Foundation 2018 [2]; Okafor and Tran 2020 [1]. " + Self.chartCaution
                + " Reference periods, not publication years.\n"
            #expect(brief.stdout.contains(sourceLine), "\(brief.stdout)")

            let file = try Tipdb.run(["report", "brief", "--place", "THA", "--date", "2026-12-03", "-o", "brief.md"], in: dir)
            #expect(file.status == 0, "\(file.stderr)")
            let svg = try String(contentsOf: dir.appendingPathComponent("brief-chart-modern-slavery.svg"), encoding: .utf8)
            let title = "<title id=\"chart-modern-slavery-title\">Modern slavery, Thailand, 2018-2019: independent estimates "
                + "from 2 producers, not a trend</title>"
            #expect(svg.contains(title), "\(svg)")
            let description = " " + Self.chartCaution + "</desc>"
            #expect(svg.contains(description), "\(svg)")

            let json = try Tipdb.run(["report", "brief", "--place", "THA", "--format", "json", "--date", "2026-12-03"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let chart = (object["charts"] as? [[String: Any]])?.first
            #expect(chart?["caution"] as? String == Self.chartCaution)
            let warnings = (object["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
            let methods = warnings.filter { $0["kind"] as? String == "methods" }.compactMap { $0["text"] as? String }
            #expect(methods == [Self.caution])
        }
    }

    @Test("two editions of the Global Slavery Index, one publisher: still editions whose methods changed")
    func oneProducer() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,publisher,date
                gsi-2016,dataset,Global Slavery Index 2016,Walk Free Foundation,2016
                gsi-2018,dataset,Global Slavery Index 2018,The Walk Free Foundation,2018

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method
                gsi16-tha,modern-slavery,425500,persons,THA,2016,gsi-2016,estimated
                gsi18-tha,modern-slavery,610000,persons,THA,2018,gsi-2018,estimated

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-03"], in: dir)
            let caution = [
                "- **Caution (methods).** Modern slavery, Thailand: the 2 figures 425,500 (2016, Walk Free ",
                "Foundation 2016 [2]) and 610,000 (2018, The Walk Free Foundation 2018 [1]) come from 2 different studies or sources. ",
                "Their methods and coverage changed between editions, so the differences between them are not a trend.\n",
            ].joined()
            #expect(brief.stdout.contains(caution), "\(brief.stdout)")
        }
    }

    @Test("editions of one producer beside another producer's estimate: each said for what it is")
    func editionsAndAnother() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date
                gsi-2016,dataset,Global Slavery Index 2016,,Walk Free Foundation,2016
                gsi-2018,dataset,Global Slavery Index 2018,,Walk Free Foundation,2018
                ngo-2020,journal-article,Modern slavery in Thailand,"Okafor, Ada",Walk Free Foundation,2020

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,low,high,ci_level,unit,place,period,source,method
                gsi16-tha,modern-slavery,425500,,,,persons,THA,2016,gsi-2016,estimated
                gsi18-tha,modern-slavery,610000,,,,persons,THA,2018,gsi-2018,estimated
                ngo-tha,modern-slavery,300000,280000,320000,90,persons,THA,2019,ngo-2020,estimated

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-03"], in: dir)
            // A journal article's publisher is its outlet, not its producer: Okafor's survey is another producer's.
            let caution = [
                "- **Caution (methods).** Modern slavery, Thailand: the 3 figures 425,500 (2016, Walk Free ",
                "Foundation 2016 [2]), 610,000 (2018, Walk Free Foundation 2018 [3]) and 300,000 (2019, Okafor 2020 [1]) come from 3 ",
                "different studies or sources by 2 producers. Walk Free Foundation 2016 [2] and Walk Free Foundation 2018 [3] are ",
                "editions of one producer's series; Okafor 2020 [1] is another producer's. Across producers they disagree: 610,000 ",
                "(Walk Free Foundation 2018 [3]) is about 2 times 300,000 (Okafor 2020 [1]), and 425,500 (Walk Free Foundation 2016 ",
                "[2]) lies outside the 90% interval of Okafor 2020 [1], 280,000 to 320,000, and 610,000 (Walk Free Foundation 2018 ",
                "[3]) lies outside the 90% interval of Okafor 2020 [1], 280,000 to 320,000. Methods and coverage changed between ",
                "editions and differ between producers, so the differences between them are not a trend.\n",
            ].joined()
            #expect(brief.stdout.contains(caution), "\(brief.stdout)")
        }
    }
}
