import Foundation
import Testing

/// A region that holds every country a brief asks for contains them: with Thailand and India
/// asked for, Asia and the Pacific was said to "overlap Thailand and India without lying within
/// them" and to cover "all 2 countries in scope", as if it held part of the area only, while a
/// brief of Thailand alone said "contains"; and with South-eastern Asia asked for beside Thailand,
/// Thailand was named as if it lay outside it (review of session 46).
@Suite("brief: a region holding every country asked for contains them (built binary)")
struct BriefContainingRegionTests {
    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief"] + arguments, in: dir, environment: ["SOURCE_DATE_EPOCH": "1795910400"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    private func write(_ text: String, _ name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        let load = try Tipdb.run(["ingest", "--quiet", name], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// The Fixtures, with a forced labour figure for Thailand and one for India, and `more` rows.
    private func load(_ more: String = "", in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        try write("""
            key,measure,value,unit,place,period,source
            tha-forced-labour,forced-labour,1000,persons,THA,2021,ilo-2005-global-alliance
            ind-forced-labour,forced-labour,2000,persons,IND,2021,ilo-2005-global-alliance
            \(more)
            """, "countries.csv", in: dir)
    }

    private static let asiaPacific = "Asia and the Pacific has 2 figures (forced labour and illegal profits from forced labour)."

    @Test("--place THA --place IND: Asia and the Pacific contains Thailand and India, with no count of countries")
    func twoCountries() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let markdown = try brief(["--place", "THA", "--place", "IND"], in: dir)
            #expect(markdown.contains("""
                - A region that contains Thailand and India has figures for the measures in scope, not included because a figure \
                for another area is not one for Thailand and India: \(Self.asiaPacific)

                """), "\(markdown)")
            #expect(!markdown.contains("overlaps") && !markdown.contains("all 2 countries"), "\(markdown)")
            let json = try brief(["--place", "THA", "--place", "IND", "--format", "json"], in: dir)
            #expect(json.contains("\"A region that contains Thailand and India has figures for the measures in scope"), "\(json)")
        }
    }

    @Test("--place IND --place THA --place 035: Thailand is named as part of South-eastern Asia, which the region contains")
    func placeWithinAnother() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let markdown = try brief(["--place", "IND", "--place", "THA", "--place", "035"], in: dir)
            #expect(markdown.contains("""
                - A region that contains India and South-eastern Asia has figures for the measures in scope, not included \
                because a figure for another area is not one for India and South-eastern Asia: \(Self.asiaPacific)

                """), "\(markdown)")
        }
    }

    @Test("a region holding one of the two countries overlaps them, in a sentence after the one of the region that contains them")
    func containingAndOverlapping() throws {
        try withTemporaryDirectory { dir in
            try load("sea-forced-labour,forced-labour,5000,persons,035,2021,ilo-2005-global-alliance\n", in: dir)
            let markdown = try brief(["--place", "THA", "--place", "IND"], in: dir)
            #expect(markdown.contains("""
                - A region that contains Thailand and India has figures for the measures in scope, not included because a figure \
                for another area is not one for Thailand and India: \(Self.asiaPacific)
                - A region that overlaps Thailand and India without lying within them has figures for the measures in scope, left \
                out for the same reason: South-eastern Asia (covers 1 of the 2 countries in scope) has 1 figure (forced labour).

                """), "\(markdown)")
        }
    }

    @Test("--place 035: a region holding all of South-eastern Asia's countries contains it")
    func oneRegion() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let markdown = try brief(["--place", "035"], in: dir)
            #expect(markdown.contains("""
                - A region that contains South-eastern Asia has figures for the measures in scope, not included because a figure \
                for another area is not one for South-eastern Asia: \(Self.asiaPacific)

                """), "\(markdown)")
            #expect(!markdown.contains("covers all 11"), "\(markdown)")
        }
    }
}
