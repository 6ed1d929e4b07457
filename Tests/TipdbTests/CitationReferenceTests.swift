import Foundation
import Testing

/// figure_citations.citation is the reference entry a brief gives the figure's source (m0037).
/// Its own short reference had drifted from the brief's ("Delivered by Fedotov, Yury." for the
/// brief's "Delivered by Yury Fedotov"; the 2024 second edition of "Profits and Poverty" without
/// the brief's "(2nd ed.)"): these tests compare the two for every source, so that they cannot
/// drift apart again unnoticed. Since m0061 without exceptions: the DOI at doi.org, no URL that is
/// the DOI's own address, and `Accessed` only after a URL, as the entries have them since session 52.
@Suite("figure_citations.citation is the brief's reference entry (m0037, built binary)")
struct CitationReferenceTests {
    /// `source -> citation` from figure_citations.
    private static func citations(in dir: URL) throws -> [String: String] {
        let result = try Tipdb.run(["sql", "SELECT DISTINCT source, citation FROM figure_citations", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        var citations: [String: String] = [:]
        for row in rows {
            let source = try #require(row["source"] as? String)
            citations[source] = row["citation"] as? String
        }
        return citations
    }

    @Test("over the Fixtures, every source's citation is the text of its entry in the brief's References, and every source is there")
    func fixturesAgainstBrief() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(brief.stdout.utf8)) as? [String: Any])
            let references = try #require(root["references"] as? [[String: Any]])
            var entries: [String: String] = [:]
            for reference in references {
                entries[try #require(reference["key"] as? String)] = reference["text"] as? String
            }
            let citations = try Self.citations(in: dir)
            let sources = try Tipdb.run(["sql", "SELECT key FROM sources ORDER BY key", "--format", "csv"], in: dir)
            let keys = sources.stdout.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").dropFirst().map(String.init)
            #expect(keys.count == 11)
            #expect(Set(entries.keys) == Set(keys))
            #expect(Set(citations.keys) == Set(keys))
            for key in keys {
                // m0061: the Fixtures' sources have an accessed date and no URL, which neither prints.
                let entry = entries[key]
                #expect(citations[key] != nil && citations[key] == entry, "\(key):\n view:  \(citations[key] ?? "nil")\n brief: \(entries[key] ?? "nil")")
            }
            #expect(citations["unodc-2012-fedotov-statement"] == "United Nations Office on Drugs and Crime [UNODC] (2012). Statement of the UNODC Executive Director at the UN General Assembly thematic debate on human trafficking [Statement]. Delivered by Yury Fedotov. 3 April 2012.")
            #expect(citations["ilo-2024-profits-poverty"] == "International Labour Office [ILO] (2024). Profits and Poverty: The Economics of Forced Labour (2nd ed.). Geneva, March 2024.")
            #expect(citations["ilo-2014-profits-poverty"] == "International Labour Office [ILO] (2014). Profits and Poverty: The Economics of Forced Labour. Geneva.")
        }
    }

    /// A Markdown entry of `tipdb report sources` as plain text: links as their text, escapes dropped.
    private static func plain(_ markdown: String) throws -> String {
        var text = markdown
        text = text.replacing(try Regex(#"\[([^\]]*)\]\(<[^>]*>\)"#)) { String($0.output[1].substring ?? "") }
        text = text.replacing(try Regex(#"<(https?://[^>]*)>"#)) { String($0.output[1].substring ?? "") }
        text = text.replacing(try Regex(#"\\([\[\]\\*_`#<>&])"#)) { String($0.output[1].substring ?? "") }
        return text
    }

    @Test("for sources with authors, editors, a container, a date range, series, editions, a DOI and URL, letters and abbreviations, c. dates and names ending in a full stop, the citation is tipdb report sources' entry")
    func otherPartsAgainstReportSources() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let csl = #"""
                [
                 {"id":"smith-2019-article","type":"article-journal","title":"Counting the hidden","author":[{"family":"Smith","given":"Jane"},{"family":"Doe","given":"John"},{"family":"Roe","given":"Richard"}],
                  "issued":{"date-parts":[[2019,5,3],[2020,1]]},"container-title":"Journal of Human Trafficking","volume":"5","issue":2,"page":"45-67","editor":[{"family":"Ed","given":"Anna"}],
                  "DOI":"10.1080/23322705.2019.1","URL":"https://example.org/a","publisher":"Taylor & Francis"},
                 {"id":"book-2018","type":"book","title":"Slavery today","editor":[{"family":"Bales","given":"Kevin"},{"family":"Trodd","given":"Zoe"}],"issued":{"date-parts":[[2018]]},"publisher":"Polity","publisher-place":"Cambridge","edition":"Revised"},
                 {"id":"ctdc-2023","type":"dataset","title":"Global synthetic dataset","author":[{"literal":"Counter-Trafficking Data Collaborative (CTDC)"}],"issued":{"date-parts":[[2023,6]]},"publisher":"IOM","accessed":{"date-parts":[[2024,1,15]]}},
                 {"id":"unodc-2024-a","type":"report","title":"Alpha report","author":[{"literal":"United Nations Office on Drugs and Crime"}],"issued":{"date-parts":[[2024]]},"publisher":"United Nations Office on Drugs and Crime","edition":"3","collection-title":"Research series","collection-number":7},
                 {"id":"unodc-2024-b","type":"report","title":"Beta report","author":[{"literal":"United Nations Office on Drugs and Crime"}],"issued":{"date-parts":[[2024]]},"publisher":"United Nations Office on Drugs and Crime","edition":"second"},
                 {"id":"min-2020","type":"report","title":"Annual report","issued":{"date-parts":[[2020]]},"publisher":"Ministry of Labour, Invalids and Social Affairs"},
                 {"id":"lit-2021","type":"report","title":"Org with comma","author":[{"literal":"Smith, Jones & Partners"}],"issued":{"date-parts":[[2021,11]]},"publisher":"Smith, Jones & Partners","edition":"11"},
                 {"id":"circa-2005","type":"article-journal","title":"Is it slavery?","author":[{"family":"Doe","given":"Jane"}],"issued":{"date-parts":[[2005]],"circa":"1"},
                  "container-title":"J. Traff.","collection-title":"Studies in Law.","contributor":[{"literal":"Smith & Co."}],"publisher":"Brill Inc."},
                 {"id":"ctdc-2024","type":"dataset","title":"Global dataset","author":[{"literal":"Counter-Trafficking Data Collaborative"}],"issued":{"date-parts":[[2024,3]]}},
                 {"id":"dos-2023","type":"report","title":"Trafficking in Persons Report","issued":{"date-parts":[[2023]],"circa":false},"publisher":"U.S. Department of State","edition":"2"},
                 {"id":"gha-2021","type":"report","title":"Labour inspection report","author":[{"family":"Ministry of Labour","given":"Government of Ghana"}],"issued":{"date-parts":[[2021]]}},
                 {"id":"in-2022","type":"article-journal","title":"A survey","author":[{"family":"In","given":"Seo-yeon"}],"issued":{"date-parts":[[2022]]},"container-title":"Journal of Human Trafficking"}
                ]
                """#
            try Data(csl.utf8).write(to: dir.appendingPathComponent("sources.json"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let report = try Tipdb.run(["report", "sources"], in: dir)
            #expect(report.status == 0, "\(report.stderr)")
            var entries: [String: String] = [:]
            let entry = try Regex(#"^- (.*) \(key: ([^)]*)\)$"#)
            for line in report.stdout.split(separator: "\n") {
                guard let match = String(line).wholeMatch(of: entry), let text = match.output[1].substring, let key = match.output[2].substring else { continue }
                entries[String(key)] = try Self.plain(String(text))
            }
            #expect(entries.count == 12)
            // figure_citations has a row per figure: one figure for each source.
            var figures = "key,measure,value,unit,place,period,source,method\n"
            for key in entries.keys.sorted() { figures += "f-\(key),forced-labour,1000,persons,WLD,2016,\(key),estimated\n" }
            try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let figureLoad = try Tipdb.run(["ingest", "--quiet", "figures.csv"], in: dir)
            #expect(figureLoad.status == 0, "\(figureLoad.stderr)")
            let cited = try Self.citations(in: dir)
            #expect(Set(cited.keys) == Set(entries.keys))
            for (key, text) in entries {
                // Since m0061 the DOI as its doi.org address, and Accessed only after a URL, as the entries give them.
                let entry: String? = text
                #expect(cited[key] == entry, "\(key):\n view:   \(cited[key] ?? "nil")\n report: \(text)")
            }
            #expect(cited["book-2018"] == "Bales, Kevin and Trodd, Zoe (eds.) (2018). Slavery today (Revised). Cambridge: Polity.")
            #expect(cited["unodc-2024-a"] == "United Nations Office on Drugs and Crime [UNODC] (2024a). Alpha report (3rd ed.). Research series 7.")
            // m0041: established abbreviations only, c. dates, one full stop.
            #expect(cited["circa-2005"] == "Doe, Jane (c. 2005). Is it slavery? In: J. Traff. Studies in Law. With Smith & Co. Brill Inc.")
            #expect(cited["ctdc-2024"] == "Counter-Trafficking Data Collaborative [CTDC] (2024). Global dataset [Dataset]. March 2024.")
            #expect(cited["dos-2023"] == "U.S. Department of State (2023). Trafficking in Persons Report (2nd ed.).")
            // m0044: a name holding a lower-case of, for, the, on or in, or &, is an organisation's, whole.
            #expect(cited["gha-2021"] == "Ministry of Labour, Government of Ghana (2021). Labour inspection report.")
            #expect(cited["in-2022"] == "In, Seo-yeon (2022). A survey. In: Journal of Human Trafficking.")
        }
    }
}
