import Foundation
import Testing

/// A figure withdrawn with `tipdb retract` leaves the brief; its data gaps say so, with the key,
/// the retract batch, date and reason, and the query that lists it with its last values, in
/// Markdown, HTML and JSON (`gaps.retracted`), where the brief's filters would have taken it in.
@Suite("The brief names the figures retract withdrew from its scope (built binary)")
struct BriefRetractionTests {
    private static let reason = "typed from a blog under the wrong measure"

    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-12-01"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    private func retracted(_ arguments: [String], in dir: URL) throws -> [String: Any] {
        let json = try JSONSerialization.jsonObject(with: Data(try brief(["--format", "json"] + arguments, in: dir).utf8)) as? [String: Any]
        return (json?["gaps"] as? [String: Any])?["retracted"] as? [String: Any] ?? [:]
    }

    @Test("retracted: named in md, html and json with its batch, date and reason; not for filters that leave it out, nor once loaded again")
    func named() throws {
        try withTemporaryDirectory { dir in
            try RetractCommandTests.makeDatabase(in: dir)
            // Before: nothing withdrawn, an empty member.
            #expect(try retracted([], in: dir)["count"] as? Int == 0)
            let retract = try Tipdb.run(["retract", RetractCommandTests.blogKey, "--reason", Self.reason], in: dir)
            #expect(retract.status == 0, "\(retract.stderr)")
            let date = try RetractCommandTests.sql("SELECT substr(retracted_at, 1, 10) FROM figure_retractions", in: dir)

            let sentence = "1 figure matching this brief's filters was withdrawn with tipdb retract and is not in it: "
                + "\(RetractCommandTests.blogKey) (batch 3, \(date): \"\(Self.reason)\"). tipdb sql \"SELECT figure, retracted_at, "
                + "reason, previous FROM figure_retractions ORDER BY figure\" lists every withdrawn figure with its last values."
            let md = try brief([], in: dir)
            // Markdown escapes the underscores of the query's names.
            #expect(md.contains("- " + sentence.replacingOccurrences(of: "_", with: "\\_") + "\n"), "\(md)")
            #expect(!md.contains("2.4 million"), "\(md)")
            let html = try brief(["--format", "html"], in: dir)
            #expect(html.contains("<li>" + sentence.replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;") + "</li>"), "\(html)")
            let json = try retracted([], in: dir)
            #expect(json["count"] as? Int == 1)
            #expect(json["keys"] as? [String] == [RetractCommandTests.blogKey])
            let batches = json["batches"] as? [[String: Any]] ?? []
            #expect(batches.count == 1)
            #expect(batches.first?["batch"] as? Int == 3)
            #expect(batches.first?["date"] as? String == date)
            #expect(batches.first?["reason"] as? String == Self.reason)
            #expect(batches.first?["figureCount"] as? Int == 1)
            #expect((json["command"] as? String)?.hasPrefix("tipdb sql ") == true)

            // Filters that would not have taken it in (another measure, years after it) say nothing of it.
            #expect(!(try brief(["--measure", "forced-labour"], in: dir)).contains("withdrawn"))
            #expect(try retracted(["--measure", "forced-labour"], in: dir)["count"] as? Int == 0)
            #expect(try retracted(["--to", "2010"], in: dir)["count"] as? Int == 0)

            // Loaded again as a new figure, it is in the brief: nothing is said of the old one.
            let again = try Tipdb.run(["ingest", "--quiet", "--restore-retracted", "figures.csv"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(!(try brief([], in: dir)).contains("withdrawn"))
        }
    }
}
