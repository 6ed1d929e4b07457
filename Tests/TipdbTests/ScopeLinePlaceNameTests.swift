import Foundation
import Testing

/// The brief's scope line names places as a sentence does: ISO's inverted names turned round
/// (review of session 31: "(Korea, Republic of among them) and Palestine, State of" read as four
/// places), the world and names that take an article with it.
@Suite("CLI: the brief's scope line names places the right way round")
struct ScopeLinePlaceNameTests {
    @Test("a region with a country asked for inside it, and an inverted country name beside it")
    func invertedNames() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--place", "ILO-ASIA-PACIFIC", "--place", "KOR", "--place", "PSE"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("\nScope: All measures; Asia and the Pacific (57 countries, the Republic of Korea among them, "
                + "and 10 regions within it) and the State of Palestine; all reference years"), "\(result.stdout.prefix(600))")
            let world = try Tipdb.run(["report", "brief", "--place", "WLD", "--place", "PHL"], in: dir)
            #expect(world.stdout.contains("\nScope: All measures; the world and its 250 countries (the Philippines among them), and 47 regions within it; all reference years"),
                    "\(world.stdout.prefix(600))")
        }
    }

    /// Review of session 44: `Southern Asia and its 9 countries, and 1 region within it and
    /// South-eastern Asia and its 11 countries` read as if South-eastern Asia lay within Southern
    /// Asia; the same with the ILO regions the Fixtures hold figures for.
    @Test("two regions asked for are each named with their counts in parentheses, not run together")
    func twoRegions() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--place", "ILO-ASIA-PACIFIC", "--place", "ILO-ARAB-STATES"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("\nScope: All measures; Asia and the Pacific (57 countries and 10 regions within it) and "
                + "the Arab States (12 countries); all reference years"), "\(result.stdout.prefix(600))")
        }
    }
}
