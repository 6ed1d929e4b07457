import Foundation
import Testing

/// `tipdb search` showed a blog's repeat of Okafor 2023's estimate for Nigeria, filed under Ghana,
/// as Ghana's own figure, with no source and nothing to say it repeats another (review of session
/// 36, item 4). Results now say how each figure was obtained, its source, and for a repeat the
/// figure it repeats and what it changed of that figure's measure, place or period.
@Suite("tipdb search names each figure's method and source, and marks repeats and what they changed (built binary)")
struct SearchSourceTests {
    private func database(in dir: URL) throws {
        try Data("""
            key,kind,title,authors,publisher,date,url,accessed
            survey-2023,report,Forced labour in Nigeria: a household survey,"Okafor, Ngozi",Journal of Human Trafficking,2023-06,https://example.org/s,2026-12-01
            blog-2024,blog-post,Forced labour is rising,"Smith, Jane",Rights Blog,2024-05,https://example.org/b,2026-12-01

            """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data("""
            key,measure,value,low,high,ci_level,unit,place,period,source,locator,cites
            ng-fl-2022,forced-labour,1.6 million,1.2 million,2 million,95,persons,NGA,2022,survey-2023,Table 3,
            gh-fl-2022,forced-labour,1.6 million,,,,persons,GHA,2022,blog-2024,para 2,ng-fl-2022
            ng-fl-2024,forced-labour,1.6 million,,,,persons,NGA,2024,blog-2024,para 4,ng-fl-2022
            ng-fl-same,forced-labour,1.6 million,,,,persons,NGA,2022,blog-2024,para 5,ng-fl-2022

            """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        for file in ["sources.csv", "figures.csv"] {
            let load = try Tipdb.run(["ingest", "--quiet", file], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
        }
    }

    @Test("the text output: method and source for every figure; a repeat's key and its change of place or period")
    func text() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let ghana = try Tipdb.run(["search", "ghana"], in: dir)
            #expect(ghana.status == 0, "\(ghana.stderr)")
            #expect(ghana.stdout == """
                figure  gh-fl-2022  forced-labour (Forced labour), GHA (Ghana), 2022: 1.6 million; reported by Smith 2024 (blog-2024); \
                repeats ng-fl-2022, changing the place (GHA, not NGA)
                    its place is [Ghana]
                (1 result)

                """)
            let nigeria = try Tipdb.run(["search", "--kind", "figures", "nigeria"], in: dir)
            let lines = nigeria.stdout.split(separator: "\n").filter { $0.hasPrefix("figure  ") }
            #expect(lines.contains("""
                figure  ng-fl-2022  forced-labour (Forced labour), NGA (Nigeria), 2022: 1.6 million (1.2 to 2 million, 95% interval); \
                estimated by Okafor 2023 (survey-2023)
                """), "\(nigeria.stdout)")
            #expect(lines.contains("""
                figure  ng-fl-2024  forced-labour (Forced labour), NGA (Nigeria), 2024: 1.6 million; reported by Smith 2024 (blog-2024); \
                repeats ng-fl-2022, changing the period (2024, not 2022)
                """), "\(nigeria.stdout)")
            #expect(lines.contains("""
                figure  ng-fl-same  forced-labour (Forced labour), NGA (Nigeria), 2022: 1.6 million; reported by Smith 2024 (blog-2024); \
                repeats ng-fl-2022
                """), "\(nigeria.stdout)")
        }
    }

    @Test("--json: each figure's method, source, sourceLabel, cites and repeatChanges; the last two left out for a primary figure")
    func json() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let result = try Tipdb.run(["search", "--json", "--kind", "figures", "nigeria"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let figures = (object?["results"] as? [[String: Any]] ?? []).reduce(into: [String: [String: Any]]()) {
                if let key = $1["key"] as? String { $0[key] = $1["figure"] as? [String: Any] }
            }
            let primary = try #require(figures["ng-fl-2022"], "\(result.stdout)")
            #expect(primary["method"] as? String == "estimated")
            #expect(primary["source"] as? String == "survey-2023")
            #expect(primary["sourceLabel"] as? String == "Okafor 2023")
            #expect(primary["cites"] == nil && primary["repeatChanges"] == nil)
            let moved = try #require(figures["ng-fl-2024"], "\(result.stdout)")
            #expect(moved["method"] as? String == "reported")
            #expect(moved["source"] as? String == "blog-2024")
            #expect(moved["cites"] as? String == "ng-fl-2022")
            #expect(moved["repeatChanges"] as? [String] == ["period (2024, not 2022)"])
            #expect(figures["ng-fl-same"]?["repeatChanges"] == nil)
        }
    }
}
