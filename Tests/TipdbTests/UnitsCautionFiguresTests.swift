import Foundation
import Testing

/// The brief's JSON listed no figures for the units caution (`"figures": []`), where every other
/// kind names the figures it is about, so a notebook could not attach it to its rows (review of
/// session 48). It names every figure of the measure, in every unit, in reading order.
@Suite("brief JSON: the units caution names its figures (built binary)")
struct UnitsCautionFiguresTests {
    @Test("Modern slavery in persons and per 1,000: all five figures")
    func figures() throws {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--format", "json"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(brief.stdout.utf8)) as? [String: Any]
            let warnings = (object?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
            let units = warnings.first { $0["kind"] as? String == "units" }
            #expect(units?["text"] as? String == "Modern slavery is given in 2 different units (persons and per 1,000 population): a count "
                + "and a rate are different quantities; compare figures only within one unit.", "\(warnings)")
            #expect(units?["figures"] as? [String] == ["gsi23-ind-r", "gsi23-ind-n", "gsi18-nga-r", "gsi18-nga-n", "ths-tha-r"], "\(warnings)")
        }
    }
}
