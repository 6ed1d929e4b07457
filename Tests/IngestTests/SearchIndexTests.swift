import Foundation
import Ingest
import Storage
import Testing

/// Ingest fills the figures' full-text index in bulk rather than row by row (see
/// `Database.deferringFigureSearchIndex`); these tests prove the index ends up exactly as the
/// per-row trigger would have left it, whatever happens during the command.
@Suite("Ingest: the full-text index stays exact when filled in bulk")
struct SearchIndexTests {
    /// The figure keys whose quote or notes match `query`, through the index.
    private func matches(_ query: String, in db: Database) throws -> [String] {
        try db.rows(
            "SELECT f.key FROM figures_fts JOIN figures f ON f.id = figures_fts.rowid WHERE figures_fts MATCH ? ORDER BY f.key",
            [query]
        ).compactMap { $0.string("key") }
    }

    /// FTS5's own consistency check, which with rank 1 also compares the index with the rows it
    /// is declared over (figures_searchable), plus: one index entry per figure that has text.
    private func expectConsistent(_ db: Database) throws {
        try db.execute("INSERT INTO figures_fts (figures_fts, rank) VALUES ('integrity-check', 1)")
        let withText = try db.integer("SELECT count(*) FROM figures WHERE quote IS NOT NULL OR notes IS NOT NULL")
        #expect(try db.integer("SELECT count(*) FROM figures_fts_docsize") == withText)
        #expect(try db.integer("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'figures_fts_insert'") == 1,
                "the per-row trigger is back after the command")
    }

    /// A database with the test sources and an open ingest batch, for writing figures directly.
    private func harnessWithBatch() throws -> (IngestHarness, Int64) {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let batch = try h.db.insertBatch(IngestBatch(
            file: "test", sha256: "", size: 0, format: "csv", kind: "figures", startedAt: "2026-01-01T00:00:00Z",
            options: "{}", note: nil))
        return (h, batch)
    }

    /// A database with the Fixtures loaded by the ingester, as `tipdb ingest` loads them: figures
    /// with a quote, with notes only, and with neither.
    private func fixtureHarness() throws -> IngestHarness {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
        let h = try IngestHarness()
        let report = try h.ingest(["sources.json", "studies.csv", "figures.csv"].map { fixtures.appendingPathComponent($0).path })
        #expect(report.committed)
        return h
    }

    /// Every term the figures' index holds, with the figures each finds, through `Search`.
    private func everyFigureSearch(in db: Database) throws -> [String: [Search.Hit]] {
        try db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.figure_terms USING fts5vocab(main, figures_fts, row)")
        var results: [String: [Search.Hit]] = [:]
        for term in try db.rows("SELECT term FROM temp.figure_terms").compactMap({ $0.string("term") }) {
            results[term] = try Search(db: db).run("\"\(term)\"", kind: "figures", limit: 1000).hits
        }
        return results
    }

    private func figure(_ key: String, _ quote: String) -> Figure {
        Figure(key: key, measure: "forced-labour", value: 1, unit: "persons", place: "WLD", periodStart: "2016",
               periodEnd: "2016", source: "ilo-2005", quote: quote, method: "estimated")
    }

    @Test("new figures are searchable after an ingest, and later single-row writes still index themselves")
    func inserted() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let report = try h.ingest([try h.write("f.csv", """
            key,measure,value,place,period,source,quote,notes
            a,forced-labour,1,WLD,2016,ilo-2005,brickkiln workers in debt bondage,
            b,forced-labour,2,WLD,2016,ilo-2005,,fishing vessels at sea
            c,forced-labour,3,WLD,2016,ilo-2005,,

            """)])
        #expect(report.committed)
        #expect(try matches("brickkiln", in: h.db) == ["a"])
        #expect(try matches("vessels", in: h.db) == ["b"])
        try expectConsistent(h.db)
        _ = try h.ingest([try h.write("g.csv", "key,measure,value,place,period,source,quote\nd,forced-labour,4,WLD,2017,ilo-2005,brickkiln again\n")])
        #expect(try matches("brickkiln", in: h.db) == ["a", "d"])
        try expectConsistent(h.db)
    }

    @Test("an update of an older figure in the same command as new ones re-indexes it")
    func updatedAlongsideInserted() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        _ = try h.ingest([try h.write("f.csv", "key,measure,value,place,period,source,quote\nold,forced-labour,1,WLD,2016,ilo-2005,cotton harvest\n")])
        let report = try h.ingest([try h.write("g.csv", """
            key,measure,value,place,period,source,quote
            new1,forced-labour,2,WLD,2016,ilo-2005,cocoa farms
            old,forced-labour,1,WLD,2016,ilo-2005,cocoa plantations
            new2,forced-labour,3,WLD,2016,ilo-2005,cocoa exports

            """)])
        #expect(report.files.first?.updated == 1)
        #expect(try matches("cotton", in: h.db).isEmpty)
        #expect(try matches("cocoa", in: h.db) == ["new1", "new2", "old"])
        try expectConsistent(h.db)
    }

    @Test("a row taken back out after a lineage failure (--on-error skip) leaves no index entry")
    func rejectedAfterWriting() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let report = try h.ingest([try h.write("f.csv", """
            key,measure,value,place,period,source,cites,quote
            good,forced-labour,1,WLD,2016,ilo-2005,,mining sites
            bad,forced-labour,1,WLD,2016,ilo-2005,nowhere,mining towns

            """)], IngestOptions(onError: .skip))
        #expect(report.committed)
        #expect(report.files.first?.rejected == 1)
        #expect(try matches("mining", in: h.db) == ["good"])
        try expectConsistent(h.db)
    }

    @Test("a rejected command leaves the index and its trigger exactly as before")
    func rejectedCommand() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let report = try h.ingest([try h.write("f.csv", """
            key,measure,value,place,period,source,quote
            a,forced-labour,1,WLD,2016,ilo-2005,garment factories
            b,forced-labour,not a number,WLD,2016,ilo-2005,garment workshops

            """)])
        #expect(!report.committed)
        #expect(try matches("garment", in: h.db).isEmpty)
        try expectConsistent(h.db)
    }

    @Test("figures rolled back to a savepoint inside the deferral are not indexed; later ones are")
    func savepointRollback() throws {
        let (h, batch) = try harnessWithBatch()
        struct Undo: Error {}
        try h.db.transaction(.immediate) {
            try h.db.deferringFigureSearchIndex {
                try h.db.upsert(figure("kept1", "tea estates"), batch: batch, at: "2026-01-01T00:00:00Z")
                #expect(throws: Undo.self) {
                    try h.db.savepoint {
                        try h.db.upsert(figure("undone", "tea gardens"), batch: batch, at: "2026-01-01T00:00:00Z")
                        // Forces the index to catch up inside the savepoint, which then rolls back.
                        try h.db.upsert(figure("kept1", "tea estates, revised"), batch: batch, at: "2026-01-01T00:00:00Z")
                        throw Undo()
                    }
                }
                try h.db.upsert(figure("kept2", "tea auctions"), batch: batch, at: "2026-01-01T00:00:00Z")
            }
        }
        #expect(try matches("tea", in: h.db) == ["kept1", "kept2"])
        #expect(try matches("revised", in: h.db).isEmpty)
        try expectConsistent(h.db)
    }

    @Test("a deferral whose body fails is finished by a commit that follows, and left to a rollback")
    func failedBody() throws {
        let (h, batch) = try harnessWithBatch()
        struct Failed: Error {}
        try h.db.transaction(.immediate) {
            #expect(throws: Failed.self) {
                try h.db.deferringFigureSearchIndex {
                    try h.db.upsert(figure("kept", "salt pans"), batch: batch, at: "2026-01-01T00:00:00Z")
                    throw Failed()
                }
            }
            let trigger = try h.db.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'figures_fts_insert'")
            #expect(trigger == 0, "not finished for a caller that may roll back")
        }
        #expect(try matches("salt", in: h.db) == ["kept"])
        try expectConsistent(h.db)

        #expect(throws: Failed.self) {
            try h.db.transaction(.immediate) {
                try h.db.deferringFigureSearchIndex {
                    try h.db.upsert(figure("gone", "salt flats"), batch: batch, at: "2026-01-01T00:00:00Z")
                    throw Failed()
                }
            }
        }
        #expect(try matches("salt", in: h.db) == ["kept"])
        try expectConsistent(h.db)
    }

    @Test("FTS5's check against the content passes after the Fixtures load, after updates and deletes, and a rebuild changes nothing")
    func fixturesAgreeWithContent() throws {
        let h = try fixtureHarness()
        let db = h.db
        #expect(try db.integer("SELECT count(*) FROM figures WHERE quote IS NULL AND notes IS NULL") > 0)
        #expect(try db.integer("SELECT count(*) FROM figures WHERE quote IS NULL AND notes IS NOT NULL") > 0)
        try expectConsistent(db)
        // A figure with neither gains notes, one with notes gains a quote, one loses both; one with
        // a quote and one with neither are deleted (no figure cites them).
        try db.execute("UPDATE figures SET notes = 'a xylophone caveat added later' WHERE key = 'ilo-2012-state-imposed-forced-labour-wld'")
        try db.execute("UPDATE figures SET quote = 'a zeppelin quote added later' WHERE key = 'ilo-2012-forced-labour-wld'")
        try db.execute("UPDATE figures SET quote = NULL, notes = NULL WHERE key = 'unodc-2012-trafficked-wld'")
        try db.execute("DELETE FROM figures WHERE key IN ('francis-2013-trafficked-wld', 'ilo-wff-2017-forced-marriage-wld')")
        try db.execute("UPDATE sources SET title = title || ' (revised)' WHERE id = (SELECT min(id) FROM sources)")
        try db.execute("UPDATE studies SET summary = 'a summary rewritten' WHERE id = (SELECT min(id) FROM studies)")
        try expectConsistent(db)
        try db.execute("INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)")
        try db.execute("INSERT INTO studies_fts (studies_fts, rank) VALUES ('integrity-check', 1)")
        #expect(try matches("xylophone", in: db).count == 1)
        #expect(try matches("zeppelin", in: db).count == 1)

        // What FTS5 builds from the content is what the triggers built.
        let before = try everyFigureSearch(in: db)
        #expect(before.count > 100)
        try db.execute("INSERT INTO figures_fts (figures_fts) VALUES ('rebuild')")
        #expect(try everyFigureSearch(in: db) == before)
        try expectConsistent(db)
    }

    @Test("m0011 keeps the search results of a database made before it, whose index FTS5 took for damaged")
    func migrationKeepsResults() throws {
        let current = try fixtureHarness()
        // The same rows in a database at the previous schema version, indexed by its own triggers.
        let old = try DatabaseFile.open(current.directory.appendingPathComponent("v10.sqlite").path, for: .create)
        defer { old.close() }
        try Migrator(migrations: Migration.bundled.filter { $0.version <= 10 }).migrate(old)
        try old.execute("ATTACH DATABASE ? AS fixtures", [current.path])
        try old.execute("PRAGMA foreign_keys = OFF")  // figures cite figures: copied in id order, not citation order
        // ingest_batches, sources and figures by name: m0033, m0034 and m0055 added columns schema 10 does not have.
        try old.execute("""
            INSERT INTO ingest_batches SELECT id, file, sha256, size, format, kind, started_at, finished_at, rows_read, rows_inserted,
                rows_updated, rows_unchanged, rows_rejected, tipdb_version, options, note FROM fixtures.ingest_batches;
            INSERT INTO sources SELECT id, key, kind, title, authors, publisher, published, url, doi, accessed, license, notes, csl,
                extra, batch_id, created_at, updated_at FROM fixtures.sources;
            INSERT INTO studies SELECT * FROM fixtures.studies;
            INSERT INTO figures SELECT id, key, measure, value, censored, low, high, ci_level, unit, place, period_start, period_end,
                sex, age_group, form, source, study, locator, quote, cites, method, notes, extra, batch_id, created_at, updated_at
                FROM fixtures.figures ORDER BY id;
            """)
        try old.execute("PRAGMA foreign_keys = ON")
        // Each figure's period basis (m0034), which schema 10 cannot hold: given to today's search below.
        try old.execute("CREATE TEMP TABLE bases AS SELECT key, period_basis FROM fixtures.figures")
        // Each source's label (m0023), given to the comparison below as the bases are.
        try old.execute("CREATE TEMP TABLE labels AS SELECT * FROM fixtures.source_labels")
        try old.execute("DETACH DATABASE fixtures")
        #expect(try old.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(throws: StorageError.self, "the bug m0011 fixes: the index holds only figures with text, its content all figures") {
            try old.execute("INSERT INTO figures_fts (figures_fts, rank) VALUES ('integrity-check', 1)")
        }
        // Today's search reads figures.period_basis (m0034), value_last_digit (m0050) and the bounds' (m0052), which
        // schema 10 lacks: a temporary view of the same name, searched before main's table, gives
        // every figure its basis (and no printed digits), and is dropped before migrating; the
        // migrated table is then given the same bases.
        try old.execute("""
            CREATE TEMP VIEW figures AS
            SELECT f.*, coalesce((SELECT b.period_basis FROM temp.bases b WHERE b.key = f.key), 'stated') AS period_basis,
                NULL AS value_last_digit, NULL AS low_last_digit, NULL AS high_last_digit
            FROM main.figures f
            """)
        // Without source_labels (m0023) and figure_retractions (m0022), a result names each source
        // by its key, and the search does not fail.
        let unlabelled = try Search(db: old).run("\"according to the United Nations\"", kind: "figures").hits.map(\.title)
        #expect(unlabelled == [
            "trafficking-victims (Victims of trafficking in persons (estimated)), WLD (World), 1995-2004: 2.4 million"
                + " — francis-2013-shaking-up, repeating unodc-2012-trafficked-wld (unodc-2012-fedotov-statement)",
        ])
        let json = try Search(db: old).figures(["francis-2013-trafficked-wld"])["francis-2013-trafficked-wld"]
        #expect(json?.source == "francis-2013-shaking-up" && json?.sourceLabel == nil)
        #expect(json?.repeats == RepeatedFigure(key: "unodc-2012-trafficked-wld", source: "unodc-2012-fedotov-statement"))
        try old.execute("CREATE TEMP VIEW source_labels AS SELECT * FROM temp.labels")
        let before = try everyFigureSearch(in: old)
        try old.execute("DROP VIEW temp.figures")
        try old.execute("DROP VIEW temp.source_labels")
        #expect(before.count > 100)
        #expect(before.values.contains { !$0.isEmpty })

        let applied = try Migrator().migrate(old)
        #expect(applied.map(\.version) == Array(11...Migration.latestVersion))
        try old.execute("UPDATE main.figures SET period_basis = (SELECT b.period_basis FROM temp.bases b WHERE b.key = figures.key) WHERE key IN (SELECT key FROM temp.bases)")
        #expect(try everyFigureSearch(in: old) == before, "same hits, snippets and ranks")
        #expect(try everyFigureSearch(in: current.db) == before, "and the same as a database made at the new version")
        try expectConsistent(old)
        #expect(try Audit(db: old).run().filter { $0.check.hasPrefix("search-index") || $0.check == "schema" }.isEmpty)
    }

    @Test("deferring outside a transaction is refused: the trigger must never be missing on disk")
    func needsTransaction() throws {
        let h = try IngestHarness()
        #expect(throws: StorageError.self) { try h.db.deferringFigureSearchIndex {} }
        try expectConsistent(h.db)
    }
}
