import Foundation
import Testing

/// `tipdb search '5.3 per 1,000'`, the Arab States' rate of forced labour as the brief prints it,
/// listed a study's text and not the figure; `3 per 1,000` matched the `3` of "40.3" and "5.3";
/// and `3.5 per 1,000`, which no figure has, was told `fewer words find some: tipdb search per
/// 1,000` (a supply-chain analyst's review, session 53).
@Suite("search reads N per 1,000 as a rate and matches numbers only whole (built binary, Fixtures)")
struct SearchRateQueryTests {
    private func search(_ arguments: [String]) throws -> ProcessResult {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            return try Tipdb.run(["search"] + arguments, in: dir)
        }
    }

    @Test("5.3 per 1,000 lists the figure the brief prints so, first, found by its number")
    func rateFindsFigure() throws {
        let result = try search(["5.3 per 1,000"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("figure  ilo-wf-iom-2022-forced-labour-rate-arab-states  ") == true, "\(result.stdout)")
        #expect(lines.first?.contains(": 5.3 per 1,000 — ") == true, "\(result.stdout)")
        #expect(lines.dropFirst().first == "    its number is [5.3 per 1,000]", "\(result.stdout)")
        // A count or another rate is no figure of 5.3 per 1,000.
        #expect(!result.stdout.contains("figure  ilo-wff-2017-modern-slavery-rate-wld"), "\(result.stdout)")
    }

    @Test("3 per 1,000 finds ILO 2012's rate, and no text by the 3 of 40.3 or 5.3")
    func wholeNumbersOnly() throws {
        let result = try search(["3 per 1,000", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.first?["key"] as? String == "ilo-2012-forced-labour-rate-wld", "\(result.stdout)")
        for found in results {
            let excerpt = Array((found["excerpt"] as? String ?? "").unicodeScalars)
            for match in found["matches"] as? [[String: Int]] ?? [] {
                guard let start = match["start"], let end = match["end"], start > 0 else { continue }
                let text = String(String.UnicodeScalarView(excerpt[start..<end]))
                #expect(!(text == "3" && excerpt[start - 1] == "."), "\(found["key"] ?? ""): \(String(String.UnicodeScalarView(excerpt)))")
            }
        }
        #expect(!result.stdout.contains("ilo-wff-2017-modern-slavery-estimate"), "\(result.stdout)")
    }

    @Test("3.5 per 1,000, which no figure has: the note says so and never suggests dropping the number")
    func noSuchRate() throws {
        let result = try search(["3.5 per 1,000"])
        #expect(result.stdout == "(0 results)\n", "\(result.stdout)")
        #expect(!result.stderr.contains("tipdb search per 1,000"), "\(result.stderr)")
        #expect(result.stderr.contains(
            "note: no figure's number, nor an earlier number its source revised, rounds to 3.5 per 1,000, and no source, study or figure has it in its text"),
            "\(result.stderr)")
    }
}
