import Foundation
import Testing

/// README said columns "count characters as an editor does"; the readers counted Unicode scalars,
/// so a position after an emoji fell one column short in VS Code's go-to, which counts UTF-16
/// code units. Columns now count UTF-16 code units in every format.
@Suite("FILE:LINE:COLUMN counts UTF-16 code units: an emoji two, e and a combining accent two (built binary)")
struct IngestColumnTests {
    /// `Cafe\u{301} 🙂`: 8 UTF-16 code units, 7 scalars, 6 characters as Swift counts them.
    static let note = "Cafe\u{301} 🙂"

    @Test("the bad field after the accent and the emoji is named at its UTF-16 column, in CSV, TSV, JSON and NDJSON", arguments: [
        // notes (8 units) + `,` = 9; `forced-labour,` 23; `12.3 million,` 36: the place starts at 37
        // (36 counting scalars, as tipdb did; 35 counting characters).
        ("f.csv", "notes,measure,value,place,period,source\n\(note),forced-labour,12.3 million,Atlantis,2016,s\n", "f.csv:2:37: "),
        ("f.tsv", "notes\tmeasure\tvalue\tplace\tperiod\tsource\n\(note)\tforced-labour\t12.3 million\tAtlantis\t2016\ts\n", "f.tsv:2:37: "),
        // `[{"notes": "` is 12, the note 8, `", "place": ` 12: the value starts at 33.
        ("f.json", "[{\"notes\": \"\(note)\", \"place\": \"Atlantis\", \"measure\": \"forced-labour\", \"value\": 1, \"period\": \"2016\", \"source\": \"s\"}]\n", "f.json:1:33: "),
        ("f.ndjson", "{\"notes\": \"\(note)\", \"place\": \"Atlantis\", \"measure\": \"forced-labour\", \"value\": 1, \"period\": \"2016\", \"source\": \"s\"}\n", "f.ndjson:1:32: "),
    ])
    func afterAccentAndEmoji(name: String, text: String, position: String) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,title,publisher\ns,A source,Someone\n".utf8).write(to: dir.appendingPathComponent("s.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "s.csv"], in: dir).status == 0)
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
            let result = try Tipdb.run(["ingest", "--kind", "figures", name], in: dir)
            #expect(result.status == 1, "\(result.stdout)")
            let line = result.stderr.split(separator: "\n").first { $0.contains("Atlantis") }.map(String.init) ?? ""
            #expect(line.hasPrefix(position + "place: unknown place \"Atlantis\""), "\(result.stderr)")
            // What VS Code's go-to counts: the field starts at that UTF-16 offset of its line.
            let parts = position.split(separator: ":")
            let lineNumber = try #require(Int(parts[1]))
            let column = try #require(Int(parts[2]))
            let lineText = text.split(separator: "\n", omittingEmptySubsequences: false)[lineNumber - 1]
            let before = String(decoding: Array(lineText.utf16.prefix(column - 1)), as: UTF16.self)
            #expect(lineText.dropFirst(before.count).drop { $0 == "\"" }.hasPrefix("Atlantis"), "\(before)")
        }
    }
}
