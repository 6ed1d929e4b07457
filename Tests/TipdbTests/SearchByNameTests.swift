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
                figure  ng-forced-labour-2021  forced-labour (Forced labour), NGA (Nigeria), 2021: 30,000 — ILO 2005
                    its place is [Nigeria]
                figure  ng-detected-2019  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2019: 1,200 — ILO 2005
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
                figure  ng-forced-labour-2021  forced-labour (Forced labour), NGA (Nigeria), 2021: 30,000 — ILO 2005
                    its measure is [Forced labour] and its place is [Nigeria]
                (1 result)

                """)
        }
    }

    @Test("a measure's label lists its figures before the text matches, whose order among themselves is unchanged")
    func byMeasure() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let result = try Tipdb.run(["search", "forced labour", "--kind", "figures", "--limit", "200"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let named = try #require(lines.firstIndex { $0.hasPrefix("figure  ng-forced-labour-2021  ") }, "\(result.stdout)")
            #expect(lines[named + 1] == "    its measure is [Forced labour]")
            #expect(!lines.contains { $0.hasPrefix("figure  ng-detected-2019 ") })
            // Every figure of the measure comes before every other result.
            let results = lines.filter { $0.hasPrefix("figure  ") }
            // The measure's own figures and its sub-measures' (`SearchSubMeasureTests`).
            let parts = ["  forced-labour (Forced labour), ", "  forced-labour-private-economy (", "  forced-labour-private (",
                         "  forced-commercial-sexual-exploitation (", "  state-imposed-forced-labour ("]
            let isNamed = results.map { line in parts.contains { line.contains($0) } }
            let firstText = try #require(isNamed.firstIndex(of: false), "\(result.stdout)")
            #expect(firstText > 0 && !isNamed[firstText...].contains(true), "\(result.stdout)")
            // The text matches keep their order: that of the same words in FTS5 syntax (text only),
            // without the figures already listed by name.
            let text = try Tipdb.run(["search", "forced AND labour", "--kind", "figures", "--limit", "200"], in: dir)
            let namedKeys = Set(results.prefix(firstText))
            #expect(Array(results.dropFirst(firstText)) == text.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("figure  ") && !namedKeys.contains($0) })
        }
    }

    @Test("--limit keeps the figures found by name, which come first; the text matches are cut")
    func limitKeepsNamed() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let all = try Tipdb.run(["search", "forced labour", "--limit", "200"], in: dir)
            let ofMeasure = { (output: String) in output.split(separator: "\n").filter { $0.hasPrefix("figure  ") && $0.contains("  forced-labour (Forced labour), ") } }
            let named = ofMeasure(all.stdout).count
            #expect(named >= 1 && all.stdout.split(separator: "\n").filter { $0.hasPrefix("source  ") || $0.hasPrefix("study  ") }.count >= 1, "\(all.stdout)")
            let cut = try Tipdb.run(["search", "forced labour", "--limit", "\(named)"], in: dir)
            // Only the measure's figures are left, Nigeria's among them; the sources and studies were cut.
            #expect(ofMeasure(cut.stdout).count == named, "\(cut.stdout)")
            #expect(cut.stdout.contains("figure  ng-forced-labour-2021  "), "\(cut.stdout)")
            #expect(cut.stdout.hasSuffix("--limit \(named) reached, more match; raise --limit to see them)\n"), "\(cut.stdout)")
        }
    }

    @Test("a region's name lists its own figures first, then those of its countries, as report brief --place does, with a note")
    func byRegion() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            try Data("""
                key,measure,value,unit,place,period,source,method
                waf-detected-2018,detected-trafficking-victims,5000,persons,Western Africa,2018,ilo-2005-global-alliance,detected

                """.utf8).write(to: dir.appendingPathComponent("region.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "region.csv"], in: dir).status == 0)
            let result = try Tipdb.run(["search", "western africa"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == """
                figure  waf-detected-2018  detected-trafficking-victims (Detected victims of trafficking), M49-011 (Western Africa), 2018: 5,000 — ILO 2005
                    its place is [Western Africa]
                figure  ng-forced-labour-2021  forced-labour (Forced labour), NGA (Nigeria), 2021: 30,000 — ILO 2005
                    its place, [Nigeria], is in [Western Africa]
                figure  ng-detected-2019  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2019: 1,200 — ILO 2005
                    its place, [Nigeria], is in [Western Africa]
                (3 results)

                """)
            #expect(result.stderr == "note: Western Africa is a region: its own figures come first, then those of the places within it, as tipdb report brief --place reads it\n")
            // The brief's --place reads the region the same way: the same three figures.
            let brief = try Tipdb.run(["report", "brief", "--place", "Western Africa", "--format", "csv", "--date", "2026-11-29"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            for key in ["waf-detected-2018", "ng-detected-2019", "ng-forced-labour-2021"] {
                #expect(brief.stdout.contains(key), "\(key): \(brief.stdout)")
            }
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
            // The latest period first (`SearchFigureOrderTests`).
            #expect(result.stdout.hasPrefix("figure  ng-forced-labour-2021  "), "\(result.stdout)")
            #expect(result.stdout.hasSuffix("(first result only: --limit 1 reached, more match; raise --limit to see them)\n"))
        }
    }
}
