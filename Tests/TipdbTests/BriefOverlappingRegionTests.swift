import Foundation
import Testing

/// A brief of a region leaves out the figures of regions that overlap it without lying within it
/// (ILO's Asia and the Pacific holds 28 of M49 Asia's 51 countries and 29 others), but its data
/// gaps name them, with how far they cover the place asked for, so that "51 of the 51 countries
/// have no figure" does not read as if nothing were known about the area.
@Suite("brief: regions that overlap the place asked for are named in the data gaps, not mixed in (built binary)")
struct BriefOverlappingRegionTests {
    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief"] + arguments, in: dir, environment: ["SOURCE_DATE_EPOCH": "1795910400"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The keys of the figures a brief holds, from its CSV.
    private func keys(_ arguments: [String], in dir: URL) throws -> [String] {
        try brief(["--format", "csv"] + arguments, in: dir).split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
    }

    private func write(_ text: String, _ name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        let load = try Tipdb.run(["ingest", "--quiet", name], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("--place Asia names Asia and the Pacific and Europe and Central Asia, with the countries of Asia each covers, and leaves their figures out")
    func asia() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let markdown = try brief(["--place", "Asia"], in: dir)
            #expect(markdown.contains("""
                - 51 of the 51 countries in scope have no figure of their own for the measures in scope: Afghanistan, Armenia, \
                Azerbaijan, Bahrain, Bangladesh, Bhutan, Brunei Darussalam, Cambodia, China, Cyprus, Georgia, Hong Kong and 39 more.
                - Regions that overlap Asia without lying within it have figures for the measures in scope, not included because \
                a figure for another area is not one for Asia: Asia and the Pacific (covers 28 of Asia's 51 countries) has 2 figures \
                (forced labour and illegal profits from forced labour); Europe and Central Asia (covers 11 of Asia's 51 countries) \
                has 1 figure (illegal profits from forced labour).

                """), "\(markdown)")
            // The Arab States lie within Asia: their figures are the brief's; the overlapping regions' are not.
            #expect(try keys(["--place", "Asia"], in: dir) == [
                "ilo-wf-iom-2022-forced-labour-rate-arab-states", "ilo-2024-forced-labour-profits-arab-states",
            ])
            let json = try brief(["--place", "Asia", "--format", "json"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let gaps = try #require(object["gaps"] as? [String: Any])
            let regions = try #require(gaps["overlappingRegions"] as? [[String: Any]])
            #expect(regions.map { $0["place"] as? String } == ["ILO-ASIA-PACIFIC", "ILO-EUROPE-CENTRAL-ASIA"])
            #expect(regions.map { $0["countriesCovered"] as? Int } == [28, 11])
            #expect(regions.map { $0["figureCount"] as? Int } == [2, 1])
            #expect(regions.map { $0["measures"] as? [String] } == [["forced-labour", "forced-labour-profits"], ["forced-labour-profits"]])
        }
    }

    @Test("the overlapping regions' figures are counted for the brief's measures only: --measure forced-labour leaves Europe and Central Asia out")
    func measures() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let markdown = try brief(["--place", "Asia", "--measure", "forced-labour"], in: dir)
            #expect(markdown.contains("""
                - A region that overlaps Asia without lying within it has figures for the measures in scope, not included because \
                a figure for another area is not one for Asia: Asia and the Pacific (covers 28 of Asia's 51 countries) has 1 figure \
                (forced labour).

                """), "\(markdown)")
        }
    }

    @Test("--place \"Asia and the Pacific\" names a figure for Asia, which covers 28 of its 55 inhabited countries, and keeps Eastern Asia's, which lies within it; the world is never named")
    func reverse() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try write("""
                key,measure,value,unit,place,period,source
                asia-forced-labour,forced-labour,1000,persons,142,2021,ilo-2005-global-alliance
                eastern-asia-forced-labour,forced-labour,500,persons,030,2021,ilo-2005-global-alliance

                """, "asia.csv", in: dir)
            let markdown = try brief(["--place", "Asia and the Pacific", "--measure", "forced-labour"], in: dir)
            #expect(markdown.contains("""
                - A region that overlaps Asia and the Pacific without lying within it has figures for the measures in scope, \
                not included because a figure for another area is not one for Asia and the Pacific: Asia (covers 28 of Asia and \
                the Pacific's 55 inhabited countries) has 1 figure (forced labour).

                """), "\(markdown)")
            #expect(!markdown.contains("World ("), "\(markdown)")
            #expect(try keys(["--place", "Asia and the Pacific", "--measure", "forced-labour"], in: dir) == [
                "ilo-wf-iom-2022-forced-labour-asia-pacific", "eastern-asia-forced-labour",
            ])
        }
    }

    @Test("a brief of a country names the regions that contain it, without a count of countries")
    func country() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try write("""
                key,measure,value,unit,place,period,source
                phl-forced-labour,forced-labour,1000,persons,PHL,2021,ilo-2005-global-alliance

                """, "phl.csv", in: dir)
            let markdown = try brief(["--place", "PHL"], in: dir)
            #expect(markdown.contains("""
                - A region that contains the Philippines has figures for the measures in scope, not included because a figure for \
                another area is not one for the Philippines: Asia and the Pacific has 2 figures (forced labour and illegal profits \
                from forced labour).

                """), "\(markdown)")
        }
    }

    @Test("a brief of all places names no region: nothing lies outside it")
    func allPlaces() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let markdown = try brief([], in: dir)
            #expect(!markdown.contains("Regions that overlap") && !markdown.contains("A region that"), "\(markdown)")
            let json = try brief(["--format", "json"], in: dir)
            #expect(!json.contains("overlappingRegions"))
        }
    }
}
