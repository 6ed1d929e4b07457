import Foundation
import Testing

/// A trend over several GLOTIP editions and a producer's monitors, as a donor's evaluator builds
/// one for 2012-2024 (review of session 54): the years only an earlier edition published stay in
/// the series, a re-count under a new definition is kept apart from the series it breaks, and
/// each place's missing years are named. Every file is made here, small.
@Suite("CLI: trends over GLOTIP editions and monitors (built binary)")
struct TrendEditionsTests {
    static func write(_ name: String, _ text: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    /// GLOTIP rows of detected victims for `code` (`name`), one per `year: value`.
    static func rows(_ code: String, _ name: String, _ values: [(Int, String)]) -> String {
        values.map { "\(code),\(name),Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,\($0.0),Counts,\($0.1),GLOTIP\n" }
            .joined()
    }

    /// The 2022 edition (exported 24/01/2023) with Germany 2012-2020 and Belgium 2012, 2014-2016;
    /// the 2024 edition (exported 11/12/2024) with Germany 2019-2023 (2019 revised) and Belgium 2019-2021.
    static func loadTwoEditions(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let germany2022 = [(2012, "612"), (2013, "542"), (2014, "557"), (2015, "416"), (2016, "488"), (2017, "489"), (2018, "430"),
                           (2019, "427"), (2020, "417")]
        try write("glotip_2022.csv", GLOTIPFiles.top(date: "24/01/2023") + rows("DEU", "Germany", germany2022)
            + rows("BEL", "Belgium", [(2012, "140"), (2014, "140"), (2015, "147"), (2016, "152")]), in: dir)
        try write("glotip_2024.csv", GLOTIPFiles.top(date: "11/12/2024")
            + rows("DEU", "Germany", [(2019, "505"), (2020, "417"), (2021, "500"), (2022, "693"), (2023, "726")])
            + rows("BEL", "Belgium", [(2019, "159"), (2020, "145"), (2021, "170")]), in: dir)
        let ingest = try Tipdb.run(["ingest", "glotip_2022.csv", "glotip_2024.csv"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test("the years only an earlier GLOTIP edition published are drawn, marked, and make a series of their own")
    func earlierEditionYearsDrawn() throws {
        try withTemporaryDirectory { dir in
            try Self.loadTwoEditions(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--place", "DEU", "--from", "2013", "--to", "2018"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(!brief.stdout.contains("No measure has primary figures for everyone"), "\(brief.stdout)")
            #expect(brief.stdout.contains("### Detected victims of trafficking, Germany, 2013-2018"), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 2013 | 542 (only in an earlier release: not in the latest release (2024-12-11)) |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("Drawn though only an earlier release gives them (not the latest, 2024-12-11), marked so in the "
                + "table; no key figure: 542 (2013, UNODC 2023 [1]);"), "\(brief.stdout)")

            // Unfiltered, the chart runs from 2012 to 2023: the earlier edition's years and the latest's.
            let all = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--place", "BEL"], in: dir)
            #expect(all.status == 0, "\(all.stderr)")
            #expect(all.stdout.contains("### Detected victims of trafficking, Belgium, 2012-2021"), "\(all.stdout)")
            #expect(all.stdout.contains("| 2012 | 140 (only in an earlier release: not in the latest release (2024-12-11)) |  | UNODC 2023 ["),
                    "\(all.stdout)")
            #expect(all.stdout.contains("| 2021 | 170 |  | UNODC 2024 ["), "\(all.stdout)")
            // The key figure is still the latest release's.
            #expect(!all.stdout.contains("Belgium, 2016: 152"), "\(all.stdout)")
        }
    }

    /// Two monitors of one rapporteur: the 2017 monitor's 1,711 (2012) and 952 (2016); the 2024
    /// monitor's 1,900 (2023) and its re-count of 2016, 1,300, with `tags` as given.
    private static func loadMonitors(tags: String, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try write("sources.csv", """
            key,title,publisher,date,url
            nl-rapporteur-2017,Slachtoffermonitor mensenhandel 2012-2016,Nationaal Rapporteur Mensenhandel,2017-10-18,https://www.nationaalrapporteur.nl/2017
            nl-rapporteur-2024,Slachtoffermonitor mensenhandel 2019-2023,Nationaal Rapporteur Mensenhandel,2024-11-20,https://www.nationaalrapporteur.nl/2024

            """, in: dir)
        try write("figures.csv", """
            key,measure,value,unit,place,period,source,locator,tags
            nlr-2012,detected-trafficking-victims,1711,persons,NLD,2012,nl-rapporteur-2017,Table 2.1,
            nlr-2016,detected-trafficking-victims,952,persons,NLD,2016,nl-rapporteur-2017,Table 2.1,
            nlr-2023,detected-trafficking-victims,1900,persons,NLD,2023,nl-rapporteur-2024,Table 3.1,
            nlr24-2016,detected-trafficking-victims,1300,persons,NLD,2016,nl-rapporteur-2024,Table 3.1,\(tags)

            """, in: dir)
        let ingest = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test("a re-count tagged series-break is no revision: the brief keeps it apart, lineage and check say so")
    func seriesBreakKeptApart() throws {
        try withTemporaryDirectory { dir in
            try Self.loadMonitors(tags: "series-break", in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--place", "NLD"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(!brief.stdout.contains("revised 952"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("a revision, not a disagreement"), "\(brief.stdout)")
            #expect(brief.stdout.contains("Detected victims of trafficking in the Netherlands, 2016: Nationaal Rapporteur Mensenhandel 2024 [")
                && brief.stdout.contains("gives 1,300, counted under another definition than 952 (Nationaal Rapporteur Mensenhandel 2017 ["),
                "\(brief.stdout)")
            #expect(brief.stdout.contains("A series break: not a revision, nor a disagreement between sources."), "\(brief.stdout)")
            // The chart draws the earlier definition's 952 and names the re-count.
            #expect(brief.stdout.contains("| 2016 | 952 |  | Nationaal Rapporteur Mensenhandel 2017 ["), "\(brief.stdout)")
            #expect(!brief.stdout.contains("| 2016 | 1,300 |  | Nationaal"), "\(brief.stdout)")
            #expect(brief.stdout.contains("Not shown, a later edition's re-count under another definition (tagged series-break: a series "
                + "break, not a revision), beside the earlier editions' number drawn: 1,300 (2016, Nationaal Rapporteur Mensenhandel 2024 ["),
                "\(brief.stdout)")

            let lineage = try Tipdb.run(["report", "lineage", "nlr-2016"], in: dir)
            #expect(lineage.stdout.contains("counted under another definition by a later edition (a series break, not a revision): 1,300 in "),
                    "\(lineage.stdout)")
            let restated = try Tipdb.run(["report", "lineage", "nlr24-2016"], in: dir)
            #expect(restated.stdout.contains("series break (tagged series-break): counted under another definition than its producer's "
                + "earlier editions"), "\(restated.stdout)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("revised-by-later-edition"), "\(check.stdout)")
        }
    }

    @Test("a later edition's other number, untagged, is not asserted to be a revision")
    func untaggedRecountNotCalledRevision() throws {
        try withTemporaryDirectory { dir in
            try Self.loadMonitors(tags: "", in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--place", "NLD"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(!brief.stdout.contains("a revision, not a disagreement between sources"), "\(brief.stdout)")
            #expect(brief.stdout.contains("a revision, or a re-count under a changed definition, which the numbers alone do not tell; "
                + "check the later edition's notes, and tag a re-count series-break to keep the two apart."), "\(brief.stdout)")
            #expect(brief.stdout.contains("Cite 1,300 as the later edition's number"), "\(brief.stdout)")
        }
    }
}
