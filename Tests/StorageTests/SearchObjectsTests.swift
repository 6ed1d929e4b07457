import Storage
import Testing

/// `SchemaRepair.searchObjects`, the names ingest and search look up before they run, held to
/// tipdb's schema as its migrations make it: a name the schema lacks would refuse every ingest,
/// and an object of a search index left off the list would let its loss go unnoticed.
@Suite("SchemaRepair.searchObjects: the search objects ingest and search check are tipdb's")
struct SearchObjectsTests {
    @Test("every listed object is in the reference schema, and every table and trigger of a search index is listed")
    func matchesReference() throws {
        let reference = try Migrator.reference()
        defer { reference.close() }
        let objects = Set(try reference.rows("SELECT type || ' ' || name AS object FROM sqlite_schema").compactMap { $0.string("object") })
        #expect(SchemaRepair.searchObjects.filter { !objects.contains($0) } == [])
        let searchParts = objects.filter { $0.contains("_fts") }
        #expect(searchParts.filter { !SchemaRepair.searchObjects.contains($0) }.sorted() == [])
        #expect(try SchemaRepair.searchObjectMissing(in: reference) == false)
        try reference.execute("DROP TRIGGER studies_fts_update")
        #expect(try SchemaRepair.searchObjectMissing(in: reference) == true)
    }
}
