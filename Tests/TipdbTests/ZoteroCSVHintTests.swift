import Foundation
import Testing

/// Zotero's CSV export (`"Key","Item Type","Publication Year","Author","Title",...`) is not a
/// sources file: it was refused with one "unknown column" error per column it has and tipdb does
/// not, "did you mean authors?" for `Author` among them, as if renaming columns would load it.
/// It is one error at the header saying to export the items as CSL JSON, which loads them.
@Suite("ingest: Zotero's CSV export is one error saying to export CSL JSON (built binary)")
struct ZoteroCSVHintTests {
    @Test("one error at 1:1, nothing loaded; the same item as CSL JSON loads")
    func zoteroCSV() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                "Key","Item Type","Publication Year","Author","Title","Publication Title","ISBN","ISSN","DOI","Url"
                "ABCD1234","report","2022","International Labour Organization","Global Estimates of Modern Slavery","","","","","https://www.ilo.org/x"

                """, "zotero.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "zotero.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("zotero.csv:") }
            #expect(errors == [
                "zotero.csv:1:1: the header is Zotero's CSV export (its columns \"Item Type\" and \"Publication Year\"), which tipdb does not read; "
                    + "export the items as CSL JSON instead (in Zotero: File > Export Library..., or Export Collection... on a collection, "
                    + "format \"CSL JSON\") and load that file, which keeps their authors, dates and every other field",
            ], "\(refused.stderr)")
            #expect(refused.stdout.contains("zotero.csv: 0 read"), "\(refused.stdout)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM sources"], in: dir).stdout.hasPrefix("n\n-\n0\n"))

            try IngestPartWarningTests.write("""
                [{"id": "ABCD1234", "type": "report", "title": "Global Estimates of Modern Slavery",
                  "author": [{"literal": "International Labour Organization"}], "issued": {"date-parts": [[2022]]}, "URL": "https://www.ilo.org/x"}]
                """, "zotero.json", in: dir)
            let loaded = try Tipdb.run(["ingest", "zotero.json"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stdout.contains("zotero.json: 1 read, 1 inserted"), "\(loaded.stdout)")
        }
    }
}
