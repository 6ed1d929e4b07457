import Foundation
import Ingest
import Storage
import Testing

/// CSL-JSON items through the real ingest path: when a re-saved item is the same item.
@Suite("Ingest: CSL-JSON items")
struct CSLItemTests {
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

    @Test("csl an older tipdb stored with members in another order compares as the same record, and is not rewritten")
    func storedMemberOrder() throws {
        let h = try IngestHarness()
        let item = #"[{"id": "o1", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2016]], "season": 2}}]"#
        _ = try h.ingest([try h.write("o.json", item)])
        let older = #"{"issued":{"season":2,"date-parts":[[2016]]}}"#
        try h.db.execute("UPDATE sources SET csl = ? WHERE key = 'o1'", [older])
        #expect(try h.ingest([try h.write("o.json", item)]).files.first?.unchanged == 1)
        #expect(try h.db.source(key: "o1")?.csl == older)
    }
}
