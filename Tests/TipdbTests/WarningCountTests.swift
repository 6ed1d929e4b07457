import Foundation
import Testing

/// The summary line's count of warnings when a rule lists only its first 20 rows: every row
/// found, not the lines printed (20 rows and the line saying how many more were 21 "warnings").
@Suite("ingest: the warning count of a truncated list (built binary)")
struct WarningCountTests {
    @Test("25 undated sources: 20 listed, \"5 more such rows\", and the line says 25 warnings; JSON marks the 5")
    func truncatedList() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let rows = (1...25).map { "undated-\($0),Report \($0),Institute\n" }.joined()
            try Data(("key,title,publisher\n" + rows).utf8).write(to: dir.appendingPathComponent("undated.csv"))
            let json = try Tipdb.run(["ingest", "--dry-run", "--json", "undated.csv"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let file = try #require((report["files"] as? [[String: Any]])?.first)
            let warnings = try #require(file["warnings"] as? [[String: Any]])
            #expect(warnings.count == 21)
            #expect(warnings.last?["unlistedRows"] as? Int == 5)
            #expect(warnings.dropLast().allSatisfy { $0["unlistedRows"] == nil })

            let load = try Tipdb.run(["ingest", "undated.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout == "undated.csv: 25 read, 25 inserted, 0 updated, 0 unchanged, 0 rejected, 25 warnings (batch 1)\n")
            let lines = load.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
            #expect(lines.count == 21)
            #expect(lines.last == "warning: undated.csv: source-without-date: 5 more such rows in this file's sources; tipdb check lists every one")
        }
    }
}
