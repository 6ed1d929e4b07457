import Foundation
import Testing

/// ILO 2005's US$32 billion a year for 1995-2004 is a yearly amount over those ten years, as the
/// brief writes it; the key figure period caution called it "an amount over ten years
/// (1995-2004), not one year" (walkthrough of session 33). An amount for whole years gets no
/// period caution (`KeyFigurePeriod`, the periods caution).
@Suite("brief: a yearly amount for whole years is said to be nothing else (built binary, real Fixtures)")
struct AnnualAmountCautionTests {
    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let out = try Tipdb.run(["report", "brief", "--date", "2026-12-03"] + arguments, in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout
    }

    private func warnings(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
    }

    @Test("ILO 2005's US$32 billion a year for 1995-2004 is a yearly amount, as written: its age caution only, no period caution")
    func annualAmount() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let md = try brief([], in: dir)
            #expect(md.contains("| Illegal profits from trafficked forced labour | World | US\\$32 billion a year |  | 1995-2004 | ILO 2005 [3] | i |\n"), "\(md)")
            let cautions: [String] = md.split(separator: "\n").map(String.init)
                .filter { $0.hasPrefix("- **Caution") && $0.contains("trafficked forced labour, World") }
            #expect(cautions == [
                "- **Caution (age).** Illegal profits from trafficked forced labour, World: the key figure, US\\$32 billion a year (ILO 2005 [3]), "
                    + "describes 1995-2004, a period that ended 22 years before this brief; no later figure of this measure and place is in the "
                    + "database. Say the period wherever the figure is quoted: it does not describe the situation now.",
            ], "\(cautions)")
            let html = try brief(["--format", "html"], in: dir)
            #expect(!html.contains("Caution (period"), "\(html)")
            let kinds = try warnings(try brief(["--format", "json"], in: dir)).compactMap { $0["kind"] as? String }
            #expect(!kinds.contains("period") && !kinds.contains("periods"), "\(kinds)")
        }
    }
}
