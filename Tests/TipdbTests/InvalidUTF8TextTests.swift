import Foundation
import Storage
import Testing

/// Text another program stored with bytes that are not UTF-8: `tipdb sql` says so on standard
/// error, naming the column and how many values, and `tipdb check` names the row (text-not-utf8).
///
/// Review of session 48 (dataframes, defect 4): every output wrote U+FFFD in their place with exit
/// 0 and no word, and check reported nothing.
@Suite("Stored text that is not UTF-8: a note from tipdb sql, a finding of tipdb check (built binary)")
struct InvalidUTF8TextTests {
    /// The Fixtures and the review's figures, `aw-big`'s notes set to `A`, 0xFF, `B`, 0xC3, `(` by SQL.
    static func database(in dir: URL) throws {
        try FigureJSONAgreementTests.database(in: dir)
        let db = try DatabaseFile.open(dir.appendingPathComponent("tipdb.sqlite").path, for: .write)
        defer { db.close() }
        try db.execute("UPDATE figures SET notes = CAST(x'41ff42c328' AS TEXT) WHERE key = 'aw-big'")
    }

    @Test("sql in every machine format: the value with U+FFFD, exit 0, and a note naming the column and the count", arguments: ["json", "ndjson", "csv", "tsv"])
    func sqlNote(format: String) throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let result = try Tipdb.run(["sql", "--format", format, "SELECT key, notes, quote FROM figures WHERE key IN ('aw-big', 'aw-small') ORDER BY key"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("A\u{FFFD}B\u{FFFD}("), "\(result.stdout)")
            #expect(result.stderr.contains(
                "note: column notes: 1 value is text that is not valid UTF-8 (written by another program), written here with U+FFFD (\u{FFFD}) "
                    + "for each invalid byte sequence; SELECT hex(notes) shows the bytes stored, and tipdb check names the rows (text-not-utf8)\n"),
                "\(result.stderr)")
            // Only the column that held one is named.
            #expect(!result.stderr.contains("column quote") && !result.stderr.contains("column key"), "\(result.stderr)")
            if format == "json" {
                let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
                #expect(rows.first?["notes"] as? String == "A\u{FFFD}B\u{FFFD}(", "\(rows)")
            }
        }
    }

    @Test("sql over valid text says nothing")
    func validTextNoNote() throws {
        try withTemporaryDirectory { dir in
            try FigureJSONAgreementTests.database(in: dir)
            let result = try Tipdb.run(["sql", "--format", "csv", "SELECT key, title FROM sources"], in: dir)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        }
    }

    @Test("check: an error naming the table, the row by key, the column and the first bad byte; rowKeys the figure")
    func checkFinding() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let (findings, text) = try CheckRowKeysTests.findings(in: dir)
            let finding = try #require(findings["text-not-utf8"], "\(text)")
            #expect(finding["severity"] as? String == "error")
            let rows = CheckRowKeysTests.rows(finding)
            let figure = try #require(rows.first { $0.text.hasPrefix("figures ") }, "\(rows)")
            #expect(figure.text == "figures aw-big, notes: byte 0xFF at byte offset 1 is not UTF-8", "\(rows)")
            #expect(figure.kind == "figure" && figure.keys == ["aw-big"], "\(rows)")
            // No other figure, and no copy in a search index's own tables.
            #expect(rows.filter { $0.kind == "figure" }.count == 1 && !rows.contains { $0.text.contains("_fts") }, "\(rows)")
            let plain = try Tipdb.run(["check"], in: dir)
            #expect(plain.status == 1, "\(plain.stdout)")
            #expect(plain.stdout.contains("error: text-not-utf8: stored text that is not valid UTF-8"), "\(plain.stdout)")
            #expect(plain.stdout.contains("  figures aw-big, notes: byte 0xFF at byte offset 1 is not UTF-8\n"), "\(plain.stdout)")
        }
    }
}
