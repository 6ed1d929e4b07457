import Foundation
import Testing

/// Datasette finds a table's search index only by `content="table"` in the index's SQL, which
/// tipdb's indexes do not have: the metadata names them (`fts_table`, `fts_pk`), or `?_search=`
/// returns every row. These tests read the exported JSON and run the SQL Datasette 0.65 builds
/// from it (`fts_pk in (select rowid from fts_table where fts_table match :search)`), without
/// Datasette itself.
@Suite("export datasette-metadata: search indexes (built binary)")
struct DatasetteSearchMetadataTests {
    private static func tables(in dir: URL) throws -> [String: [String: Any]] {
        let result = try Tipdb.run(["export", "datasette-metadata", "-o", "metadata.json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: dir.appendingPathComponent("metadata.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let databases = try #require(root["databases"] as? [String: Any])
        return try #require((databases["tipdb"] as? [String: Any])?["tables"] as? [String: [String: Any]])
    }

    @Test("sources, studies, figures and figures_searchable name their index and its key; no other table does")
    func ftsTables() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let tables = try Self.tables(in: dir)
            let expected = ["sources": "sources_fts", "studies": "studies_fts", "figures": "figures_fts", "figures_searchable": "figures_fts"]
            for (table, index) in expected {
                #expect(tables[table]?["fts_table"] as? String == index, "\(table)")
                #expect(tables[table]?["fts_pk"] as? String == "id", "\(table)")
            }
            let others = tables.filter { $0.value["fts_table"] != nil || $0.value["fts_pk"] != nil }.map(\.key)
            #expect(Set(others) == Set(expected.keys))
            // The rest of each table's metadata is still there.
            #expect((tables["sources"]?["description"] as? String)?.contains("Sources are per row") == true)
        }
    }

    @Test("the search Datasette runs from the metadata finds what tipdb search finds, for each kind")
    func sameResultsAsTipdbSearch() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let tables = try Self.tables(in: dir)
            // For figures a word of no measure's name: tipdb search also finds the figures of a
            // measure or place a query names (`victims`), which no text index holds.
            for (table, kind, word) in [("sources", "sources", "forced"), ("studies", "studies", "labour"), ("figures", "figures", "minimum")] {
                let index = try #require(tables[table]?["fts_table"] as? String)
                let key = try #require(tables[table]?["fts_pk"] as? String)
                // What Datasette 0.65.5 runs for ?_search=WORD (datasette/filters.py).
                let query = "SELECT key FROM \(table) WHERE \(key) IN (SELECT rowid FROM \(index) WHERE \(index) MATCH :search) ORDER BY key"
                let datasette = try Tipdb.run(["sql", query, "--param", "search=\(word)", "--format", "csv"], in: dir)
                #expect(datasette.status == 0, "\(datasette.stderr)")
                let found = datasette.stdout.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").dropFirst().map(String.init)
                let search = try Tipdb.run(["search", word, "--kind", kind, "--limit", "1000"], in: dir)
                #expect(search.status == 0, "\(search.stderr)")
                // Result lines are `KIND  KEY  TITLE`; excerpts are indented, and a count may follow.
                let noun = ["sources": "source", "studies": "study", "figures": "figure"][kind] ?? kind
                let keys = search.stdout.split(separator: "\n").filter { $0.hasPrefix(noun + "  ") }
                    .compactMap { line in line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.map(String.init) }
                #expect(!found.isEmpty, "\(table): nothing matches \(word) in the Fixtures")
                #expect(found == keys.sorted(), "\(table): \(found) against \(search.stdout)")
                // A search box is no filter that lets every row through.
                let all = try Tipdb.run(["sql", "SELECT count(*) FROM \(table)", "--format", "csv"], in: dir)
                #expect(all.stdout.replacingOccurrences(of: "\r\n", with: "\n") != "count(*)\n\(found.count)\n", "\(table): every row matches \(word)")
            }
        }
    }

    /// The help promised that `?_search=` finds "what tipdb search finds"; tipdb search also finds
    /// figures by their place's and measure's names, which figures_fts does not hold (review of
    /// session 38). It now says what README says.
    @Test("tipdb help export datasette-metadata says what Datasette's search finds: figures by their quote and notes only")
    func helpSaysWhatSearchFinds() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["help", "export", "datasette-metadata"], in: dir)
            #expect(help.status == 0, "\(help.stderr)")
            let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains(
                "so that Datasette's search box and ?_search= search the text tipdb search indexes (figures by their quote and "
                    + "notes; tipdb search also finds figures by the names of their place and measure, which Datasette's search "
                    + "does not): Datasette does not detect"), "\(help.stdout)")
            #expect(!text.contains("find what tipdb search finds"), "\(help.stdout)")
        }
    }
}
