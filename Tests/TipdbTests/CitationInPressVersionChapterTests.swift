import Foundation
import Testing

/// figure_citations.citation for the three kinds of entry m0061 left citing otherwise than the
/// brief (known limitation of session 53): a work in press was cited `(n.d.)`, a data set's version
/// was left out, and a chapter's edition followed the chapter's title with its pages bare. Since
/// m0063 each reads as the brief's References list gives it, which these tests compare with.
@Suite("figure_citations.citation cites a work in press, a version and a chapter as the brief does (m0063, built binary)")
struct CitationInPressVersionChapterTests {
    /// One kind of entry: CSL-JSON items, and the brief's entry for each (the APA form the brief writes).
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let items: String
        let entries: [String: String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a work in press, alone or two by one author (in press-a, in press-b), by status or issued literal",
            items: #"""
                {"id":"okafor-a","type":"article-journal","title":"Labour brokers and debt","author":[{"family":"Okafor","given":"Chiamaka"}],"status":"in press","container-title":"Anti-Trafficking Review"},
                {"id":"okafor-b","type":"article-journal","title":"Recruitment fees","author":[{"family":"Okafor","given":"Chiamaka"}],"issued":{"literal":"In-Press"},"container-title":"Journal of Human Trafficking"},
                {"id":"walkfree","type":"report","title":"Forthcoming estimates","author":[{"literal":"Walk Free"}],"status":"in  press","publisher":"Walk Free"}
                """#,
            entries: [
                "okafor-a": "Okafor, Chiamaka (in press-a). Labour brokers and debt. In: Anti-Trafficking Review.",
                "okafor-b": "Okafor, Chiamaka (in press-b). Recruitment fees. In: Journal of Human Trafficking.",
                "walkfree": "Walk Free (in press). Forthcoming estimates.",
            ]),
        Case(
            name: "a work in press by Zotero's issued raw or as forthcoming (m0064: cited n.d. before)",
            items: #"""
                {"id":"mensah","type":"article-journal","title":"Debt and recruitment","author":[{"family":"Mensah","given":"Kofi"}],"issued":{"raw":"in press"},"container-title":"Anti-Trafficking Review"},
                {"id":"ilo-next","type":"report","title":"Global estimates of forced labour","author":[{"literal":"International Labour Organization"}],"status":"Forthcoming","publisher":"ILO"}
                """#,
            entries: [
                "mensah": "Mensah, Kofi (in press). Debt and recruitment. In: Anti-Trafficking Review.",
                "ilo-next": "International Labour Organization [ILO] (in press). Global estimates of forced labour. ILO.",
            ]),
        Case(
            name: "a versioned data set or software: Version 2.1, v3 with an edition, a number",
            items: #"""
                {"id":"ctdc-21","type":"dataset","title":"Global Synthetic Dataset","author":[{"literal":"Counter-Trafficking Data Collaborative"}],"issued":{"date-parts":[[2023,6]]},"version":"2.1"},
                {"id":"ctdc-3","type":"dataset","title":"Global Synthetic Dataset","author":[{"literal":"Counter-Trafficking Data Collaborative"}],"issued":{"date-parts":[[2024,6]]},"version":"v3","edition":"2"},
                {"id":"estimator","type":"software","title":"Estimator","author":[{"family":"Ray","given":"Ana"}],"issued":{"date-parts":[[2022]]},"version":4,"publisher":"Zenodo"}
                """#,
            entries: [
                "ctdc-21": "Counter-Trafficking Data Collaborative [CTDC] (2023). Global Synthetic Dataset (Version 2.1) [Dataset]. June 2023.",
                "ctdc-3": "Counter-Trafficking Data Collaborative [CTDC] (2024). Global Synthetic Dataset (2nd ed., Version 3) [Dataset]. June 2024.",
                "estimator": "Ray, Ana (2022). Estimator (Version 4). Zenodo.",
            ]),
        Case(
            name: "a book chapter: the book's edition and pages, a volume and a single page",
            items: #"""
                {"id":"weitzer","type":"chapter","title":"Measuring forced labour","author":[{"family":"Weitzer","given":"Ronald"}],"editor":[{"family":"Bales","given":"Kevin"},{"family":"Weitzer","given":"Ronald"}],
                 "container-title":"The Routledge Handbook of Human Trafficking","edition":"3","page":"201-219","issued":{"date-parts":[[2017]]},"publisher":"Routledge","publisher-place":"London"},
                {"id":"doe","type":"chapter","title":"A note on counts","author":[{"family":"Doe","given":"Jane"}],"container-title":"Handbook of Slavery","volume":"2","page":"17","issued":{"date-parts":[[2019]]},"publisher":"Brill"}
                """#,
            entries: [
                "weitzer": "Weitzer, Ronald (2017). Measuring forced labour. In: Bales, Kevin and Weitzer, Ronald (eds.), The Routledge Handbook of Human Trafficking (3rd ed., pp. 201-219). London: Routledge.",
                "doe": "Doe, Jane (2019). A note on counts. In: Handbook of Slavery (Vol. 2, p. 17). Brill.",
            ]),
    ]

    @Test("the view's citation is the brief's References entry", arguments: cases)
    func viewAgainstBrief(_ kind: Case) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("[\n\(kind.items)\n]\n".utf8).write(to: dir.appendingPathComponent("sources.json"))
            let sources = try Tipdb.run(["ingest", "--quiet", "sources.json"], in: dir)
            #expect(sources.status == 0, "\(sources.stderr)")
            // A figure of each source, each of another place, so that the brief cites every one.
            let places = ["WLD", "GBR", "USA"]
            var figures = "key,measure,value,unit,place,period,source,method\n"
            for (index, key) in kind.entries.keys.sorted().enumerated() {
                figures += "f-\(key),forced-labour,1000,persons,\(places[index]),2016,\(key),estimated\n"
            }
            try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")

            let brief = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(brief.stdout.utf8)) as? [String: Any])
            var briefEntries: [String: String] = [:]
            for reference in try #require(root["references"] as? [[String: Any]]) {
                briefEntries[try #require(reference["key"] as? String)] = reference["text"] as? String
            }
            let result = try Tipdb.run(["sql", "SELECT DISTINCT source, citation FROM figure_citations", "--format", "json"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            var cited: [String: String] = [:]
            for row in try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) {
                cited[try #require(row["source"] as? String)] = row["citation"] as? String
            }
            for (key, entry) in kind.entries {
                #expect(briefEntries[key] == entry, "\(key): the brief's entry changed: \(briefEntries[key] ?? "nil")")
                #expect(cited[key] != nil && cited[key] == briefEntries[key],
                        "\(key):\n view:  \(cited[key] ?? "nil")\n brief: \(briefEntries[key] ?? "nil")")
            }
        }
    }
}
