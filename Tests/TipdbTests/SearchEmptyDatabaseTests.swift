import Foundation
import Testing

/// `tipdb search` on a database that holds nothing yet says so, and what loads it.
///
/// Why: on a database `tipdb init` had just made, `tipdb search forced labour` printed a bare
/// "(0 results)" and `tipdb search nigeria` a note that no figure is for Nigeria, which a newcomer
/// read as tipdb knowing of no such figure (newcomer review, session 50).
@Suite("search on an empty database says it is empty (built binary)")
struct SearchEmptyDatabaseTests {
    static let note = "note: the database holds no sources, studies or figures yet, so no search finds anything; "
        + "load them with tipdb ingest, as in tipdb ingest sources.json studies.csv figures.csv\n"

    @Test("text: (0 results), exit 0, and the note alone, whatever the query", arguments: [["forced", "labour"], ["nigeria"], ["trafficking", "victims", "2021"]])
    func text(_ words: [String]) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let result = try Tipdb.run(["search"] + words, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "(0 results)\n")
            #expect(result.stderr == Self.note, "\(result.stderr)")
        }
    }

    @Test("--json: the note in notes, no results, exit 0")
    func json() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let result = try Tipdb.run(["search", "--json", "forced", "labour"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(object["notes"] as? [String] == [String(Self.note.dropFirst("note: ".count).dropLast())], "\(result.stdout)")
            #expect((object["results"] as? [Any])?.isEmpty == true, "\(result.stdout)")
        }
    }

    @Test("a database with sources loaded keeps the notes about the query's words")
    func notEmpty() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["search", "zanzibar"], in: dir)
            #expect(result.status == 0 && result.stdout == "(0 results)\n", "\(result.stderr)")
            #expect(!result.stderr.contains("holds no sources"), "\(result.stderr)")
        }
    }
}
