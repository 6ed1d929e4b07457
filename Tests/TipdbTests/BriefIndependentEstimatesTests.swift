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
        "Modern slavery, Thailand: the 2 figures 300,000 (2018, Walk Free Foundation 2018 [2]) and 610,000 (500,000 to 700,000, ",
        "95% interval; 2019, ",
        "Okafor and Tran 2020 [1]) come from 2 different producers. They are independent estimates, not editions of one series, ",
        "and they describe different periods, so they cannot confirm or contradict each other. Each producer has its own ",
        "methods and coverage, so the differences between them are not a trend.",
    ].joined()

    static let chartCaution = [
        "The 2 figures come from 2 different producers. They are independent estimates, not editions of one ",
        "series, and they describe different periods, so they cannot confirm or contradict each other. Each producer has its ",
        "own methods and coverage, so the differences between them are not a trend.",
    ].joined()

    @Test("the Walk Free index for 2018 and an NGO survey for 2019: independent estimates of different periods, in Comparability, the chart and JSON")
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
                "Foundation 2016 [2]), 610,000 (2018, Walk Free Foundation 2018 [3]) and 300,000 (280,000 to 320,000, 90% interval; 2019, ",
                "Okafor 2020 [1]) come from 3 ",
                "different studies or sources by 2 producers. Walk Free Foundation 2016 [2] and Walk Free Foundation 2018 [3] are ",
                "editions of one producer's series; Okafor 2020 [1] is another producer's. Across producers, they describe different ",
                "periods, so they cannot confirm or contradict each other. Methods and coverage changed between ",
                "editions and differ between producers, so the differences between them are not a trend.\n",
            ].joined()
            #expect(brief.stdout.contains(caution), "\(brief.stdout)")
        }
    }

    /// Loads `sources` and `figures` (CSV texts) into a new database in `dir`.
    private static func load(_ sources: String, _ figures: String, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// The review's Kenya (session 38): a survey's 100,000 (90,000 to 110,000) for 2010 and Walk
    /// Free's 400,000 for 2021 were said to "disagree", the one "outside the 95% interval" of the
    /// other; 136,000 for 2016 and 140,000 for 2021 to "agree", which reads as no change.
    @Test("estimates of different years neither disagree nor agree: one year's number is not judged against another year's interval")
    func differentYears() throws {
        try withTemporaryDirectory { dir in
            try Self.load("""
                key,kind,title,authors,publisher,date
                ok-2012,report,Forced labour survey 2010,"Okafor, Ngozi",Univ A,2012
                gsi-2023,dataset,Global Slavery Index 2023,,Walk Free,2023-05

                """, """
                key,measure,value,low,high,ci_level,unit,place,period,source
                ok-ken-2010,forced-labour,100000,90000,110000,0.95,persons,KEN,2010,ok-2012
                gsi-ken-2021,forced-labour,400000,,,,persons,KEN,2021,gsi-2023

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--place", "KEN", "--date", "2026-12-03"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let said = "They are independent estimates, not editions of one series, and they describe different periods, so they "
                + "cannot confirm or contradict each other. Each producer has its own methods and coverage, so the differences "
                + "between them are not a trend."
            #expect(brief.stdout.contains(
                "- **Caution (methods).** Forced labour, Kenya: the 2 figures 100,000 (90,000 to 110,000, 95% interval; "
                    + "2010, Okafor 2012 [2]) and 400,000 (2021, "
                    + "Walk Free 2023 [1]) come from 2 different producers. " + said + "\n"), "\(brief.stdout)")
            #expect(brief.stdout.contains(
                "Sources: Okafor 2012 [2]; Walk Free 2023 [1]. The 2 figures come from 2 different producers. " + said
                    + " Reference periods, not publication years.\n"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("disagree"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("lies outside"), "\(brief.stdout)")
        }
        try withTemporaryDirectory { dir in
            try Self.load("""
                key,kind,title,authors,publisher,date
                ok-2017,report,Forced labour survey 2016,"Okafor, Ngozi",Univ A,2017
                gsi-2023,dataset,Global Slavery Index 2023,,Walk Free,2023-05

                """, """
                key,measure,value,unit,place,period,source
                ok-ken-2016,forced-labour,136000,persons,KEN,2016,ok-2017
                gsi-ken-2021,forced-labour,140000,persons,KEN,2021,gsi-2023

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--place", "KEN", "--date", "2026-12-03"], in: dir)
            #expect(brief.stdout.contains(
                "- **Caution (methods).** Forced labour, Kenya: the 2 figures 136,000 (2016, Okafor 2017 [2]) and 140,000 (2021, "
                    + "Walk Free 2023 [1]) come from 2 different producers. They are independent estimates, not editions of one "
                    + "series, and they describe different periods, so they cannot confirm or contradict each other."),
                "\(brief.stdout)")
            #expect(!brief.stdout.contains("agree up to rounding"), "\(brief.stdout)")
        }
    }

    /// Two producers' figures for one year are compared with each other; a third figure, of
    /// another year, with neither.
    @Test("two producers' estimates for the same year disagree, named with the year; a figure of another year is left out of it")
    func samePeriod() throws {
        try withTemporaryDirectory { dir in
            try Self.makeThailand(in: dir)
            try Data("""
                key,measure,value,low,high,ci_level,unit,place,period,source,method
                ngo-ms-tha-2018,modern-slavery,620000,520000,720000,95,persons,THA,2018,ngo-2020,estimated

                """.utf8).write(to: dir.appendingPathComponent("more.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "more.csv"], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--place", "THA", "--date", "2026-12-03"], in: dir)
            #expect(brief.stdout.contains([
                "- **Caution (methods).** Modern slavery, Thailand: the 3 figures 300,000 (2018, Walk Free Foundation 2018 [2]), ",
                "620,000 (520,000 to 720,000, 95% interval; 2018, Okafor and Tran 2020 [1]) and 610,000 (500,000 to 700,000, 95% ",
                "interval; 2019, Okafor and Tran 2020 [1]) come from 2 different ",
                "producers. They are independent estimates, not editions of one series, and for 2018 they disagree: 620,000 ",
                "(Okafor and Tran 2020 [1]) is about 2.1 times 300,000 (Walk Free Foundation 2018 [2]), and 300,000 (Walk Free ",
                "Foundation 2018 [2]) lies outside the 95% interval of Okafor and Tran 2020 [1], 520,000 to 720,000. Each producer ",
                "has its own methods and coverage, so the differences between them are not a trend.\n",
            ].joined()), "\(brief.stdout)")
        }
        // Agreeing numbers for one year are said to agree, for that year.
        try withTemporaryDirectory { dir in
            try Self.makeThailand(in: dir)
            try Data("""
                key,measure,value,unit,place,period,source,method
                ngo-ms-tha-2018,modern-slavery,310000,persons,THA,2018,ngo-2020,estimated

                """.utf8).write(to: dir.appendingPathComponent("more.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "more.csv"], in: dir).status == 0)
            let agree = try Tipdb.run(["report", "brief", "--place", "THA", "--date", "2026-12-03"], in: dir)
            #expect(agree.stdout.contains(
                "They are independent estimates, not editions of one series, and for 2018 their numbers agree up to rounding or "
                    + "their stated uncertainty. Each producer"), "\(agree.stdout)")
        }
    }

    /// The review's India (session 38): the Walk Free Foundation published the 2018 index and,
    /// renamed Walk Free, the 2023 one.
    @Test("the Walk Free Foundation and Walk Free are one producer: its indexes of 2018 and 2023 are editions whose methods changed")
    func renamedProducer() throws {
        try withTemporaryDirectory { dir in
            try Self.load("""
                key,kind,title,authors,publisher,date
                gsi-2018,dataset,Global Slavery Index 2018,,Walk Free Foundation,2018-07
                gsi-2023,dataset,Global Slavery Index 2023,,Walk Free,2023-05

                """, """
                key,measure,value,unit,place,period,source
                gsi18-ind,modern-slavery,7990000,persons,IND,2016,gsi-2018
                gsi23-ind,modern-slavery,11050000,persons,IND,2021,gsi-2023

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--place", "IND", "--date", "2026-12-03"], in: dir)
            #expect(brief.stdout.contains(
                "- **Caution (methods).** Modern slavery, India: the 2 figures 7.99 million (2016, Walk Free Foundation 2018 [2]) "
                    + "and 11.05 million (2021, Walk Free 2023 [1]) come from 2 different studies or sources. Their methods and "
                    + "coverage changed between editions, so the differences between them are not a trend.\n"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("independent"), "\(brief.stdout)")
        }
    }

    @Test("editions of one producer beside another producer's estimate of the same year: compared for that year")
    func editionsAndAnotherSamePeriod() throws {
        try withTemporaryDirectory { dir in
            try Self.load("""
                key,kind,title,authors,publisher,date
                gsi-2016,dataset,Global Slavery Index 2016,,Walk Free Foundation,2016
                gsi-2018,dataset,Global Slavery Index 2018,,Walk Free Foundation,2018
                ngo-2020,journal-article,Modern slavery in Thailand,"Okafor, Ada",Walk Free Foundation,2020

                """, """
                key,measure,value,low,high,ci_level,unit,place,period,source,method
                gsi16-tha,modern-slavery,425500,,,,persons,THA,2016,gsi-2016,estimated
                gsi18-tha,modern-slavery,610000,,,,persons,THA,2018,gsi-2018,estimated
                ngo-tha,modern-slavery,300000,280000,320000,90,persons,THA,2018,ngo-2020,estimated

                """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-03"], in: dir)
            let caution = [
                "- **Caution (methods).** Modern slavery, Thailand: the 3 figures 425,500 (2016, Walk Free ",
                "Foundation 2016 [2]), 610,000 (2018, Walk Free Foundation 2018 [3]) and 300,000 (280,000 to 320,000, 90% interval; 2018, ",
                "Okafor 2020 [1]) come from 3 ",
                "different studies or sources by 2 producers. Walk Free Foundation 2016 [2] and Walk Free Foundation 2018 [3] are ",
                "editions of one producer's series; Okafor 2020 [1] is another producer's. Across producers, for 2018 they disagree: ",
                "610,000 (Walk Free Foundation 2018 [3]) is about 2 times 300,000 (Okafor 2020 [1]), and 610,000 (Walk Free ",
                "Foundation 2018 [3]) lies outside the 90% interval of Okafor 2020 [1], 280,000 to 320,000. Methods and coverage ",
                "changed between editions and differ between producers, so the differences between them are not a trend.\n",
            ].joined()
            #expect(brief.stdout.contains(caution), "\(brief.stdout)")
            // 425,500 for 2016 is not held against Okafor's interval for 2018.
            #expect(!brief.stdout.contains("425,500 (Walk Free Foundation 2016 [2]) lies outside"), "\(brief.stdout)")
        }
    }
}
