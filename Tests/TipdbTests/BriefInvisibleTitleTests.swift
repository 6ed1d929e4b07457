import Foundation
import Testing

/// `report brief --title` of zero-width or other invisible characters only printed a heading that
/// looks empty (second review T1); a blank one was already refused.
@Suite("report brief --title needs a visible character (built binary)")
struct BriefInvisibleTitleTests {
    @Test("a title of invisible characters only is a usage error naming them; nothing is written",
          arguments: [
            ("\u{200B}", "U+200B"), ("\u{2060}\u{FEFF}", "U+2060, U+FEFF"), (" \u{200B} \u{200B}\t", "U+200B"),
            ("\u{00AD}\u{3164}", "U+00AD, U+3164"), ("\u{2800}", "U+2800"), ("\u{0301}", "U+0301"),
          ])
    func invisibleTitle(_ title: String, _ codes: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            for format in ["md", "html"] {
                let result = try Tipdb.run(["report", "brief", "--format", format, "-o", "brief.out", "--title", title], in: dir)
                #expect(result.status == 64)
                #expect(result.stdout.isEmpty)
                #expect(result.stderr.hasPrefix("tipdb: error: --title has no visible character (only \(codes)); expected the brief's title as text, such as --title \"Forced labour in Asia\", or no --title for one made from the scope\nUsage: tipdb report brief "), "\(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("brief.out").path))
            }
        }
    }

    @Test("a title with a visible character among invisible ones is used as given", arguments: ["\u{200B}A", "é\u{200B}", "人身"])
    func visibleTitle(_ title: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--title", title, "--date", "2026-11-30"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("# \(title)\n"), "\(result.stdout.prefix(80))")
        }
    }
}
