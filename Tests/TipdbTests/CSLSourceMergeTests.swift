import Foundation
import Testing

/// A colleague's `report sources --format csl-json` loaded into a database that had completed a
/// reference: the item replaced the whole record, wiping its URL, DOI and licence and moving its
/// access date back, reported as "1 updated" (a merging review, session 52).
@Suite("a CSL-JSON item updates the fields it gives and clears none (built binary)")
struct CSLSourceMergeTests {
    static let sources = """
        key,kind,title,authors,publisher,date,accessed
        ilo-2005,report,A global alliance against forced labour,International Labour Office,International Labour Office,2005,2026-11-29

        """

    static let completed = """
        key,title,publisher,url,accessed,license,doi
        ilo-2005,A global alliance against forced labour,International Labour Office,https://www.ilo.org/ga2005.pdf,2026-12-01,CC BY-NC-SA 3.0 IGO,10.9999/ilo.2005

        """

    static func stored(_ db: String, in dir: URL) throws -> String {
        try Tipdb.run(["sql", "--db", db, "--format", "csv", "SELECT key, url, doi, accessed, license FROM sources"], in: dir).stdout
    }

    @Test("Ben's export keeps Ana's URL, DOI, licence and later access date, named in a note at the item's id")
    func colleagueExport() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write(Self.completed, "ana-adds.csv", in: dir)
            for who in ["ana", "ben"] {
                #expect(try Tipdb.run(["init", "--db", "\(who).sqlite"], in: dir).status == 0)
                #expect(try Tipdb.run(["ingest", "--db", "\(who).sqlite", "sources.csv"], in: dir).status == 0)
            }
            #expect(try Tipdb.run(["ingest", "--db", "ana.sqlite", "ana-adds.csv"], in: dir).status == 0)
            let export = try Tipdb.run(["report", "sources", "--db", "ben.sqlite", "--format", "csl-json", "-o", "ben-sources.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let before = try Self.stored("ana.sqlite", in: dir)
            let load = try Tipdb.run(["ingest", "--db", "ana.sqlite", "ben-sources.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stderr.contains("""
                id: source ilo-2005 keeps its url, doi and license, which this item does not give, and its access date 2026-12-01, \
                later than this item's 2026-11-29: a CSL-JSON item updates the fields it gives and clears none; to clear one, or to \
                give an earlier access date, load a sources CSV row with that column
                """), "\(load.stderr)")
            #expect(load.stdout.contains("ben-sources.json: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(load.stdout)")
            #expect(try Self.stored("ana.sqlite", in: dir) == before)
            #expect(before.contains("https://www.ilo.org/ga2005.pdf,10.9999/ilo.2005,2026-12-01,CC BY-NC-SA 3.0 IGO"), "\(before)")
        }
    }

    @Test("an item's own later access date and new fields still update the source")
    func itemUpdates() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "sources.csv"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                [{"id": "ilo-2005", "type": "report", "title": "A global alliance against forced labour",
                  "publisher": "International Labour Office", "issued": {"date-parts": [[2005]]},
                  "accessed": {"date-parts": [[2026, 12, 3]]}, "URL": "https://www.ilo.org/ga.pdf"}]
                """, "item.json", in: dir)
            let load = try Tipdb.run(["ingest", "item.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("item.json: 1 read, 0 inserted, 1 updated"), "\(load.stdout)")
            #expect(load.stderr.contains("id: source ilo-2005 keeps its authors, which this item does not give"), "\(load.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT authors, url, accessed FROM sources"], in: dir).stdout
            #expect(stored.contains("International Labour Office,https://www.ilo.org/ga.pdf,2026-12-03"), "\(stored)")
        }
    }
}
