import Foundation
import Testing

/// Figures found by name were listed by measure and place code: `forced labour 2021` put the Arab
/// States' rate first and the world's 27.6 million after the regions, `--limit 3 forced labour`
/// never showed it, and after 21 countries the default 20 results cut it; within one place the
/// repeats of a number came before the figure they repeat (review of session 47). Primary figures
/// now come first, then a named measure's own, the world, regions and countries, the latest period
/// first, and a whole population before its subgroups.
@Suite("tipdb search: figures found by name list primary figures, then the widest place, first (built binary)")
struct SearchFigureOrderTests {
    static let world = "figure  ilo-wf-iom-2022-forced-labour-wld  forced-labour (Forced labour), WLD (World), 2021: 27.6 million — ILO et al. 2022"

    /// The `figure` lines of a search's standard output.
    static func figureLines(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("figure  ") }
    }

    @Test("forced labour 2021: the world's 27.6 million first, then the 12% of it that are children, before the regions")
    func worldFirst() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try Tipdb.run(["search", "--kind", "figures", "forced", "labour", "2021"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            let lines = Self.figureLines(found.stdout)
            #expect(Array(lines.prefix(2)) == [
                Self.world,
                "figure  ilo-wf-iom-2022-forced-labour-children-share-wld  forced-labour (Forced labour), WLD (World), 2021 (children): 12% — ILO et al. 2022",
            ], "\(found.stdout)")
            let limited = try Tipdb.run(["search", "--limit", "3", "forced", "labour"], in: dir)
            #expect(Self.figureLines(limited.stdout).first == Self.world, "\(limited.stdout)")
        }
    }

    @Test("21 countries' forced labour of 2021 beside the world's: the world is still first, not cut by the default 20 results")
    func worldBeforeManyCountries() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let countries = ["AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR",
                             "BEL", "BLZ", "BEN", "BTN", "BOL"]
            let rows = countries.enumerated().map { "c\($0.offset),forced-labour,\(1000 + $0.offset),persons,\($0.element),2021,ilo-wf-iom-2022-global-estimates,estimated" }
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source,method\n" + rows.joined(separator: "\n") + "\n", "many.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "many.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let found = try Tipdb.run(["search", "forced", "labour", "2021"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(Self.figureLines(found.stdout).first == Self.world, "\(found.stdout)")
            #expect(found.stdout.hasSuffix("(first 20 results: --limit 20 reached, more match; raise --limit to see them)\n"), "\(found.stdout)")
        }
    }

    @Test("2.4 million: ILO 2005's own figure before UNODC 2012's and Francis 2013's repeats of it, as README's example lists them")
    func primaryBeforeRepeats() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try Tipdb.run(["search", "--kind", "figures", "2.4", "million"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(Self.figureLines(found.stdout).map { $0.split(separator: " ")[1] } == [
                "ilo-2005-trafficked-wld", "unodc-2012-trafficked-wld", "francis-2013-trafficked-wld",
            ], "\(found.stdout)")
        }
    }
}
