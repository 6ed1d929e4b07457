import Foundation
import Testing

/// `report lineage` prints stored text as `tipdb search` does: on one line, control characters
/// shown as escapes; and an unknown key's message shows what the key holds.
///
/// Why: a quote holding an escape sequence recoloured the terminal, a U+202E reordered the line,
/// a line break broke the layout; a key copied from `sql --format csv` kept its `\r`, and the
/// message `unknown figure "k\r"; did you mean "k"?` overwrote itself on a terminal.
@Suite("lineage: stored text on one line with control characters shown; an unknown key's \\r shown (built binary)")
struct LineageVisibleTextTests {
    @Test("a quote with ESC, U+202E and a line break prints as one line with \\u{1B} and \\u{202E}; a key ending in \\r is named as such")
    func controls() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,kind,title,publisher,date\np1,report,Report,Institute,2015\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,source,method,quote\n"
                    + "esc1,forced-labour,100,persons,GHA,2014,p1,estimated,\"red \u{1B}[31mRED\u{1B}[0m end\u{202E}evil\nsecond line\"\n",
                "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")

            let text = try Tipdb.run(["report", "lineage", "esc1"], in: dir)
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.contains(#"red \u{1B}[31mRED\u{1B}[0m end\u{202E}evil second line"#), "\(text.stdout)")
            #expect(!text.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(text.stdout)")
            let md = try Tipdb.run(["report", "lineage", "esc1", "--format", "md"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(!md.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(md.stdout)")

            let unknown = try Tipdb.run(["report", "lineage", "esc1\r"], in: dir)
            #expect(unknown.status == 64)
            #expect(unknown.stderr.hasPrefix(#"tipdb: error: unknown figure "esc1\r"; did you mean "esc1"?"#), "\(unknown.stderr)")
        }
    }
}
