import Foundation
import Testing

/// `report lineage` on the key of a figure `tipdb retract` withdrew says so, with the batch, date
/// and reason `retract` itself names, and the query that shows it (exit 1). It said "unknown
/// figure" and suggested another figure's key (exit 64).
@Suite("report lineage on a retracted figure (built binary)")
struct LineageRetractedTests {
    @Test("a withdrawn key: when, which batch, why, and the query that shows it; exit 1, as JSON too; loaded again, its lineage")
    func withdrawn() throws {
        try withTemporaryDirectory { dir in
            try RetractCommandTests.makeDatabase(in: dir)
            let key = RetractCommandTests.blogKey
            #expect(try Tipdb.run(["retract", key, "--reason", "wrong measure"], in: dir).status == 0)
            let at = try RetractCommandTests.sql("SELECT retracted_at FROM figure_retractions", in: dir)
            let message = "figure \"\(key)\" was withdrawn with tipdb retract (batch 3, \(at): \"wrong measure\"), so it has no lineage to show; "
                + "tipdb sql \"SELECT figure, retracted_at, reason, previous FROM figure_retractions WHERE figure = '\(key)'\" "
                + "shows it with its reason and last values (tipdb ingest --restore-retracted loads it again from its file)"
            let result = try Tipdb.run(["report", "lineage", key], in: dir)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "tipdb: error: \(message)\n", "\(result.stderr)")

            // The same retraction as retract itself words it.
            let again = try Tipdb.run(["retract", key, "--reason", "again"], in: dir)
            #expect(again.stderr.hasPrefix("tipdb: error: figure \"\(key)\" was retracted already (batch 3, \(at): \"wrong measure\");"), "\(again.stderr)")

            let json = try Tipdb.run(["report", "lineage", key, "--format", "json"], in: dir)
            #expect(json.status == 1)
            let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            #expect(document?["error"] as? String == message)
            #expect(document?["exitCode"] as? Int == 1)

            // A key never loaded is still a usage error with the nearest keys.
            let typo = try Tipdb.run(["report", "lineage", "ilo-2005:forced-labour:WLD:1995-2003"], in: dir)
            #expect(typo.status == 64)
            #expect(typo.stderr.contains("did you mean \"\(RetractCommandTests.iloKey)\"?"), "\(typo.stderr)")

            // Loaded again, the figure has its lineage back.
            #expect(try Tipdb.run(["ingest", "--quiet", "--restore-retracted", "figures.csv"], in: dir).status == 0)
            let restored = try Tipdb.run(["report", "lineage", key], in: dir)
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(restored.stdout.hasPrefix("\(key)\n"))
        }
    }
}
