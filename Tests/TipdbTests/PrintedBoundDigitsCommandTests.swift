import Foundation
import Storage
import Testing

/// Bounds printed with zeros after their point (`2.50-3.10 million`) are quoted so by every output
/// (brief in Markdown, HTML, JSON and CSV, lineage, search), kept in `figures.low_last_digit` and
/// `high_last_digit` (m0052); the brief's and search's JSON give the value as printed
/// (`valueText`), search's a revised figure's earlier number (`revisedFrom`); and a repeat's
/// printed digits decide whether it rounds the number it cites.
@Suite("printed digits of bounds, valueText and revisedFrom, and roundings by printed digits (built binary)")
struct PrintedBoundDigitsCommandTests {
    static let sources = """
        key,kind,title,publisher,date,url
        rep,report,Report,Org,2019,https://example.org
        news,article,Trafficking today,Daily News,2020,https://example.org/news

        """

    static let figures = """
        key,measure,value,low,high,unit,place,period,source,cites,locator
        r,forced-labour,2.80 million,2.50 million,3.10 million,persons,NPL,2018,rep,,p. 4
        g,forced-labour,,2.50 million,3.10 million,persons,IND,2018,rep,,p. 5
        orig,forced-labour,27.6 million,,,persons,BGD,2016,rep,,p. 6
        round,forced-labour,28 million,,,persons,BGD,2016,news,orig,
        exact,forced-labour,28.0 million,,,persons,BGD,2016,news,orig,

        """

    static func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "figures.csv", in: dir)
        let ingest = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    static func lf(_ text: String) -> String { text.replacingOccurrences(of: "\r\n", with: "\n") }

    @Test("stored: each bound's last printed zero after the point; the same file again changes nothing")
    func stored() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let rows = try Tipdb.run(
                ["sql", "--format", "csv", "SELECT key, value_last_digit, low_last_digit, high_last_digit FROM figures ORDER BY key"], in: dir)
            #expect(rows.status == 0, "\(rows.stderr)")
            #expect(Self.lf(rows.stdout) == """
                key,value_last_digit,low_last_digit,high_last_digit
                exact,5,,
                g,,4,4
                orig,,,
                r,4,4,4
                round,,,

                """, "\(rows.stdout)")
            let again = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(again.stdout.contains("figures.csv: 5 read, 0 inserted, 0 updated, 5 unchanged, 0 rejected"), "\(again.stdout)")
        }
    }

    @Test("2.5-3.1 million over 2.50-3.10 million updates the bounds' digits alone: figure_changes names them, no revision of the number")
    func reloadedShorter() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let shorter = Self.figures.replacingOccurrences(of: "2.50 million", with: "2.5 million")
                .replacingOccurrences(of: "3.10 million", with: "3.1 million")
            try IngestPartWarningTests.write(shorter, "shorter.csv", in: dir)
            let load = try Tipdb.run(["ingest", "shorter.csv"], in: dir)
            #expect(load.stdout.contains("shorter.csv: 5 read, 0 inserted, 2 updated, 3 unchanged, 0 rejected"), "\(load.stdout)")
            let changes = try Tipdb.run(["sql", "--format", "csv", """
                SELECT figure, change, field, old_value, new_value FROM figure_changes
                WHERE batch_id = (SELECT max(id) FROM ingest_batches) ORDER BY figure, field
                """], in: dir)
            #expect(Self.lf(changes.stdout) == """
                figure,change,field,old_value,new_value
                g,updated,high_last_digit,4,
                g,updated,low_last_digit,4,
                r,updated,high_last_digit,4,
                r,updated,low_last_digit,4,

                """, "\(changes.stdout)")
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.stdout.contains("| 2.80 million | 2.5 to 3.1 million |"), "\(md.stdout)")
            #expect(!md.stdout.contains("revised from"), "\(md.stdout)")
        }
    }

    @Test("brief (Markdown, HTML, JSON, CSV), lineage and search print the range as published")
    func outputs() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains("| 2.80 million | 2.50 to 3.10 million |"), "\(md.stdout)")
            #expect(md.stdout.contains("| 2.50 to 3.10 million |"), "\(md.stdout)")
            #expect(!md.stdout.contains("2.5 to 3.1 million"), "\(md.stdout)")

            let html = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "html"], in: dir)
            #expect(html.stdout.contains("2.50 to 3.10 million") && !html.stdout.contains("2.5 to 3.1 million"), "\(html.stdout)")

            let csv = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "csv"], in: dir)
            #expect(csv.stdout.contains(",2.80 million,2.50 to 3.10 million,"), "\(csv.stdout)")

            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let entries = (object?["figureGroups"] as? [[String: Any]] ?? []).flatMap { $0["figures"] as? [[String: Any]] ?? [] }
            func entry(_ key: String) -> [String: Any]? { entries.first { $0["key"] as? String == key } }
            #expect(entry("r")?["range"] as? String == "2.50 to 3.10 million")
            #expect(entry("r")?["valueText"] as? String == "2.80 million")
            #expect(entry("r")?["value"] as? Double == 2_800_000)
            #expect(entry("g")?["text"] as? String == "2.50 to 3.10 million")
            #expect(entry("g")?["valueText"] is NSNull)
            #expect(entry("round")?["valueText"] as? String == "28 million")
            #expect(entry("exact")?["valueText"] as? String == "28.0 million")

            let lineage = try Tipdb.run(["report", "lineage", "g"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("2.50 to 3.10 million") && !lineage.stdout.contains("2.5 to 3.1 million"), "\(lineage.stdout)")

            let search = try Tipdb.run(["search", "Nepal"], in: dir)
            #expect(search.stdout.contains(", 2018: 2.80 million (2.50 to 3.10 million) — "), "\(search.stdout)")
            let range = try Tipdb.run(["search", "India"], in: dir)
            #expect(range.stdout.contains(", 2018: 2.50 to 3.10 million — "), "\(range.stdout)")
        }
    }

    @Test("search --json gives valueText, and revisedFrom for a revised figure beside its title's words")
    func searchJSON() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let revised = Self.figures.replacingOccurrences(of: "27.6 million", with: "27.60 million")
                .replacingOccurrences(of: "r,forced-labour,2.80 million", with: "r,forced-labour,2.90 million")
            try IngestPartWarningTests.write(revised, "revised.csv", in: dir)
            let load = try Tipdb.run(["ingest", "revised.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let search = try Tipdb.run(["search", "--json", "Nepal"], in: dir)
            #expect(search.status == 0, "\(search.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [String: Any]
            let result = (object?["results"] as? [[String: Any]])?.first { $0["key"] as? String == "r" }
            let figure = result?["figure"] as? [String: Any]
            #expect(figure?["valueText"] as? String == "2.90 million", "\(search.stdout)")
            #expect(figure?["revisedFrom"] as? String == "revised from 2.8 million", "\(search.stdout)")
            #expect((result?["title"] as? String)?.hasSuffix(", 2018: 2.90 million (2.50 to 3.10 million) (revised from 2.8 million) — Org 2019") == true, "\(search.stdout)")
            #expect(search.stdout.contains("\"valueText\": \"2.90 million\""), "\(search.stdout)")

            let unrevised = try Tipdb.run(["search", "--json", "Bangladesh"], in: dir)
            let found = (try JSONSerialization.jsonObject(with: Data(unrevised.stdout.utf8)) as? [String: Any])?["results"] as? [[String: Any]]
            let orig = found?.first { $0["key"] as? String == "orig" }?["figure"] as? [String: Any]
            #expect(orig?["valueText"] as? String == "27.60 million", "\(unrevised.stdout)")
            #expect(orig?["revisedFrom"] == nil, "\(unrevised.stdout)")
        }
    }

    @Test("a repeat printed 28.0 million of 27.6 million changes the number; one printed 28 million rounds it")
    func roundingByPrintedDigits() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("tipdb.sqlite: 0 errors, 3 warnings"), "\(check.stdout)")
            #expect(check.stdout.contains("\n  exact repeats orig with value 28000000 (printed 28.0 million), not 27600000\n"), "\(check.stdout)")
            #expect(!check.stdout.contains("round repeats"), "\(check.stdout)")

            let exact = try Tipdb.run(["report", "lineage", "exact"], in: dir)
            #expect(exact.stdout.contains("FLAG: Daily News 2020 changes what it repeats from Org 2019: the number (28.0 million, not 27.6 million)."),
                    "\(exact.stdout)")
            let round = try Tipdb.run(["report", "lineage", "round"], in: dir)
            #expect(round.status == 0 && !round.stdout.contains("FLAG:"), "\(round.stdout)")
        }
    }
}
