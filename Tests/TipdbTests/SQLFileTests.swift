import Foundation
import Testing

/// `tipdb sql -f FILE` with a file it cannot read, with the built binary: input rejected (exit 1)
/// saying what is wrong with the file, as `tipdb ingest` says of a data file, not a usage error.
@Suite("tipdb sql -f with a missing file or a directory: exit 1 (built binary)")
struct SQLFileTests {
    @Test("a missing file: exit 1, \"no such file\", in JSON too; the file is checked before the database", arguments: [
        (["sql", "-f", "missing.sql"], false),
        (["sql", "--format", "json", "-f", "missing.sql"], true),
    ])
    func missingFile(arguments: [String], json: Bool) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == "tipdb: error: missing.sql: no such file; check the path\n")
            #expect(result.stdout == (json ? "{\"error\": \"missing.sql: no such file; check the path\", \"exitCode\": 1}\n" : ""))
        }
    }

    @Test("a directory: exit 1, saying a file of SQL was expected")
    func directory() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("queries"), withIntermediateDirectories: false)
            let result = try Tipdb.run(["sql", "-f", "queries"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == "tipdb: error: queries: is a directory; expected a file of SQL\n")
            #expect(result.stdout.isEmpty)
        }
    }
}
