import Foundation
import Testing

/// `report brief --title ''` printed a bare `# ` heading and an empty HTML <title>.
@Suite("report brief --title must not be empty (built binary)")
struct BriefTitleOptionTests {
    @Test("an empty or blank --title is a usage error saying what is expected; nothing is written",
          arguments: ["", "   ", "\n", "--title= \t"])
    func emptyTitle(_ title: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let option = title.hasPrefix("--title=") ? [title] : ["--title", title]
            for format in ["md", "html"] {
                let result = try Tipdb.run(["report", "brief", "--format", format, "-o", "brief.out"] + option, in: dir)
                #expect(result.status == 64)
                #expect(result.stdout.isEmpty)
                #expect(result.stderr.hasPrefix("tipdb: error: --title is empty; expected the brief's title as text, such as --title \"Forced labour in Asia\", or no --title for one made from the scope\nUsage: tipdb report brief "), "\(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("brief.out").path))
            }
        }
    }

    @Test("a title is used as given")
    func titleGiven() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--title", " Forced labour ", "--date", "2026-11-30"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("# "), "\(result.stdout.prefix(80))")
            #expect(result.stdout.contains("Forced labour"))
        }
    }
}
