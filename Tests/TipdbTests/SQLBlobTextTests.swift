import Foundation
import Testing

/// Text that reads as `tipdb sql` shows a blob is quoted in table and Markdown output, as the text
/// NULL is, so a stored word is never taken for bytes; CSV and JSON write a blob in base64.
@Suite("tipdb sql (built binary): text reading <blob N bytes> is quoted; blobs in base64")
struct SQLBlobTextTests {
    static let probe = "SELECT x'616263' AS a, '<blob 3 bytes>' AS b, '<blob x bytes>' AS c"

    @Test("table and Markdown quote the text '<blob 3 bytes>', not the blob, nor text that is no blob's size")
    func quoted() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let table = try Tipdb.run(["sql", Self.probe], in: dir)
            #expect(table.status == 0, "\(table.stderr)")
            #expect(table.stdout == """
                a               b                 c
                --------------  ----------------  --------------
                <blob 3 bytes>  '<blob 3 bytes>'  <blob x bytes>
                (1 row)

                """)
            let markdown = try Tipdb.run(["sql", Self.probe, "--format", "markdown"], in: dir)
            #expect(markdown.stdout.hasSuffix("| \\<blob 3 bytes\\> | '\\<blob 3 bytes\\>' | \\<blob x bytes\\> |\n"), "\(markdown.stdout)")
        }
    }

    @Test("CSV and JSON keep the values exact: the blob in base64, the text as it is")
    func exact() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            #expect(try Tipdb.run(["sql", Self.probe, "--format", "csv"], in: dir).stdout == "a,b,c\r\nYWJj,<blob 3 bytes>,<blob x bytes>\r\n")
            let json = try Tipdb.run(["sql", Self.probe, "--format", "ndjson"], in: dir)
            #expect(json.stdout == "{\"a\":\"YWJj\",\"b\":\"<blob 3 bytes>\",\"c\":\"<blob x bytes>\"}\n", "\(json.stdout)")
        }
    }
}
