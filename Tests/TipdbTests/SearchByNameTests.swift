import Foundation
import Testing

/// `tipdb search nigeria` did not find the figures for NGA, nor `tipdb search forced labour` the
/// figures of that measure whose text does not say so, and results showed bare codes (review W23).
@Suite("tipdb search finds figures by their place's and measure's names, and shows the names (built binary)")
struct SearchByNameTests {
    /// The Fixtures and two figures for Nigeria without quote or notes, which the text index cannot find.
    private func database(in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        try Data("""
            key,measure,value,unit,place,period,source,method
            ng-detected-2019,detected-trafficking-victims,1200,persons,NGA,2019,ilo-2005-global-alliance,detected
            ng-forced-labour-2021,forced-labour,30000,persons,NGA,2021,ilo-2005-global-alliance,estimated

            """.utf8).write(to: dir.appendingPathComponent("nigeria.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "nigeria.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("a place's name, in any case, or its code in capitals, finds its figures, each with the names beside the codes", arguments: [
        ["nigeria"], ["Nigeria"], ["NGA"], ["\"nigeria\""],
    ])
    func byPlace(query: [String]) throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let result = try Tipdb.run(["search"] + query, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == """
                figure  ng-detected-2019  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2019: 1,200 persons
                    its place is [Nigeria]
                figure  ng-forced-labour-2021  forced-labour (Forced labour), NGA (Nigeria), 2021: 30,000 persons
                    its place is [Nigeria]
                (2 results)

                """)
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        }
    }

    @Test("a measure and a place, in either order and either spelling, find the figures of both", arguments: [
        "forced labour nigeria", "Nigeria forced labor", "forced labour in Nigeria",
    ])
    func byMeasureAndPlace(query: String) throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let result = try Tipdb.run(["search", query], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == """
                figure  ng-forced-labour-2021  forced-labour (Forced labour), NGA (Nigeria), 2021: 30,000 persons
                    its measure is [Forced labour] and its place is [Nigeria]
                (1 result)

                """)
        }
    }

    @Test("a measure's label finds its figures after the text matches, whose order is unchanged")
    func byMeasure() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let result = try Tipdb.run(["search", "forced labour", "--kind", "figures", "--limit", "200"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let named = try #require(lines.firstIndex { $0.hasPrefix("figure  ng-forced-labour-2021  ") }, "\(result.stdout)")
            #expect(lines[named + 1] == "    its measure is [Forced labour]")
            // Every result before it matched by text; none after it did.
            let excerpts = lines.filter { $0.hasPrefix("    ") }
            let firstNamed = try #require(excerpts.firstIndex { $0.hasPrefix("    its measure is") })
            #expect(excerpts[..<firstNamed].allSatisfy { $0.contains("[") && !$0.hasPrefix("    its measure is") })
            #expect(excerpts[firstNamed...].allSatisfy { $0 == "    its measure is [Forced labour]" }, "\(excerpts[firstNamed...])")
            #expect(!lines.contains { $0.hasPrefix("figure  ng-detected-2019 ") })
        }
    }

    @Test("FTS5 syntax, another --kind, and lower-case codes that are words search text only", arguments: [
        (["search", "quote:nigeria"], "(0 results)\n"),
        (["search", "nigeria", "--kind", "sources"], "(0 results)\n"),
        (["search", "nga"], "(0 results)\n"),
        (["search", "nigeria*"], "(0 results)\n"),
    ])
    func textOnly(arguments: [String], expected: String) throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == expected)
        }
    }

    @Test("--limit counts the figures found by name too, and says when more match")
    func limit() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let result = try Tipdb.run(["search", "nigeria", "--limit", "1"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("figure  ng-detected-2019  "))
            #expect(result.stdout.hasSuffix("(first result only: --limit 1 reached, more match; raise --limit to see them)\n"))
        }
    }
}
