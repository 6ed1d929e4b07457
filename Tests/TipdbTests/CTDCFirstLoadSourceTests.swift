import Foundation
import Testing

/// A first load of a CTDC file writes its source twice in one batch: before the rows (a dataset
/// version must name an existing source) and after them, with the file's SHA-256 in the notes,
/// which is known only once the file is read. The second write must read as part of the first
/// load, not as an update: no revision, no update counted, one search entry.
@Suite("CTDC: a first load's source is one new source (built binary)")
struct CTDCFirstLoadSourceTests {
    @Test("no source revision, no update counted, created = updated, the sha256 in the notes, found once by search")
    func oneNewSource() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let file = dir.appendingPathComponent("cases.csv")
            try Data(CaseFiles.synthetic([(20, "2019", "USA")]).utf8).write(to: file)
            let loaded = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", "--released", "2025-01-31", file.path], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stdout.hasSuffix(": 20 read, 20 inserted, 0 updated, 0 unchanged, 0 rejected (batch 1)\n"), "\(loaded.stdout)")

            func value(_ sql: String) throws -> String {
                let result = try Tipdb.run(["sql", sql, "--format", "csv"], in: dir)
                #expect(result.status == 0, "\(sql): \(result.stderr)")
                return result.stdout.split(whereSeparator: \.isNewline).dropFirst().joined(separator: "\n")
            }
            #expect(try value("SELECT count(*) FROM source_revisions") == "0")
            #expect(try value("SELECT rows_updated FROM ingest_batches") == "0")
            #expect(try value("SELECT count(*) FROM sources WHERE created_at = updated_at AND batch_id = 1") == "1")
            let sha256 = try value("SELECT sha256 FROM datasets")
            #expect(sha256.count == 64, "\(sha256)")
            #expect(try value("SELECT instr(notes, 'sha256 ' || (SELECT sha256 FROM datasets)) > 0 FROM sources WHERE key = 'sample-v1'") == "1")
            // The search index holds the source once, as its final notes give it.
            let search = try Tipdb.run(["search", sha256], in: dir)
            #expect(search.status == 0, "\(search.stderr)")
            #expect(search.stdout.components(separatedBy: "sample-v1").count - 1 == 1, "\(search.stdout)")
        }
    }
}
