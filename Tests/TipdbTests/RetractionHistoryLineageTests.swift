import Foundation
import Testing

/// `report lineage` gives every time a figure was withdrawn with `tipdb retract` and loaded again
/// with `ingest --restore-retracted`, oldest first. It gave the latest alone: a figure retracted,
/// restored and retracted again read as retracted once, and one restored twice as restored once
/// (session 54).
@Suite("report lineage gives each retraction and restore of a figure, in order (built binary)")
struct RetractionHistoryLineageTests {
    /// The chain d1 → c1 → b1 → a1 (batches 1 to 3), d1 retracted (batch 4: "misquoted blog"),
    /// restored from f2.csv (batch 5) and retracted again (batch 6: "misquoted again"); the day of
    /// each retraction, oldest first.
    private static func makeRetractedTwice(in dir: URL) throws -> [String] {
        try RepeatChain.make(in: dir)
        for (index, reason) in ["misquoted blog", "misquoted again"].enumerated() {
            if index > 0 {
                let restored = try Tipdb.run(["ingest", "--quiet", "--restore-retracted", "f2.csv"], in: dir)
                #expect(restored.status == 0, "\(restored.stderr)")
            }
            let retracted = try Tipdb.run(["retract", "d1", "--reason", reason], in: dir)
            #expect(retracted.status == 0, "\(retracted.stderr)")
        }
        let days = try RetractCommandTests.sql("SELECT substr(retracted_at, 1, 10) FROM figure_retractions WHERE figure = 'd1' ORDER BY id", in: dir)
        return days.split(separator: "\n").map(String.init)
    }

    @Test("a figure retracted, restored and retracted again: the refusal names both retractions and the restore between, in every format")
    func withdrawnAgain() throws {
        try withTemporaryDirectory { dir in
            let days = try Self.makeRetractedTwice(in: dir)
            try #require(days.count == 2)
            let at = try RetractCommandTests.sql("SELECT retracted_at FROM figure_retractions WHERE figure = 'd1' ORDER BY id DESC LIMIT 1", in: dir)
            let message = "figure \"d1\" was withdrawn with tipdb retract (batch 6, \(at): \"misquoted again\"), so it has no lineage to show; "
                + "before that it was retracted on \(days[0]) (batch 4: \"misquoted blog\"), then loaded again with --restore-retracted by batch 5 (f2.csv); "
                + "tipdb sql \"SELECT figure, retracted_at, reason, previous FROM figure_retractions WHERE figure = 'd1'\" "
                + "shows it with its reason and last values (tipdb ingest --restore-retracted loads it again from its file)"
            for format in ["text", "md"] {
                let result = try Tipdb.run(["report", "lineage", "d1", "--format", format], in: dir)
                #expect(result.status == 1)
                #expect(result.stdout.isEmpty)
                #expect(result.stderr == "tipdb: error: \(message)\n", "\(format): \(result.stderr)")
            }
            let json = try Tipdb.run(["report", "lineage", "d1", "--format", "json"], in: dir)
            #expect(json.status == 1)
            let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            #expect(document?["error"] as? String == message, "\(json.stdout)")
        }
    }

    @Test("a figure restored twice: a line for each retraction and restore, oldest first, in text and Markdown; JSON restorations in order and restored the latest")
    func restoredTwice() throws {
        try withTemporaryDirectory { dir in
            let days = try Self.makeRetractedTwice(in: dir)
            try #require(days.count == 2)
            let restored = try Tipdb.run(["ingest", "--quiet", "--restore-retracted", "f2.csv"], in: dir)
            #expect(restored.status == 0, "\(restored.stderr)")
            let first = "retracted on \(days[0]) (batch 4: \"misquoted blog\"), then loaded again with --restore-retracted by batch 5 (f2.csv)"
            let second = "retracted on \(days[1]) (batch 6: \"misquoted again\"), then loaded again with --restore-retracted by batch 7 (f2.csv)"

            let text = try Tipdb.run(["report", "lineage", "d1"], in: dir)
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.contains("  \(first)\n  \(second)\n"), "\(text.stdout)")
            let markdown = try Tipdb.run(["report", "lineage", "d1", "--format", "md"], in: dir)
            #expect(markdown.status == 0, "\(markdown.stderr)")
            #expect(markdown.stdout.contains("  - \(first)\n  - \(second)\n"), "\(markdown.stdout)")

            let json = try Tipdb.run(["report", "lineage", "d1", "--format", "json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let figure = try #require((document["chain"] as? [[String: Any]])?.first)
            let restorations = try #require(figure["restorations"] as? [[String: Any]], "\(json.stdout)")
            #expect(restorations.map { $0["text"] as? String } == [first, second])
            #expect(restorations.map { $0["retractedBy"] as? Int } == [4, 6])
            #expect(restorations.map { $0["restoredBy"] as? Int } == [5, 7])
            #expect(restorations.map { $0["reason"] as? String } == ["misquoted blog", "misquoted again"])
            let latest = try #require(figure["restored"] as? [String: Any])
            #expect(latest["text"] as? String == second)
        }
    }
}
