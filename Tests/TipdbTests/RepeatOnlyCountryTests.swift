import Foundation
import Testing

/// A country whose only figures in scope repeat another source's figure has no figure of its own:
/// the brief's data gaps count it among the countries without one and say it has only repeats.
/// Session 41: Ghana, known only through a newspaper's repeat of a figure for Western Africa,
/// was counted as covered ("Every one of the 2 countries in scope has at least one figure.").
@Suite("data gaps: a country with only repeats has no figure of its own (built binary)")
struct RepeatOnlyCountryTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,doi,accessed,license,notes
        src-a,report,Report A,,Institute A,2021,https://a.example.org,,2026-11-29,,
        src-news,news,Victims in Ghana,,Daily News,2022,https://news.example.org,,2026-11-29,,

        """
    static let figures = """
        key,measure,value,unit,place,period,source,locator,method,cites
        a-nga,detected-trafficking-victims,"1,000",persons,NGA,2020,src-a,p. 4,detected,
        a-waf,detected-trafficking-victims,"3,000",persons,M49-011,2020,src-a,p. 5,detected,
        n-gha,detected-trafficking-victims,"3,000",persons,GHA,2020,src-news,para. 2,,a-waf

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let loaded = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    @Test("of two countries, the one with only a repeat is named without a figure of its own, and as having only repeats")
    func twoCountries() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--place", "NGA", "--place", "GHA"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains("1 of the 2 countries in scope has no figure of its own for the measures in scope: Ghana.\n"), "\(md.stdout)")
            #expect(md.stdout.contains("Ghana has only repeats of another source's figure.\n"), "\(md.stdout)")
            #expect(!md.stdout.contains("has at least one figure"), "\(md.stdout)")
            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--place", "NGA", "--place", "GHA", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let gaps = object?["gaps"] as? [String: Any]
            let places = gaps?["placesWithoutFigures"] as? [String: Any]
            #expect(places?["count"] as? Int == 1)
            #expect(places?["names"] as? [String] == ["Ghana"])
        }
    }

    @Test("a brief of the one country, known only through a repeat, says it has no figure of its own, only repeats")
    func oneCountry() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--place", "GHA"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains(
                "Ghana, the one country in scope, has no figure of its own for the measures in scope, only repeats of another source's figure.\n"),
                "\(md.stdout)")
            // A country with a figure of its own beside the repeat is covered, as before.
            let nigeria = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--place", "NGA"], in: dir)
            #expect(!nigeria.stdout.contains("the one country in scope"), "\(nigeria.stdout)")
        }
    }

    @Test("a country whose figure in scope repeats its own source's earlier figure has a figure of its own")
    func repeatOfOwnSource() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let sources = """
                key,kind,title,authors,publisher,date,url,doi,accessed,license,notes
                src-gov,report,Annual report,,Ministry,2021,https://gov.example.org,,2026-11-29,,

                """
            // The 2021 report gives again its 2019 count for Ghana, citing it.
            let figures = """
                key,measure,value,unit,place,period,source,locator,method,cites
                g-gha-2019,detected-trafficking-victims,"1,000",persons,GHA,2019,src-gov,p. 4,detected,
                g-gha-again,detected-trafficking-victims,"1,000",persons,GHA,2021,src-gov,p. 9,,g-gha-2019

                """
            try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let loaded = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            // From 2021, the one figure in scope is the source's repeat of its own figure.
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--place", "GHA", "--from", "2021"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(!md.stdout.contains("only repeats"), "\(md.stdout)")
            #expect(!md.stdout.contains("has no figure of its own"), "\(md.stdout)")
        }
    }
}
