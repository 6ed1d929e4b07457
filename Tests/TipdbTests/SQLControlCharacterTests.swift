import Foundation
import Testing

/// `tipdb sql`'s table and Markdown printed a stored value's escape sequence, bidirectional
/// control and tab as they are: the terminal was recoloured, the line reordered and the columns
/// misaligned, where `tipdb search` shows the same text escaped (review of session 29).
@Suite("tipdb sql (built binary): table and Markdown show control characters escaped; CSV, TSV and JSON keep them")
struct SQLControlCharacterTests {
    /// A figure whose notes hold a line break, a tab, an escape sequence and U+202E.
    private func makeDatabase(in dir: URL) throws {
        try Data(#"[{"id": "ctl-source", "type": "report", "title": "Control source", "publisher": "Probe"}]"#.utf8)
            .write(to: dir.appendingPathComponent("sources.json"))
        try Data(#"""
            [{"key": "ctl-1", "measure": "forced-labour", "value": 5, "unit": "persons", "place": "WLD", "period": "2020",
              "source": "ctl-source", "notes": "one\ntwo\tthree \u001b[31mred\u001b[0m \u202eevil"}]
            """#.utf8).write(to: dir.appendingPathComponent("figures.json"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--quiet", "sources.json", "figures.json"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private let query = "select key, notes from figures where key = 'ctl-1'"

    @Test("the table shows a line break as ↵ and a tab, an escape sequence and U+202E as \\t and \\u{...}")
    func table() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let result = try Tipdb.run(["sql", query], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == #"""
                key    notes
                -----  --------------------------------------------------
                ctl-1  one↵two\tthree \u{1B}[31mred\u{1B}[0m \u{202E}evil
                (1 row)

                """#)
            // A column name is shown the same way.
            let named = try Tipdb.run(["sql", "select 1 as \"a\u{1B}[2Jb\""], in: dir)
            #expect(named.stdout == "a\\u{1B}[2Jb\n-----------\n          1\n(1 row)\n", "\(named.stdout)")
        }
    }

    /// Escaped for Markdown too (`\\t`, `\[`), so that a renderer shows the same `\t` and `[` as the table.
    @Test("Markdown shows them the same way")
    func markdown() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let result = try Tipdb.run(["sql", query, "--format", "md"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == #"""
                | key | notes |
                | --- | --- |
                | ctl-1 | one↵two\\tthree \\u{1B}\[31mred\\u{1B}\[0m \\u{202E}evil |

                """#)
        }
    }

    @Test("CSV, TSV and JSON keep the value exact")
    func exactFormats() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let notes = "one\ntwo\tthree \u{1B}[31mred\u{1B}[0m \u{202E}evil"
            let csv = try Tipdb.run(["sql", query, "--format", "csv"], in: dir)
            #expect(csv.stdout == "key,notes\r\nctl-1,\"\(notes)\"\r\n")
            let tsv = try Tipdb.run(["sql", query, "--format", "tsv"], in: dir)
            #expect(tsv.stdout == "key\tnotes\r\nctl-1\t\"\(notes)\"\r\n")
            // JSON escapes what it must (the line break, the tab, ESC) and writes U+202E as it is.
            let json = try Tipdb.run(["sql", query, "--format", "json"], in: dir)
            #expect(json.stdout == "[\n  {\"key\": \"ctl-1\", \"notes\": \"one\\ntwo\\tthree \\u001b[31mred\\u001b[0m \u{202E}evil\"}\n]\n")
        }
    }
}
