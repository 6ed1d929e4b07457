import Foundation
import Ingest
import Storage
import Testing

/// Tags are written in multi-row chunks for speed; these files are long enough to fill whole
/// chunks of figures and of figure–tag pairs and to leave remainders of both.
@Suite("Ingest: tags of many figures")
struct TagLinkTests {
    /// Row `i`'s tags as written in the file: none to five, one in mixed case. A chunk of 64
    /// figures has about 160 pairs: two full multi-row inserts of pairs and some left over.
    static func tags(_ i: Int) -> [String] {
        [[], ["a"], ["a", "b"], ["b", "c", "SDG-16.2.2"], ["d", "e", "f", "g"], ["a", "c", "e", "g", "h"]][i % 6]
    }

    static func figures(_ count: Int, tags: (Int) -> [String]) -> String {
        var text = "key,measure,value,place,period,source,tags\n"
        for i in 0..<count {
            text += "f-\(i),detected-trafficking-victims,\(i + 1),PHL,2020,ilo-2005,\(tags(i).joined(separator: ";"))\n"
        }
        return text
    }

    static func expectedPairs(_ count: Int, tags: (Int) -> [String]) -> [String] {
        (0..<count).flatMap { i in Set(tags(i).map { $0.lowercased() }).map { "f-\(i) \($0)" } }.sorted()
    }

    func storedPairs(_ h: IngestHarness) throws -> [String] {
        try h.db.rows("SELECT figure || ' ' || tag AS pair FROM figure_tags").compactMap { $0.string("pair") }.sorted()
    }

    @Test("every figure gets exactly its own tags, across full chunks and the rows after them")
    func everyFigureItsTags() throws {
        let h = try IngestHarness()
        let sources = try h.write("sources.csv", IngestHarness.sources)
        // 200 rows: three chunks of 64 figures (about 160 pairs each) and 8 figures one by one.
        let figures = try h.write("figures.csv", Self.figures(200, tags: Self.tags))
        let report = try h.ingest([sources, figures])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.last?.inserted == 200)
        #expect(try storedPairs(h) == Self.expectedPairs(200, tags: Self.tags))
        #expect(try h.db.rows("SELECT name FROM tags ORDER BY name").compactMap { $0.string("name") }
            == ["a", "b", "c", "d", "e", "f", "g", "h", "sdg-16.2.2"])
        #expect(try h.db.figure(key: "f-129")?.tags == ["b", "c", "sdg-16.2.2"])
        #expect(try h.db.figure(key: "f-131")?.tags == ["a", "c", "e", "g", "h"])
        #expect(try h.db.figure(key: "f-192")?.tags == [])
    }

    @Test("re-ingesting with other tags replaces them, and the same tags again change nothing")
    func changedTags() throws {
        let h = try IngestHarness()
        let sources = try h.write("sources.csv", IngestHarness.sources)
        _ = try h.ingest([sources, try h.write("figures.csv", Self.figures(150, tags: Self.tags))])
        // Every third row's tags change; the rest are as before.
        let changed: (Int) -> [String] = { i in i % 3 == 0 ? ["d"] : Self.tags(i) }
        let file = try h.write("figures2.csv", Self.figures(150, tags: changed))
        let report = try h.ingest([file])
        #expect(report.errors.isEmpty, "\(report.errors)")
        // Rows 0, 3, 6, … 147: 50 updates, each with a revision.
        #expect(report.files.first?.updated == 50)
        #expect(report.files.first?.unchanged == 100)
        #expect(try h.count("figure_revisions") == 50)
        #expect(try storedPairs(h) == Self.expectedPairs(150, tags: changed))
        let again = try h.ingest([file])
        #expect(again.files.first?.unchanged == 150)
        #expect(try storedPairs(h) == Self.expectedPairs(150, tags: changed))
    }

    @Test("a chunk that mixes stored and new keys inserts the new ones and leaves the rest unchanged")
    func mixedChunk() throws {
        let h = try IngestHarness()
        let sources = try h.write("sources.csv", IngestHarness.sources)
        _ = try h.ingest([sources, try h.write("first.csv", Self.figures(150, tags: Self.tags))])
        // The third chunk of 64 holds rows 128-191: 22 stored, 42 new.
        let report = try h.ingest([try h.write("second.csv", Self.figures(200, tags: Self.tags))])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.first?.inserted == 50)
        #expect(report.files.first?.unchanged == 150)
        #expect(try h.count("figure_revisions") == 0)
        #expect(try storedPairs(h) == Self.expectedPairs(200, tags: Self.tags))
        let batch = try #require(report.files.first?.batch)
        #expect(try h.db.integer("SELECT count(*) FROM figures WHERE batch_id = ?", [batch]) == 50)
    }
}
