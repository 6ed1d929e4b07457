import Foundation
import Testing

/// `tipdb search` gives a figure's breakdown, in the words `figure_citations.breakdown` and
/// `report lineage` use: its title and `--json` figure left it out, so Nigeria's 1,100 nationals
/// read `NGA (Nigeria), 2020: 1,100`, as though they were the country's total.
@Suite("search titles and --json figures give the breakdown (built binary)")
struct SearchBreakdownTests {
    @Test("the nationals, a citizenship resolved to a place and the repatriated read as subgroups; the total has no breakdown")
    func breakdownInTitleAndJSON() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let row = "NGA,Nigeria,Africa,Sub-Saharan Africa,Detected trafficking victims,"
            try Data((GLOTIPFiles.top(date: "14/04/2024") + row + "Total,Total,Total,Total,2020,Counts,1200,GLOTIP\n"
                + row + "by citizenship,Nationals,Total,Total,2020,Counts,1100,GLOTIP\n"
                + row + "by citizenship,Dem. Rep. of the Congo,Total,Total,2020,Counts,<5,GLOTIP\n"
                + row + "by country of repatriation,Abroad,Female,Total,2020,Counts,40,GLOTIP\n").utf8)
                .write(to: dir.appendingPathComponent("g.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "g.csv"], in: dir).status == 0)
            let search = try Tipdb.run(["search", "nigeria", "2020"], in: dir)
            #expect(search.status == 0, "\(search.stderr)")
            let titles = search.stdout.split(separator: "\n").filter { $0.hasPrefix("figure  ") }
            #expect(titles == [
                "figure  unodc-glotip:detected-trafficking-victims:NGA:2020  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2020: 1,200 — UNODC 2024",
                "figure  unodc-glotip:detected-trafficking-victims:NGA:2020:citizenship-COD  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2020 (citizenship: Congo, The Democratic Republic of the): <5 — UNODC 2024",
                "figure  unodc-glotip:detected-trafficking-victims:NGA:2020:citizenship-Nationals  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2020 (citizenship: Nationals): 1,100 — UNODC 2024",
                "figure  unodc-glotip:detected-trafficking-victims:NGA:2020:female:country-of-repatriation-Abroad  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2020 (female; repatriated from: Abroad): 40 — UNODC 2024",
            ], "\(search.stdout)")

            let json = try Tipdb.run(["search", "nigeria", "2020", "--json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let results = try #require(document["results"] as? [[String: Any]])
            var breakdowns: [String: String] = [:]
            for result in results {
                guard let key = result["key"] as? String, let figure = result["figure"] as? [String: Any] else { continue }
                breakdowns[key] = figure["breakdown"] as? String ?? "(none)"
            }
            #expect(breakdowns == [
                "unodc-glotip:detected-trafficking-victims:NGA:2020": "(none)",
                "unodc-glotip:detected-trafficking-victims:NGA:2020:citizenship-COD": "citizenship: Congo, The Democratic Republic of the",
                "unodc-glotip:detected-trafficking-victims:NGA:2020:citizenship-Nationals": "citizenship: Nationals",
                "unodc-glotip:detected-trafficking-victims:NGA:2020:female:country-of-repatriation-Abroad": "repatriated from: Abroad",
            ])
        }
    }
}
