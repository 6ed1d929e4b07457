import Foundation
import Testing

/// `place-above-region`: a country's count above the count of a region that contains it, for the
/// same measure, period, subgroup and source, named by `tipdb check` and cautioned about in a
/// brief that holds both; rates and shares and other periods are not compared, and a country's
/// count from another source gets the brief's caution about two data collections instead
/// (`RegionCollectionTests`), which check leaves alone.
@Suite("place-above-region: a country's count above its region's (built binary)")
struct PlaceAboveRegionTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,doi,accessed,license,notes
        src-a,report,Report A,,Institute A,2021,https://a.example.org,,2026-11-29,,
        src-b,report,Report B,,Institute B,2021,https://b.example.org,,2026-11-29,,

        """
    static let figures = """
        key,measure,value,unit,place,period,source,locator,method,sex
        a-nga,detected-trafficking-victims,"5,000",persons,NGA,2020,src-a,p. 4,detected,total
        a-gha,detected-trafficking-victims,"2,000",persons,GHA,2020,src-a,p. 4,detected,total
        a-waf,detected-trafficking-victims,"3,000",persons,M49-011,2020-01/2020-12,src-a,p. 5,detected,total
        a-nga-2019,detected-trafficking-victims,"4,000",persons,NGA,2019,src-a,p. 4,detected,total
        b-gha,detected-trafficking-victims,"9,000",persons,GHA,2020,src-b,p. 2,detected,total
        a-nga-f,detected-trafficking-victims,80,percent,NGA,2020,src-a,p. 6,detected,female
        a-waf-f,detected-trafficking-victims,60,percent,M49-011,2020,src-a,p. 6,detected,female

        """

    private func load(in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        return try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
    }

    @Test("check names Nigeria's 5,000 above Western Africa's 3,000 from one source, and nothing else")
    func check() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(in: dir).status == 0)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains(
                "warning: place-above-region: a country's or region's count is larger than the count for a region that contains it, "
                + "for the same measure, period, subgroup (sex, age group, form), source and study, beyond their intervals (the inner count at the low end of its own, the region's at the high end): a region's people or cases include "
                + "those of the countries and regions within it, so one of the two counts something else or is wrong (kept as published; "
                + "say so when citing) (1)\n"
                + "  a-nga (Nigeria, 5000) > a-waf (Western Africa, 3000) (periods 2020 and 2020-01/2020-12 cover the same days)\n"),
                "\(check.stdout)")
            let json = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(json.stdout.contains("\"place-above-region\": 1"), "\(json.stdout)")
        }
    }

    @Test("a brief of both places cautions about the pair, with its source; a brief of Nigeria alone does not")
    func brief() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(in: dir).status == 0)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains(
                "Detected victims of trafficking, 2020, Institute A 2021 [1]: the figure for Nigeria (5,000) is larger than the figure "
                + "for Western Africa (3,000), a region that contains it. The periods 2020 and January-December 2020 cover the same days. "
                + "Both are kept as published, but a region's count includes the counts of its countries: one of the two counts "
                + "something else or is wrong. Say so when citing either."), "\(md.stdout)")
            // Ghana's 9,000 is Institute B's: no contradiction within a source, but two data collections.
            #expect(!md.stdout.contains("the figure for Ghana (9,000)"), "\(md.stdout)")
            #expect(md.stdout.contains(
                "Detected victims of trafficking, 2020: the figure for Ghana, 9,000 from Institute B 2021 [2], is larger than the figure "
                + "for Western Africa, 3,000 from Institute A 2021 [1], a region that contains it. The periods 2020 and January-December "
                + "2020 cover the same days. The two come from different data collections"), "\(md.stdout)")
            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--format", "json"], in: dir)
            #expect(json.stdout.contains("\"kind\": \"places\""), "\(json.stdout)")
            let nigeria = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--place", "NGA"], in: dir)
            #expect(!nigeria.stdout.contains("a region that contains it"), "\(nigeria.stdout)")
        }
    }
}
