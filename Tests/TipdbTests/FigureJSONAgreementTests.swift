import Foundation
import Testing

/// One figure, one shape: the brief's JSON, `tipdb search --json` and `report lineage --format json`
/// give a figure's number, bounds, period and cited key with the same type and spelling, read as a
/// data scientist's script reads them (`JSONSerialization`, Python's `json` would do the same).
///
/// Review of session 48 (dataframes, defects 2 and 5): a censored count was `value: null, low 1,
/// high 4` in the brief but `value: "<5"` without bounds in search and lineage; `period` was
/// `June 2019 to May 2020` in the brief but `2019-06/2020-05` in search; and the brief wrote
/// `9007199254740991.0` where search wrote `9007199254740991`, search `1.23e-07` where the brief
/// wrote `0.000000123`.
@Suite("A figure in brief, search and lineage JSON: one type and one spelling per member (built binary)")
struct FigureJSONAgreementTests {
    /// The Fixtures and the review's awkward figures: a censored count, a share over a period of
    /// months, a whole number above 10^15, a tiny rate, and a repeat.
    static func database(in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        try Data("""
            key,kind,title,publisher,date,url,accessed
            aw-src,report,Trata de personas,Ministère de la Justice,2021,https://example.org/a,2024-01-05
            aw-src2,report,Plain report,Org X,2020,https://example.org/b,2024-01-05

            """.utf8).write(to: dir.appendingPathComponent("src.csv"))
        try Data("""
            key,measure,value,low,high,ci_level,unit,place,period,source,quote,cites
            aw-cens,detected-trafficking-victims,<5,,,,persons,ISL,2021,aw-src,Police files table alpha,
            aw-pct,forced-labour,12.0%,10.5%,13.5%,95,percent,CIV,2019-06/2020-05,aw-src,Survey table bravo,
            aw-big,trafficking-offences,9007199254740991,,,,cases,USA,2020,aw-src2,Court records table charlie,
            aw-small,detected-trafficking-victims,0.000000123,,,,per-100000,NGA,2020,aw-src2,Health ministry table delta,
            aw-rep,detected-trafficking-victims,<5,,,,persons,ISL,2021,aw-src,Newspaper table alpha,aw-cens

            """.utf8).write(to: dir.appendingPathComponent("fig.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "src.csv", "fig.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// `text` parsed as a script parses it.
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    /// The brief's figure entries by key.
    static func briefFigures(in dir: URL) throws -> (figures: [String: [String: Any]], text: String) {
        let brief = try Tipdb.run(["report", "brief", "--format", "json"], in: dir)
        #expect(brief.status == 0, "\(brief.stderr)")
        var figures: [String: [String: Any]] = [:]
        for group in try json(brief.stdout)["figureGroups"] as? [[String: Any]] ?? [] {
            for figure in group["figures"] as? [[String: Any]] ?? [] {
                if let key = figure["key"] as? String { figures[key] = figure }
            }
        }
        return (figures, brief.stdout)
    }

    /// The `figure` member of the search result `key`, searched by `words`.
    static func searchFigure(_ key: String, words: [String], in dir: URL) throws -> (figure: [String: Any], text: String) {
        let search = try Tipdb.run(["search", "--json", "--kind", "figures", "--limit", "100"] + words, in: dir)
        #expect(search.status == 0, "\(search.stderr)")
        let results = try json(search.stdout)["results"] as? [[String: Any]] ?? []
        let figure = try #require(results.first { $0["key"] as? String == key }?["figure"] as? [String: Any], "\(search.stdout)")
        return (figure, search.stdout)
    }

    /// The first figure of `report lineage KEY --format json`'s chain: the figure itself.
    static func lineageFigure(_ key: String, in dir: URL) throws -> (figure: [String: Any], text: String) {
        let lineage = try Tipdb.run(["report", "lineage", key, "--format", "json"], in: dir)
        #expect(lineage.status == 0, "\(lineage.stderr)")
        let chain = try json(lineage.stdout)["chain"] as? [[String: Any]] ?? []
        return (try #require(chain.first, "\(lineage.stdout)"), lineage.stdout)
    }

    /// A JSON number's value, or nil when the member is text, null or absent.
    static func number(_ value: Any?) -> Double? {
        guard !(value is String), let number = value as? NSNumber else { return nil }
        return number.doubleValue
    }

    @Test("a censored <5: value null, low 1 and high 4 as numbers, censored true, `<5` in text, in all three")
    func censoredCount() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let brief = try #require(try Self.briefFigures(in: dir).figures["aw-cens"])
            let search = try Self.searchFigure("aw-cens", words: ["alpha"], in: dir).figure
            let lineage = try Self.lineageFigure("aw-cens", in: dir).figure
            for (name, figure) in [("brief", brief), ("search", search), ("lineage", lineage)] {
                // Null in the brief, left out of the keys-sorted documents: `null` to jq, pandas and R alike.
                #expect(figure["value"] == nil || figure["value"] is NSNull, "\(name): \(figure)")
                #expect(!(figure["value"] is String), "\(name): value is text: \(figure)")
                #expect(Self.number(figure["low"]) == 1 && Self.number(figure["high"]) == 4, "\(name): \(figure)")
                #expect(figure["censored"] as? Bool == true, "\(name): \(figure)")
                #expect(figure["text"] as? String == "<5", "\(name): \(figure)")
            }
        }
    }

    @Test("`period` is the brief's words in all three, the dates beside it as stored; `cites` names the figure repeated")
    func periodAndCites() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let briefs = try Self.briefFigures(in: dir).figures
            let brief = try #require(briefs["aw-pct"])
            let search = try Self.searchFigure("aw-pct", words: ["bravo"], in: dir).figure
            let lineage = try Self.lineageFigure("aw-pct", in: dir).figure
            for (name, figure) in [("brief", brief), ("search", search), ("lineage", lineage)] {
                #expect(figure["period"] as? String == "June 2019 to May 2020", "\(name): \(figure)")
                #expect(figure["periodStart"] as? String == "2019-06" && figure["periodEnd"] as? String == "2020-05", "\(name): \(figure)")
                #expect(Self.number(figure["value"]) == 12 && Self.number(figure["ciLevel"]) == 0.95, "\(name): \(figure)")
            }
            // A repeat: its cited key under `cites` in each, a string; search's `repeats` stays the object it was.
            let repeatBrief = try #require(briefs["aw-rep"])
            let repeatSearch = try Self.searchFigure("aw-rep", words: ["alpha"], in: dir).figure
            let repeatLineage = try Self.lineageFigure("aw-rep", in: dir).figure
            for (name, figure) in [("brief", repeatBrief), ("search", repeatSearch), ("lineage", repeatLineage)] {
                #expect(figure["cites"] as? String == "aw-cens", "\(name): \(figure)")
            }
            #expect((repeatSearch["repeats"] as? [String: Any])?["key"] as? String == "aw-cens", "\(repeatSearch)")
        }
    }

    @Test("a whole number above 10^15 without `.0`, a tiny one without an exponent: the same digits in brief JSON and CSV, search and lineage")
    func numberSpelling() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let brief = try Self.briefFigures(in: dir)
            let big = try Self.searchFigure("aw-big", words: ["charlie"], in: dir)
            let small = try Self.searchFigure("aw-small", words: ["delta"], in: dir)
            let bigLineage = try Self.lineageFigure("aw-big", in: dir)
            let smallLineage = try Self.lineageFigure("aw-small", in: dir)
            #expect(brief.text.contains("\"key\": \"aw-big\"") && brief.text.contains("\"value\": 9007199254740991,"), "\(brief.text)")
            #expect(!brief.text.contains("9007199254740991.0"), "\(brief.text)")
            #expect(brief.text.contains("\"value\": 0.000000123,"), "\(brief.text)")
            for output in [big.text, bigLineage.text] {
                #expect(output.contains("\"value\": 9007199254740991\n") || output.contains("\"value\": 9007199254740991,"), "\(output)")
            }
            for output in [small.text, smallLineage.text] {
                #expect(output.contains("\"value\": 0.000000123") && !output.contains("e-07"), "\(output)")
            }
            // Read back, the same number: an integer to Python's json, since it has no fraction.
            #expect(Self.number(big.figure["value"]) == 9_007_199_254_740_991 && Self.number(small.figure["value"]) == 0.000000123)

            let csv = try Tipdb.run(["report", "brief", "--format", "csv"], in: dir)
            #expect(csv.status == 0, "\(csv.stderr)")
            let lines = csv.stdout.components(separatedBy: "\r\n")
            let header = try #require(lines.first?.components(separatedBy: ","))
            let valueColumn = try #require(header.firstIndex(of: "value"), "\(header)")
            let bigRow = try #require(lines.first { $0.hasPrefix("aw-big,") }?.components(separatedBy: ","), "\(csv.stdout)")
            #expect(bigRow[valueColumn] == "9007199254740991", "\(bigRow)")
        }
    }
}
