import Foundation
import Testing

/// A minimum estimate (ILO 2005's "at least 2.45 million", stored with its bound in `low`) keeps
/// "at least" wherever the brief prints its number: the Figure column of the key figures, the
/// figures tables and a chart's table, the CSV's and the JSON's `text`; `value` stays a number.
///
/// Why: the Figure column read "2.45 million" with "at least 2.45 million" only under Range, and
/// the JSON's `text` was "2.45 million": copied out of the table or the JSON, the minimum read as
/// a point estimate (newcomer review, session 50).
@Suite("a minimum's number says at least in the brief's tables, CSV and JSON (built binary)")
struct MinimumFigureTextTests {
    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--place", "WLD", "--to", "2004", "--date", "2026-12-05"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("Markdown: key figures, figures table and chart table write at least 2.45 million and at least 12.3 million as the figure")
    func markdown() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let md = try brief([], in: dir)
            #expect(md.contains("| Victims of trafficking in persons (estimated) | World | at least 2.45 million |  | 1995-2004 | ILO 2005 [1] |"), "\(md)")
            #expect(md.contains("| at least 12.3 million |  | World | 1995-2004 | all | estimated | ILO 2005 [1] |"), "\(md)")
            #expect(md.contains("| 1995-2004 | at least 12.3 million |  | ILO 2005 [1] |"), "\(md)")
            #expect(!md.contains("| 12.3 million |") && !md.contains("| 2.45 million |"), "\(md)")
        }
    }

    @Test("JSON: the figure's text says at least; value stays the number and valueText its digits")
    func json() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let document = try brief(["--format", "json"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
            let keyFigures = try #require(object["keyFigures"] as? [[String: Any]])
            let entry = try #require(keyFigures.first { $0["measure"] as? String == "trafficking-victims" })
            let figure = try #require(entry["figure"] as? [String: Any])
            #expect(figure["text"] as? String == "at least 2.45 million", "\(figure)")
            #expect((figure["value"] as? NSNumber)?.doubleValue == 2_450_000, "\(figure)")
            #expect((figure["low"] as? NSNumber)?.doubleValue == 2_450_000, "\(figure)")
            #expect(figure["valueText"] as? String == "2.45 million", "\(figure)")
            #expect(figure["range"] is NSNull, "\(figure)")
        }
    }

    @Test("CSV: the text column says at least; the value column stays a plain number")
    func csv() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let csv = try brief(["--format", "csv"], in: dir)
            let row = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix("ilo-2005-trafficked-wld,") }, "\(csv)")
            #expect(row.hasPrefix("ilo-2005-trafficked-wld,trafficking-victims,Victims of trafficking in persons (estimated),2450000,0,2450000,,,persons,at least 2.45 million,,WLD,"), "\(row)")
        }
    }
}
