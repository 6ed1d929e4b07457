import Foundation
import Ingest
import Storage
import Testing

/// CSL-JSON items through the real ingest path: where their `x_` members go, which name lists
/// are refused, and when a re-saved item is the same item.
@Suite("Ingest: CSL-JSON items")
struct CSLItemTests {
    @Test("a CSL item's x_ members are kept in extra, as any file's x_ columns are; an item without any keeps the stored ones, a null clears them")
    func extraMembers() throws {
        let h = try IngestHarness()
        let item = #"[{"id": "c9", "type": "report", "title": "T", "publisher": "P", "x_shelf": " A3 ", "x_loc": {"room": 2, "box": [1, 2]}, "note": "n"}]"#
        let first = try h.ingest([try h.write("a.json", item)])
        #expect(first.files.first?.inserted == 1, "\(first.errors)")
        let stored = try #require(try h.db.source(key: "c9"))
        #expect(stored.extra == #"{"x_loc":{"room":2,"box":[1,2]},"x_shelf":"A3"}"#)
        #expect(stored.csl == nil)
        #expect(try h.ingest([try h.write("a.json", item)]).files.first?.unchanged == 1)

        // A CSV file's x_ columns replace them as a group.
        _ = try h.ingest([try h.write("s.csv", "key,title,publisher,x_shelf\nc9,T,P,B4\n")])
        #expect(try h.db.source(key: "c9")?.extra == #"{"x_shelf":"B4"}"#)
        // A reference manager's export never has x_ members: the stored ones stay.
        let plain = #"[{"id": "c9", "type": "report", "title": "T", "publisher": "P", "note": "n"}]"#
        #expect(try h.ingest([try h.write("b.json", plain)]).files.first?.unchanged == 1)
        #expect(try h.db.source(key: "c9")?.extra == #"{"x_shelf":"B4"}"#)
        let cleared = #"[{"id": "c9", "type": "report", "title": "T", "publisher": "P", "note": "n", "x_shelf": null}]"#
        #expect(try h.ingest([try h.write("c.json", cleared)]).files.first?.updated == 1)
        #expect(try h.db.source(key: "c9")?.extra == nil)
    }

    @Test("x_ members an older tipdb kept in csl count as the stored x_ columns: a CSL item moves them to extra, a CSV file's x_ columns replace them")
    func extraMembersKeptInCSLBefore() throws {
        let h = try IngestHarness()
        let item = #"[{"id": "c7", "type": "report", "title": "T", "publisher": "P", "page": "3"}]"#
        _ = try h.ingest([try h.write("a.json", item)])
        try h.db.execute(#"UPDATE sources SET csl = '{"page":"3","x_shelf":"A3"}' WHERE key = 'c7'"#)
        #expect(try h.ingest([try h.write("a.json", item)]).files.first?.updated == 1)
        var stored = try #require(try h.db.source(key: "c7"))
        #expect(stored.csl == #"{"page":"3"}"#)
        #expect(stored.extra == #"{"x_shelf":"A3"}"#)

        try h.db.execute(#"UPDATE sources SET csl = '{"page":"3","x_shelf":"A3"}', extra = NULL WHERE key = 'c7'"#)
        _ = try h.ingest([try h.write("s.csv", "key,title,publisher,x_shelf\nc7,T,P,B4\n")])
        stored = try #require(try h.db.source(key: "c7"))
        #expect(stored.csl == #"{"page":"3"}"#)
        #expect(stored.extra == #"{"x_shelf":"B4"}"#)
    }

    /// A Zotero export's news article without a byline was refused, and with it the whole
    /// library load (review of session 34).
    @Test("an item without author, editor or publisher takes its container-title as publisher; with none of them the message names the CSL fields")
    func containerAsPublisher() throws {
        let h = try IngestHarness()
        let items = #"""
            [{"id":"bbc-2019","type":"article-newspaper","title":"Modern slavery: the hidden victims","container-title":"BBC News","URL":"https://www.bbc.co.uk/news/uk-00000000","issued":{"date-parts":[[2019,3,1]]}},
             {"id":"ilo-2017","type":"report","title":"Global Estimates","publisher":"ILO","container-title":"Series"},
             {"id":"ed-2018","type":"book","title":"Edited","editor":[{"family":"Doe","given":"Jane"}],"container-title":"Series"}]
            """#
        let report = try h.ingest([try h.write("zotero.json", items)])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.first?.inserted == 3)
        let bbc = try #require(try h.db.source(key: "bbc-2019"))
        #expect(bbc.publisher == "BBC News")
        #expect(bbc.authors == nil)
        #expect(bbc.csl?.contains(#""container-title":"BBC News""#) == true)
        #expect(try h.db.source(key: "ilo-2017")?.publisher == "ILO")
        #expect(try h.db.source(key: "ed-2018")?.publisher == nil)
        // The same file again changes nothing.
        #expect(try h.ingest([try h.write("zotero.json", items)]).files.first?.unchanged == 3)

        let none = #"[{"id":"web-1","type":"webpage","title":"A page","URL":"https://example.org/"}]"#
        let refused = try h.ingest([try h.write("web.json", none)])
        #expect(refused.errors.map(\.message) == [
            "a source needs a publisher or authors; expected an author, editor, publisher or container-title in the item (in Zotero: an Author, the Publisher, or the Publication or Website Title)",
        ])
    }

    @Test("a CSL name list tipdb reads (author, editor, contributor) that is not a list of names is refused at each element concerned")
    func malformedNames() throws {
        let h = try IngestHarness()
        let lines = [
            #"[{"id": "d1", "type": "report", "title": "T", "author": [{"family": "Good", "given": "A"}, {"name": "Bad Org"}, {}, "Plain String"], "publisher": "P"},"#,
            #" {"id": "d2", "type": "report", "title": "T", "author": "Smith, J."},"#,
            #" {"id": "d3", "type": "book", "title": "T", "publisher": "P", "editor": [{}]},"#,
            #" {"id": "d4", "type": "report", "title": "T", "publisher": "P", "contributor": [{"literal": "ILO"}, 5]},"#,
            #" {"id": "d5", "type": "report", "title": "T", "publisher": "P", "author": [{"family": 7, "given": "A"}]},"#,
            #" {"id": "d6", "type": "report", "title": "T", "publisher": "P", "author": [{"family": " ", "literal": ""}]},"#,
            #" {"id": "ok1", "type": "report", "title": "T", "author": [{"given": "Plato"}, {"family": "Ng"}, {"family": "Doe", "given": "Jane", "sequence": "first", "affiliation": []}]},"#,
            #" {"id": "ok2", "type": "report", "title": "T", "publisher": "P", "author": [], "editor": null, "translator": "anyone"}]"#,
        ]
        let report = try h.ingest([try h.write("items.json", lines.joined(separator: "\n"))], IngestOptions(onError: .skip))
        let expected = #"expected a list of names, each {"family": ..., "given": ...} or {"literal": ...}"#
        #expect(report.errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "1:92: author: name 2 of 4 has no family, given or literal name, only \"name\"; \(expected)",
            "1:113: author: name 3 of 4 is empty; \(expected)",
            "1:117: author: name 4 of 4 is a string; \(expected)",
            "2:57: author: \(expected); found a string",
            "3:74: editor: name 1 of 1 is empty; \(expected)",
            "4:101: contributor: name 2 of 2 is a number; \(expected)",
            "5:87: author: name 1 of 1: family is a number; expected text",
            "6:76: author: name 1 of 1 has no family, given or literal name, only blank ones; \(expected)",
        ])
        #expect(try h.db.rows("SELECT key, authors FROM sources ORDER BY key").map { "\($0.string("key") ?? ""): \($0.string("authors") ?? "-")" } == [
            "ok1: Plato; Ng; Doe, Jane",
            "ok2: -",
        ])
    }

    @Test("every problem of one CSL item is listed, each at its member, with no second error for a member refused")
    func everyProblemOfAnItem() throws {
        let h = try IngestHarness()
        let item = """
            [{"id": "bad item", "type": "reprot", "title": ["T"], "URL": "ftp://x",
              "author": [{"name": "X"}, {"family": "Ng"}, 7],
              "issued": {"date-parts": [[2016], [2015]]}, "page": {"a": 1, "a": 2}, "Title": "again"}]
            """
        let report = try h.ingest([try h.write("items.json", item)])
        let expected = #"expected a list of names, each {"family": ..., "given": ...} or {"literal": ...}"#
        #expect(report.errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "1:9: id: \"bad item\" is not a usable key; expected letters, digits and - _ . : / only (no spaces), starting with a letter or digit, such as ilo-2005-global-alliance",
            "1:29: type: unknown CSL type \"reprot\"; did you mean \"report\"? Expected a CSL type, such as report, article-journal, book, chapter, webpage or dataset",
            "1:62: url: \"ftp://x\" starts with ftp://, which is no web address; expected a URL starting with https:// or http://, such as https://www.ilo.org/global/publications",
            "2:14: author: name 1 of 3 has no family, given or literal name, only \"name\"; \(expected)",
            "2:47: author: name 3 of 3 is a number; \(expected)",
            "3:13: issued: the range ends (2015) before it starts (2016); expected the end on or after the start",
            "3:64: page: duplicate member \"a\", already on line 3, column 56 of this object; expected each name once",
            "3:73: duplicate member \"Title\", already on line 1, column 39 of this object; expected each name once",
        ])
        #expect(try h.count("sources") == 0)
    }

    @Test("a NUL character in a CSL name, date or kept field is refused at its string, as in every text field")
    func nulCharacters() throws {
        let h = try IngestHarness()
        let path = try h.write("nul.json", #"""
            [{"id": "a", "type": "book", "title": "T", "author": [{"family": "Ok"}, {"family": "A\u0000B"}]},
             {"id": "b", "type": "book", "title": "T", "publisher": "P", "container-title": "C\u0000T"},
             {"id": "c", "type": "book", "title": "T", "publisher": "P", "issued": {"raw": "2016\u0000"}}]
            """#)
        #expect(try h.ingest([path], IngestOptions(onError: .skip)).errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "1:84: author: the text contains a NUL character (\\u0000); expected text without NUL",
            "2:81: container-title: the text contains a NUL character (\\u0000); expected text without NUL",
            "3:80: issued: the text contains a NUL character (\\u0000); expected text without NUL",
        ])
        #expect(try h.count("sources") == 0)
    }

    @Test("the members of a CSL name or date object, or of any object kept in csl, in another order are the same item")
    func memberOrder() throws {
        let h = try IngestHarness()
        let ordered = #"[{"id": "o1", "type": "report", "title": "T", "publisher": "P", "author": [{"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}], "issued": {"date-parts": [[2016]], "season": 2}, "custom": {"b": [{"y": 1, "x": 2}], "a": null}}]"#
        let reordered = #"[{"id": "o1", "type": "report", "title": "T", "publisher": "P", "author": [{"non-dropping-particle": "van", "given": "Ludwig", "family": "Beethoven"}], "issued": {"season": 2, "date-parts": [[2016]]}, "custom": {"a": null, "b": [{"x": 2, "y": 1}]}}]"#
        #expect(try h.ingest([try h.write("o5.json", ordered)]).files.first?.inserted == 1)
        let again = try h.ingest([try h.write("o6.json", reordered)])
        #expect(again.files.first?.unchanged == 1, "\(again.errors)")
        #expect(try h.db.integer("SELECT count(*) FROM source_revisions") == 0)
        // Kept with members sorted at every depth, arrays in their order.
        #expect(try h.db.source(key: "o1")?.csl == #"{"author":[{"family":"Beethoven","given":"Ludwig","non-dropping-particle":"van"}],"custom":{"a":null,"b":[{"x":2,"y":1}]},"issued":{"date-parts":[[2016]],"season":2}}"#)
        // An array in another order is another item.
        let swapped = reordered.replacingOccurrences(of: #"[[2016]]"#, with: #"[[2016], [2017]]"#)
        #expect(try h.ingest([try h.write("o7.json", swapped)]).files.first?.updated == 1)
    }

    @Test("csl and extra an older tipdb stored with members in another order compare as the same record, and are not rewritten")
    func storedMemberOrder() throws {
        let h = try IngestHarness()
        let item = #"[{"id": "o1", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2016]], "season": 2}, "x_b": 1, "x_a": {"q": 1, "p": 2}}]"#
        _ = try h.ingest([try h.write("o.json", item)])
        let older = #"{"issued":{"season":2,"date-parts":[[2016]]}}"#
        let olderExtra = #"{"x_b":1,"x_a":{"q":1,"p":2}}"#
        try h.db.execute("UPDATE sources SET csl = ?, extra = ? WHERE key = 'o1'", [older, olderExtra])
        #expect(try h.ingest([try h.write("o.json", item)]).files.first?.unchanged == 1)
        #expect(try h.db.source(key: "o1")?.csl == older)
        #expect(try h.db.source(key: "o1")?.extra == olderExtra)
    }
}
