import Foundation
import Testing

/// A file that cannot be used at all (of no kind tipdb can tell, missing) still gets its summary
/// line: every file named on the command line is accounted for.
@Suite("CLI: every file named gets its summary line, a file that could not be used too")
struct UnusableFileSummaryTests {
    private func write(_ bytes: [UInt8], to name: String, in dir: URL) throws {
        try Data(bytes).write(to: dir.appendingPathComponent(name))
    }

    private func stored(in dir: URL) throws -> String {
        try Tipdb.run(["sql", "SELECT (SELECT count(*) FROM figures) AS f, (SELECT count(*) FROM ingest_batches) AS b", "--format", "csv"], in: dir).stdout
    }

    @Test("a JSON syntax error, an NDJSON encoding error on line 1, an unreadable CSV header and a missing file: each its error and its line, after the files loaded")
    func unusableFiles() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(Array("key,kind,title,publisher,date\ns,report,Title,Pub,2020\n".utf8), to: "s.csv", in: dir)
            try write(Array("[{\"a\": 1,}".utf8), to: "bad.json", in: dir)
            try write([0xFF] + Array("{\"a\":1}\n".utf8), to: "bad.ndjson", in: dir)
            try write(Array("key,meas".utf8) + [0xFF] + Array("ure\nk,1\n".utf8), to: "bad.csv", in: dir)
            let before = try stored(in: dir)
            let files = ["bad.json", "s.csv", "bad.ndjson", "bad.csv", "missing.csv"]
            let result = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
            #expect(result.status == 1)
            #expect(result.stdout == """
                s.csv: 1 read, 0 rejected; nothing written (the command was rejected)
                bad.json: 0 read, rejected (reading stopped at line 1, before its kind could be told: see its error); nothing written (the command was rejected)
                bad.ndjson: 0 read, rejected (reading stopped at line 1, before its kind could be told: see its error); nothing written (the command was rejected)
                bad.csv: 0 read, rejected (header unreadable: see its error); nothing written (the command was rejected)
                missing.csv: 0 read, rejected (no such file: see its error); nothing written (the command was rejected)

                """, "\(result.stdout)")
            #expect(result.stderr.hasPrefix("""
                bad.json:1:9: a comma before '}' (a trailing comma), which JSON does not allow; expected a member after the comma, or delete it
                bad.ndjson:1:1: invalid UTF-8 byte 0xFF at byte offset 0
                """), "\(result.stderr)")
            #expect(result.stderr.contains("\nbad.csv:1:"), "\(result.stderr)")
            #expect(result.stderr.contains("\nmissing.csv: no such file; check the path\n"), "\(result.stderr)")
            #expect(try stored(in: dir) == before)

            let dry = try Tipdb.run(["ingest", "--dry-run", "bad.json"], in: dir)
            #expect(dry.status == 1)
            #expect(dry.stdout == "bad.json: 0 read, rejected (reading stopped at line 1, before its kind could be told: see its error); nothing written (dry run: the command would be rejected)\n", "\(dry.stdout)")

            // In --json the file has the members of any file, and `unusable` saying why.
            let json = try Tipdb.run(["ingest", "--json", "--on-error", "skip", "s.csv", "bad.json"], in: dir)
            #expect(json.status == 1)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let listed = try #require(object["files"] as? [[String: Any]])
            #expect(listed.map { $0["file"] as? String } == ["s.csv", "bad.json"])
            let bad = listed[1]
            #expect(Set(bad.keys) == [
                "file", "format", "kind", "inferred", "read", "inserted", "updated", "unchanged", "rejected", "retracted",
                "derivedKeys", "derivedKeyExamples", "keylessRejected", "notes", "rowNotes", "writes", "warnings", "unusable",
            ])
            #expect(bad["unusable"] as? String == "reading stopped at line 1, before its kind could be told")
            #expect(bad["format"] as? String == "json" && bad["kind"] as? String == "unknown")
            #expect(bad["read"] as? Int == 0 && bad["rejected"] as? Int == 0)
            #expect(listed[0]["unusable"] == nil)
            #expect(object["committed"] as? Bool == false && object["stoppedAtFile"] as? Bool == true)
            #expect(try stored(in: dir) == before)
        }
    }
}
