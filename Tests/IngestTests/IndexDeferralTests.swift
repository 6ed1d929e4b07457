import Foundation
import Ingest
import Storage
import Testing

/// A large load of figures drops the non-unique indexes of `figures` and `figure_tags` and builds
/// them again at the end (see `Database.deferringFigureIndexes`); these tests prove it happens
/// only when the load outnumbers the table, and that the schema, the index contents and the
/// planner's statistics end up exactly as before.
@Suite("Ingest: the figure indexes are rebuilt after a bulk load, exactly as they were")
struct IndexDeferralTests {
    static let now = "2026-01-01T00:00:00Z"

    /// Every schema entry, as text, in a stable order.
    private func schema(_ db: Database) throws -> [String] {
        try db.rows("SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || coalesce(sql, '') AS entry FROM sqlite_schema ORDER BY type, name")
            .compactMap { $0.string("entry") }
    }

    private func indexNames(_ db: Database) throws -> Set<String> {
        Set(try db.rows("SELECT name FROM sqlite_schema WHERE type = 'index'").compactMap { $0.string("name") })
    }

    private func expectIntact(_ db: Database) throws {
        #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
        #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
    }

    private func figure(_ i: Int, prefix: String = "f") -> Figure {
        var figure = Figure(
            key: "\(prefix)-\(i)", measure: "forced-labour", value: Double(i), unit: "persons",
            place: ["WLD", "PHL", "FRA", "BRA"][i % 4], periodStart: "2016", periodEnd: "2016",
            source: "ilo-2005", method: "estimated")
        figure.tags = [["a"], ["a", "b"], []][i % 3]
        return figure
    }

    private func batch(_ h: IngestHarness) throws -> Int64 {
        try h.db.insertBatch(IngestBatch(
            file: "test", sha256: "", size: 0, format: "csv", kind: "figures", startedAt: Self.now,
            options: "{}", note: nil))
    }

    /// Writes figures `range` in chunks the way the ingest does, with a few left over one by one.
    private func load(_ range: Range<Int>, prefix: String = "f", into h: IngestHarness, batch: Int64) throws {
        let figures = range.map { figure($0, prefix: prefix) }
        var start = 0
        while start + Database.figureChunk <= figures.count {
            _ = try h.db.upsert(Array(figures[start..<start + Database.figureChunk]), batch: batch, at: Self.now)
            start += Database.figureChunk
        }
        for figure in figures[start...] { try h.db.upsert(figure, batch: batch, at: Self.now) }
    }

    /// A database holding `count` figures, analysed so that `sqlite_stat1` has rows for every index.
    private func analysedHarness(figures count: Int) throws -> IngestHarness {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let batch = try batch(h)
        try h.db.transaction(.immediate) { try load(0..<count, prefix: "old", into: h, batch: batch) }
        try h.db.execute("ANALYZE")
        return h
    }

    private func statistics(_ db: Database) throws -> [String] {
        try db.rows("SELECT tbl || ' | ' || coalesce(idx, '') || ' | ' || stat AS entry FROM sqlite_stat1 ORDER BY tbl, idx")
            .compactMap { $0.string("entry") }
    }

    @Test("a load that outnumbers the table runs without five figure indexes and the tag index, then gets them back")
    func largeLoad() throws {
        let h = try analysedHarness(figures: 100)
        let schemaBefore = try schema(h.db)
        let statisticsBefore = try statistics(h.db)
        #expect(statisticsBefore.contains { $0.hasPrefix("figures | figures_by_place | 100 ") }, "\(statisticsBefore)")
        let batch = try batch(h)
        try h.db.execute("PRAGMA cache_size = -32768")
        try h.db.transaction(.immediate) {
            try h.db.deferringFigureIndexes(after: 150) {
                try load(0..<140, into: h, batch: batch)
                #expect(try indexNames(h.db).contains("figures_by_place"), "140 new figures are fewer than 150: indexes kept")
                try load(140..<400, into: h, batch: batch)
                let during = try indexNames(h.db)
                for name in ["figures_by_measure_place", "figures_by_place", "figures_by_source", "figures_by_study",
                             "figures_by_batch", "figure_tags_by_tag"] {
                    #expect(!during.contains(name), "\(name) is dropped during the load")
                }
                #expect(during.contains("sqlite_autoindex_figures_1"), "the unique key stays")
                #expect(during.contains("figures_by_cites"), "the deferred lineage check looks up citing rows through it")
                #expect(during.contains("figure_revisions_by_figure"), "other tables keep their indexes")
            }
        }
        #expect(try schema(h.db) == schemaBefore)
        #expect(try statistics(h.db) == statisticsBefore)
        #expect(try h.db.integer("PRAGMA cache_size") == -32768, "the rebuild's smaller page cache is undone")
        #expect(try h.db.integer("SELECT count(*) FROM figures") == 500)
        #expect(try h.db.integer("SELECT count(*) FROM figures INDEXED BY figures_by_place WHERE place = 'PHL'") == 125)
        #expect(try h.db.integer("SELECT count(*) FROM figure_tags INDEXED BY figure_tags_by_tag WHERE tag = 'b'") == 166)
        try expectIntact(h.db)
    }

    @Test("a load smaller than the table keeps every index on the per-row path")
    func smallLoad() throws {
        let h = try analysedHarness(figures: 300)
        let schemaVersion = try h.db.integer("PRAGMA schema_version")
        let batch = try batch(h)
        try h.db.transaction(.immediate) {
            try h.db.deferringFigureIndexes(after: 100) {
                try load(0..<250, into: h, batch: batch)
                #expect(try indexNames(h.db).contains("figures_by_place"))
            }
        }
        #expect(try h.db.integer("PRAGMA schema_version") == schemaVersion, "no index was dropped or created")
        try expectIntact(h.db)
    }

    @Test("indexes dropped inside a savepoint that rolls back are back already; the rebuild copes")
    func savepointRollback() throws {
        let h = try analysedHarness(figures: 10)
        let schemaBefore = try schema(h.db)
        let statisticsBefore = try statistics(h.db)
        let batch = try batch(h)
        struct Undo: Error {}
        try h.db.transaction(.immediate) {
            try h.db.deferringFigureIndexes(after: 50) {
                #expect(throws: Undo.self) {
                    try h.db.savepoint {
                        try load(0..<100, into: h, batch: batch)
                        #expect(!(try indexNames(h.db).contains("figures_by_place")))
                        throw Undo()
                    }
                }
                #expect(try indexNames(h.db).contains("figures_by_place"))
                try load(100..<200, into: h, batch: batch)
            }
        }
        #expect(try schema(h.db) == schemaBefore)
        #expect(try statistics(h.db) == statisticsBefore)
        #expect(try h.db.integer("SELECT count(*) FROM figures") == 110)
        try expectIntact(h.db)
    }

    @Test("a load that fails after the drop leaves the rebuild to the commit, and a rollback needs none")
    func failingLoad() throws {
        let h = try analysedHarness(figures: 10)
        let schemaBefore = try schema(h.db)
        let statisticsBefore = try statistics(h.db)
        let batch = try batch(h)
        struct Failed: Error {}
        /// A load of `range` that fails once it has dropped the indexes.
        func failingLoad(_ range: Range<Int>) throws {
            try h.db.deferringFigureIndexes(after: 50) {
                try load(range, into: h, batch: batch)
                throw Failed()
            }
        }
        // The caller goes on and commits: the indexes are built before the commit.
        try h.db.transaction(.immediate) {
            #expect(throws: Failed.self) { try failingLoad(0..<100) }
            let inside = try indexNames(h.db)
            #expect(!inside.contains("figures_by_place"), "not rebuilt for a caller that may roll back")
        }
        #expect(try schema(h.db) == schemaBefore)
        #expect(try statistics(h.db) == statisticsBefore)
        #expect(try h.db.integer("SELECT count(*) FROM figures") == 110)
        try expectIntact(h.db)

        // The caller rolls back: everything is as it was, the 100 figures gone.
        #expect(throws: Failed.self) {
            try h.db.transaction(.immediate) { try failingLoad(100..<200) }
        }
        #expect(try schema(h.db) == schemaBefore)
        #expect(try statistics(h.db) == statisticsBefore)
        #expect(try h.db.integer("SELECT count(*) FROM figures") == 110)
        try expectIntact(h.db)
    }

    @Test("deferring outside a transaction is refused: the indexes must never be missing on disk")
    func needsTransaction() throws {
        let h = try IngestHarness()
        let error = #expect(throws: StorageError.self) { try h.db.deferringFigureIndexes {} }
        #expect(error?.message.contains("needs an open transaction") == true, "\(String(describing: error))")
    }

    /// A figures file of `count` rows keyed `prefix-0` ...; with `forwardCite`, the first row cites
    /// the last, so the deferred lineage check stays open for the whole load.
    private func figuresFile(_ count: Int, prefix: String, forwardCite: Bool = false) -> String {
        var text = "key,measure,value,place,period,source,tags,cites\n"
        for i in 0..<count {
            let cites = forwardCite && i == 0 ? "\(prefix)-\(count - 1)" : ""
            text += "\(prefix)-\(i),forced-labour,\(i + 1),\(["WLD", "PHL", "FRA"][i % 3]),2016,ilo-2005,\(i % 2 == 0 ? "a" : "a;b"),\(cites)\n"
        }
        return text
    }

    @Test("an ingest of 12,000 figures into an empty database rebuilds the indexes, and a small one after it does not")
    func throughTheIngester() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let schemaBefore = try schema(h.db)
        let versionBefore = try h.db.integer("PRAGMA schema_version")
        let report = try h.ingest([try h.write("f.csv", figuresFile(12_000, prefix: "f"))])
        #expect(report.committed && report.errors.isEmpty, "\(report.errors)")
        // Six indexes dropped and created, and the search trigger: 14 schema changes at least.
        #expect(try h.db.integer("PRAGMA schema_version") - versionBefore >= 14)
        #expect(try schema(h.db) == schemaBefore)
        #expect(try h.db.integer("SELECT count(*) FROM figures INDEXED BY figures_by_place WHERE place = 'PHL'") == 4_000)
        try expectIntact(h.db)

        let versionAfter = try h.db.integer("PRAGMA schema_version")
        _ = try h.ingest([try h.write("g.csv", "key,measure,value,place,period,source\ng-1,forced-labour,1,WLD,2017,ilo-2005\n")])
        #expect(try h.db.integer("PRAGMA schema_version") - versionAfter == 2, "only the search trigger, dropped and put back")
        #expect(try schema(h.db) == schemaBefore)
    }

    @Test("a figure citing one 12,000 rows further on loads, with the citing rows' index kept throughout")
    func forwardCite() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let schemaBefore = try schema(h.db)
        // Before figures_by_cites was kept, each insert after the drop scanned the table: 40,000
        // rows took 68 s instead of under one.
        let report = try h.ingest([try h.write("f.csv", figuresFile(12_000, prefix: "f", forwardCite: true))])
        #expect(report.committed && report.errors.isEmpty, "\(report.errors)")
        #expect(try h.db.figure(key: "f-0")?.cites == "f-11999")
        #expect(try schema(h.db) == schemaBefore)
        try expectIntact(h.db)
    }

    @Test("two large files in one command, a dry run and a rejected command: committed ones get their indexes, the others change nothing")
    func severalFilesAndRollbacks() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let schemaBefore = try schema(h.db)
        let first = try h.write("a.csv", figuresFile(12_000, prefix: "a"))
        let second = try h.write("b.csv", figuresFile(12_000, prefix: "b"))

        // The stages reported, as a sign of whether a rebuild ran: it is announced just before.
        func stages(_ paths: [String], _ options: IngestOptions = IngestOptions()) throws -> (IngestReport, [Ingester.Progress.Stage]) {
            var seen: [Ingester.Progress.Stage] = []
            let report = try Ingester(db: h.db, options: options).run(paths) { seen.append($0.stage) }
            return (report, seen)
        }
        let before = try h.fileBytes()
        let (dry, dryStages) = try stages([first, second], IngestOptions(dryRun: true))
        #expect(!dry.committed && dry.errors.isEmpty)
        #expect(!dryStages.contains(.rebuildingIndexes), "a dry run rolls back without rebuilding")
        var broken = figuresFile(12_000, prefix: "c")
        broken += "c-bad,forced-labour,not a number,WLD,2016,ilo-2005,,\n"
        let (rejected, rejectedStages) = try stages([first, try h.write("c.csv", broken)])
        #expect(!rejected.committed && rejected.errors.count == 1)
        #expect(!rejectedStages.contains(.rebuildingIndexes), "a rejected command rolls back without rebuilding")
        #expect(try h.fileBytes() == before, "a dry run and a rejected command leave the file byte for byte as it was")

        let (both, bothStages) = try stages([first, second])
        #expect(both.committed && both.errors.isEmpty, "\(both.errors)")
        #expect(bothStages.filter { $0 == .rebuildingIndexes }.count == 1, "one rebuild for the command")
        #expect(both.files.map(\.inserted) == [12_000, 12_000])
        #expect(try schema(h.db) == schemaBefore)
        #expect(try h.db.integer("SELECT count(*) FROM figure_tags INDEXED BY figure_tags_by_tag WHERE tag = 'b'") == 12_000)
        try expectIntact(h.db)
    }
}
