import Foundation
import Testing

/// `place-above-region` for a region inside another: a subregion's count above its region's, or a
/// region's above the world's, from one source, named by `tipdb check` and cautioned about in a
/// brief, as a country's count above its region's is (`PlaceAboveRegionTests`).
///
/// Why: UNODC's South-eastern Asia at 3,000 beside its East Asia and the Pacific at 2,500 and the
/// world at 2,000, one report's numbers for one year, passed both, while the brief's scope line
/// said the one region lies within the other (a regional analyst's review, session 51).
@Suite("place-above-region: a region's count above a region containing it (built binary)")
struct RegionAboveRegionTests {
    static let sources = """
        key,kind,title,authors,publisher,container,date,url
        glotip-2022,report,Global Report on Trafficking in Persons 2022,,United Nations Office on Drugs and Crime,,2023-01-24,https://www.unodc.org/glotip
        other-2022,report,Another count,,Institute B,,2023-02-01,https://b.example.org

        """
    static let figures = """
        key,measure,value,unit,place,period,source,method,locator
        eap-2020,detected-trafficking-victims,2500,persons,East Asia and the Pacific,2020,glotip-2022,detected,Fig. 5
        sea-2020,detected-trafficking-victims,3000,persons,South-eastern Asia,2020,glotip-2022,detected,Fig. 6
        wld-2020,detected-trafficking-victims,2000,persons,World,2020,glotip-2022,detected,Fig. 1
        tha-2020,detected-trafficking-victims,1200,persons,THA,2020,glotip-2022,detected,Annex
        sea-2019,detected-trafficking-victims,9000,persons,South-eastern Asia,2019,glotip-2022,detected,Fig. 6
        b-sea-2020,detected-trafficking-victims,8000,persons,South-eastern Asia,2020,other-2022,detected,p. 2

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let ingest = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test("check names South-eastern Asia above East Asia and the Pacific and both above the world, nothing of another year or source")
    func check() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            let expected: String = [
                "warning: place-above-region: a country's or region's count is larger than the count for a region that contains it, ",
                "for the same measure, period, subgroup (sex, age group, form), source and study, beyond their intervals (the inner count at the low end of its own, the region's at the high end): a region's people or cases include ",
                "those of the countries and regions within it, so one of the two counts something else or is wrong (kept as published; ",
                "say so when citing) (3)\n",
                "  eap-2020 (East Asia and the Pacific, 2500) > wld-2020 (World, 2000)\n",
                "  sea-2020 (South-eastern Asia, 3000) > eap-2020 (East Asia and the Pacific, 2500)\n",
                "  sea-2020 (South-eastern Asia, 3000) > wld-2020 (World, 2000)\n",
            ].joined()
            #expect(check.stdout.contains(expected), "\(check.stdout)")
            #expect(!check.stdout.contains("sea-2019 ("), "\(check.stdout)")
            #expect(!check.stdout.contains("b-sea-2020 ("), "\(check.stdout)")
        }
    }

    @Test("a brief of East Asia and the Pacific cautions that South-eastern Asia, a region within it, counts more")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let md = try Tipdb.run(["report", "brief", "--place", "East Asia and the Pacific", "--date", "2026-12-01"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            let expected: String = [
                "Detected victims of trafficking, 2020, UNODC 2023 [1]: the figure for South-eastern Asia (3,000) is larger than the ",
                "figure for East Asia and the Pacific (2,500), a region that contains it. Both are kept as published, but a region's ",
                "count includes the counts of the regions within it: one of the two counts something else or is wrong. Say so when ",
                "citing either.",
            ].joined()
            #expect(md.stdout.contains(expected), "\(md.stdout)")
            // Institute B's 8,000 is another data collection, and 2019 another year: neither is this caution's.
            #expect(!md.stdout.contains("the figure for South-eastern Asia (8,000)"), "\(md.stdout)")
            #expect(!md.stdout.contains("the figure for South-eastern Asia (9,000)"), "\(md.stdout)")
        }
    }
}
