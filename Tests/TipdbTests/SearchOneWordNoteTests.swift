import Foundation
import Testing

/// A search of one word that found nothing (`slaves`, `traficking`, `NRM`, `England`) printed a
/// bare "(0 results)", though `search --help` and README promise a note naming the unmatched words;
/// and the advice for several words dropped the measure asked about, leading to another concept's
/// figures (parliamentary review of session 51).
@Suite("tipdb search: one word that finds nothing gets a note, with a spelling the database holds (built binary)")
struct SearchOneWordNoteTests {
    @Test("slaves, traficking, NRM and England: the note names the word, and offers what the database holds")
    func oneWord() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let expected: [(String, String)] = [
                ("slaves", "note: no source, study or figure has the word \"slaves\"; did you mean \"slavery\"? tipdb search slavery\n"),
                ("traficking", "note: no source, study or figure has the word \"traficking\"; did you mean \"trafficking\"? tipdb search trafficking\n"),
                ("NRM", "note: no source, study or figure has the word \"NRM\"\n"),
                ("England", "note: no source, study or figure has the word \"England\"; England is listed under the United Kingdom (GBR) in ISO 3166-2, "
                    + "and tipdb has no places smaller than a country: a figure of England is filed under GBR with breakdown "
                    + "subdivision: England, and none matches; tipdb search United Kingdom lists the country's figures\n"),
            ]
            for (word, note) in expected {
                let found = try Tipdb.run(["search", word], in: dir)
                #expect(found.status == 0 && found.stdout == "(0 results)\n", "\(word): \(found.stdout)")
                #expect(found.stderr == note, "\(word): \(found.stderr)")
            }
            // The word offered finds something.
            let offered = try Tipdb.run(["search", "slavery"], in: dir)
            #expect(offered.stdout != "(0 results)\n", "\(offered.stdout)")
            let json = try Tipdb.run(["search", "--json", "slaves"], in: dir)
            let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(document["notes"] as? [String] == ["no source, study or figure has the word \"slaves\"; did you mean \"slavery\"? tipdb search slavery"],
                    "\(json.stdout)")
        }
    }

    @Test("a misspelt word among others: the note offers the query with the database's spelling")
    func misspeltAmongOthers() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try Tipdb.run(["search", "traficking", "victims"], in: dir)
            #expect(found.stdout == "(0 results)\n", "\(found.stdout)")
            #expect(found.stderr == "note: no source, study or figure has the word \"traficking\"; did you mean \"trafficking\"? tipdb search trafficking victims\n",
                    "\(found.stderr)")
        }
    }

    @Test("modern slavery with a word that narrows it to nothing: the advice keeps modern slavery")
    func keepsTheMeasure() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try Tipdb.run(["search", "modern", "slavery", "detected"], in: dir)
            #expect(found.stdout == "(0 results)\n", "\(found.stdout)")
            #expect(found.stderr.hasSuffix("fewer words find some: tipdb search modern slavery\n"), "\(found.stderr)")
        }
    }
}
