import Foundation
import Testing

/// A series break belongs to an edition's series, not to the one figure tagged (session 54's
/// closing note): the 2024 monitor tagged its re-count of 2016 `series-break` but not its 2023,
/// which was drawn on the old definition's line; a 2026 monitor's untagged figures continue the
/// new definition.
extension TrendEditionsTests {
    /// The 2017 monitor's 1,711 (2012) and 952 (2016); the 2024 monitor's 1,300 for 2016, tagged,
    /// and 1,900 for 2023, untagged; the 2026 monitor's 1,300 for 2016 and 2,000 for 2025, untagged.
    private static func loadThreeMonitors(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try write("sources.csv", """
            key,title,publisher,date,url
            nl-rapporteur-2017,Slachtoffermonitor mensenhandel 2012-2016,Nationaal Rapporteur Mensenhandel,2017-10-18,https://www.nationaalrapporteur.nl/2017
            nl-rapporteur-2024,Slachtoffermonitor mensenhandel 2019-2023,Nationaal Rapporteur Mensenhandel,2024-11-20,https://www.nationaalrapporteur.nl/2024
            nl-rapporteur-2026,Slachtoffermonitor mensenhandel 2021-2025,Nationaal Rapporteur Mensenhandel,2026-11-02,https://www.nationaalrapporteur.nl/2026

            """, in: dir)
        try write("figures.csv", """
            key,measure,value,unit,place,period,source,locator,tags
            nlr-2012,detected-trafficking-victims,1711,persons,NLD,2012,nl-rapporteur-2017,Table 2.1,
            nlr-2016,detected-trafficking-victims,952,persons,NLD,2016,nl-rapporteur-2017,Table 2.1,
            nlr-2023,detected-trafficking-victims,1900,persons,NLD,2023,nl-rapporteur-2024,Table 3.1,
            nlr24-2016,detected-trafficking-victims,1300,persons,NLD,2016,nl-rapporteur-2024,Table 3.1,series-break
            nlr26-2016,detected-trafficking-victims,1300,persons,NLD,2016,nl-rapporteur-2026,Table 3.2,
            nlr26-2025,detected-trafficking-victims,2000,persons,NLD,2025,nl-rapporteur-2026,Table 3.2,

            """, in: dir)
        let ingest = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test("an untagged figure of an edition that tagged its series series-break is taken as a series break, with a caution naming it")
    func untaggedFigureOfBreakingEdition() throws {
        try withTemporaryDirectory { dir in
            try Self.loadThreeMonitors(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--place", "NLD"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let text = brief.stdout
            // The caution names the untagged figure of the edition that tagged another, and the later edition's.
            #expect(text.contains("Detected victims of trafficking in the Netherlands: Nationaal Rapporteur Mensenhandel 2024 [")
                && text.contains("tagged its figure for 2016 series-break, a re-count under another definition than its earlier "
                    + "editions', but not its 1,900 for 2023, of the same series. Taken as counted under the new definition too, since "
                    + "a definition changes from an edition on, not for one year"), "\(text)")
            #expect(text.contains("gives 1,300 for 2016 and 2,000 for 2025, untagged, in a series that an earlier edition, Nationaal "
                + "Rapporteur Mensenhandel 2024 ["), "\(text)")
            // The chart names them among the break's points, untagged.
            #expect(text.contains("A series break: counted under another definition than earlier editions' (tagged series-break, or "
                + "of an edition's series so tagged), so not comparable with the points counted under the earlier one: 1,900 (2023, "
                + "Nationaal Rapporteur Mensenhandel 2024 ["), "\(text)")
            #expect(text.contains("; untagged)"), "\(text)")
            // The 2026 monitor's 1,300 for 2016 is no revision of 952.
            #expect(!text.contains("revised 952"), "\(text)")
            #expect(text.contains("| 2016 | 952 |  | Nationaal Rapporteur Mensenhandel 2017 ["), "\(text)")

            let lineage = try Tipdb.run(["report", "lineage", "nlr-2023"], in: dir)
            #expect(lineage.stdout.contains("series break (untagged; its edition tagged nlr24-2016, for 2016, series-break): taken as "
                + "counted under that definition too"), "\(lineage.stdout)")
            let later = try Tipdb.run(["report", "lineage", "nlr26-2025"], in: dir)
            #expect(later.stdout.contains("series break (untagged; an earlier edition, Nationaal Rapporteur Mensenhandel 2024 [2], tagged "
                + "nlr24-2016, for 2016, series-break)"), "\(later.stdout)")
            #expect(later.stdout.contains("[2] Nationaal Rapporteur Mensenhandel (2024). Slachtoffermonitor"), "\(later.stdout)")
            let json = try Tipdb.run(["report", "lineage", "nlr24-2016", "--format", "json"], in: dir)
            #expect(json.stdout.contains("\"seriesBreak\": \"series break (tagged series-break): counted under another definition"),
                    "\(json.stdout)")

            // check: the 2026 monitor's 1,300 revises nothing either.
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("revised-by-later-edition"), "\(check.stdout)")
        }
    }
}
