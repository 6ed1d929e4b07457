import Foundation
import Testing

/// An analyst's search for a suppressed count as every brief prints it, `<5`: the figures
/// censored with that bound, where before the query was the word `5` and found none of them, or
/// the 5 of `4.5 million` (review of session 46). Built binary, a figures file of its own.
@Suite("tipdb search finds censored counts by <k as briefs print them (built binary)")
struct SearchCensoredCountTests {
    static let sources = """
        key,kind,title,publisher,date
        dsdw-2022,report,Anti-trafficking annual report 2021,Royal Thai Government,2022

        """

    static let figures = """
        key,measure,value,unit,place,period,sex,age_group,source,quote,method
        tha-fc,detected-trafficking-victims,<5,persons,THA,2021,female,children,dsdw-2022,,detected
        tha-all,detected-trafficking-victims,231,persons,THA,2021,total,total,dsdw-2022,,detected
        phl-fc,detected-trafficking-victims,<5,persons,PHL,2020,female,children,dsdw-2022,,detected
        phl-mc,detected-trafficking-victims,<10,persons,PHL,2021,male,children,dsdw-2022,,detected
        wld-fl,forced-labour,4.5 million,persons,WLD,2021,total,total,dsdw-2022,4.5 million people were in forced labour,estimated

        """

    private static func database(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    static let tha = "figure  tha-fc  detected-trafficking-victims (Detected victims of trafficking), THA (Thailand), 2021 (female, children): <5 — Royal Thai Government 2022"
    static let phl = "figure  phl-fc  detected-trafficking-victims (Detected victims of trafficking), PHL (Philippines), 2020 (female, children): <5 — Royal Thai Government 2022"

    @Test("<k finds the figures censored with its bound, and the query's other words narrow them", arguments: [
        // The latest period first (`SearchFigureOrderTests`).
        ("<5", [tha, "    its number is [<5]", phl, "    its number is [<5]", "(2 results)"]),
        ("< 5", [tha, "    its number is [< 5]", phl, "    its number is [< 5]", "(2 results)"]),
        ("<5 Thailand", [tha, "    its number is [<5] and its place is [Thailand]", "(1 result)"]),
        ("<5 2020", [phl, "    its number is [<5] and its period is [2020]", "(1 result)"]),
        ("<10", [
            "figure  phl-mc  detected-trafficking-victims (Detected victims of trafficking), PHL (Philippines), 2021 (male, children): <10 — Royal Thai Government 2022",
            "    its number is [<10]", "(1 result)",
        ]),
        ("<5 forced labour", ["(0 results)"]),
    ])
    func censoredCount(query: String, expected: [String]) throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let result = try Tipdb.run(["search", query], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.split(separator: "\n").map(String.init) == expected, "\(result.stdout)")
        }
    }

    @Test("--json gives the censored figure as the brief's JSON does (no value, censored, low 1, high 4) and its text as a figures file writes it, with the excerpt unmarked")
    func json() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let result = try Tipdb.run(["search", "--json", "<5 Thailand"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let results = try #require(document["results"] as? [[String: Any]])
            #expect(results.map { $0["key"] as? String } == ["tha-fc"])
            #expect(results.first?["excerpt"] as? String == "its number is <5 and its place is Thailand")
            let figure = try #require(results.first?["figure"] as? [String: Any])
            // One shape in brief, search and lineage JSON (review of session 48): numbers as numbers, "<5" as text.
            #expect(figure["value"] == nil && figure["censored"] as? Bool == true, "\(figure)")
            #expect(figure["low"] as? Int == 1 && figure["high"] as? Int == 4, "\(figure)")
            #expect(figure["text"] as? String == "<5", "\(figure)")
        }
    }
}
