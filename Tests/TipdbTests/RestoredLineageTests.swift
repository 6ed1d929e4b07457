import Foundation
import Testing

/// A figure withdrawn with `tipdb retract` and loaded again with `ingest --restore-retracted`
/// keeps its withdrawal in `report lineage`: when, by which batch and why it was retracted, and
/// which load restored it. Lineage showed it as any other figure, the reason given for withdrawing
/// it left in `figure_retractions` (session 50).
@Suite("report lineage says a restored figure was retracted, when and why, and which load restored it (built binary)")
struct RestoredLineageTests {
    /// The chain d1 → c1 → b1 → a1, d1 retracted (batch 4: "misquoted blog") and restored from
    /// f2.csv (batch 5).
    private static func makeRestored(in dir: URL) throws -> String {
        try RepeatChain.make(in: dir)
        let retracted = try Tipdb.run(["retract", "d1", "--reason", "misquoted blog"], in: dir)
        #expect(retracted.status == 0, "\(retracted.stderr)")
        let restored = try Tipdb.run(["ingest", "--quiet", "--restore-retracted", "f2.csv"], in: dir)
        #expect(restored.status == 0, "\(restored.stderr)")
        return try RetractCommandTests.sql("SELECT substr(retracted_at, 1, 10) FROM figure_retractions WHERE figure = 'd1'", in: dir)
    }

    @Test("text and Markdown: a line under the figure names the retraction and the restoring load; a figure never retracted has none")
    func text() throws {
        try withTemporaryDirectory { dir in
            let day = try Self.makeRestored(in: dir)
            let line = "retracted on \(day) (batch 4: \"misquoted blog\"), then loaded again with --restore-retracted by batch 5 (f2.csv)"
            let text = try Tipdb.run(["report", "lineage", "d1"], in: dir)
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.contains("  \(line)\n"), "\(text.stdout)")
            #expect(text.stdout.components(separatedBy: "retracted on").count == 2, "\(text.stdout)")
            let markdown = try Tipdb.run(["report", "lineage", "d1", "--format", "md"], in: dir)
            #expect(markdown.stdout.contains("- **d1**\n  - 1 million: Victims of trafficking in persons (estimated), World, reference period 2008\n  - \(line)\n"),
                "\(markdown.stdout)")
            let other = try Tipdb.run(["report", "lineage", "c1"], in: dir)
            #expect(!other.stdout.contains("retracted"), "\(other.stdout)")
        }
    }

    @Test("JSON: the chain figure's restored gives the retract batch, its date and reason, and the restoring batch and file")
    func json() throws {
        try withTemporaryDirectory { dir in
            let day = try Self.makeRestored(in: dir)
            let json = try Tipdb.run(["report", "lineage", "d1", "--format", "json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let chain = (document["chain"] as? [[String: Any]]) ?? []
            let restored = try #require(chain.first?["restored"] as? [String: Any], "\(json.stdout)")
            #expect(restored["retractedBy"] as? Int == 4)
            #expect((restored["retractedAt"] as? String)?.hasPrefix(day) == true)
            #expect(restored["reason"] as? String == "misquoted blog")
            #expect(restored["restoredBy"] as? Int == 5)
            #expect(restored["restoredFile"] as? String == "f2.csv")
            #expect(restored["text"] as? String
                == "retracted on \(day) (batch 4: \"misquoted blog\"), then loaded again with --restore-retracted by batch 5 (f2.csv)")
            #expect(chain.dropFirst().allSatisfy { $0["restored"] == nil }, "\(json.stdout)")
        }
    }
}
