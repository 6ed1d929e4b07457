import Foundation
import Report
import Storage
import Testing

/// A brief reads one snapshot of the database: an ingest that commits while it is built is in
/// none of it. Its references were read first and its provenance seconds later, and a brief
/// built during a re-ingest cited one file's title beside another file's batch and SHA-256 (a
/// nightly-pipeline review, session 49).
@Suite("Brief: one snapshot of the database")
struct BriefSnapshotTests {
    @Test("a commit between the references and the provenance: the brief describes the database before it, both parts alike")
    func commitWhileBuilding() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tipdb-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("t.sqlite").path
        let setup = try DatabaseFile.open(path, for: .create)
        try Migrator().migrate(setup)  // commits, which puts the file in WAL mode: readers and a writer at once
        try setup.execute(
            """
            INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, finished_at, tipdb_version)
            VALUES (1, 'first.csv', 'aaa', 1, 'csv', 'sources', '2026-11-29T00:00:00Z', '2026-11-29T00:00:01Z', '0.1.0');
            INSERT INTO sources (key, kind, title, publisher, published, batch_id, created_at, updated_at)
            VALUES ('src', 'report', 'Title A', 'Publisher', '2020', 1, 'now', 'now');
            INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, sex, age_group, source, method, batch_id,
                created_at, updated_at)
            VALUES ('f1', 'forced-labour', 1000000, 'persons', 'WLD', '2021', '2021', 'total', 'total', 'src', 'estimated', 1, 'now', 'now');
            """)
        setup.close()

        let reader = try DatabaseFile.open(path, for: .read)
        defer { reader.close() }
        let writer = try Database(path: path, mode: .readWrite)
        defer { writer.close() }
        // What a second load of the source's file does: a new batch, the source's new title, written by it.
        let reload = FirstRead(of: "sources", column: "batch_id") {
            try? writer.execute(
                """
                BEGIN IMMEDIATE;
                INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, finished_at, tipdb_version)
                VALUES (2, 'second.csv', 'bbb', 1, 'csv', 'sources', '2026-11-29T00:01:00Z', '2026-11-29T00:01:01Z', '0.1.0');
                UPDATE sources SET title = 'Title B', batch_id = 2 WHERE key = 'src';
                COMMIT;
                """)
        }
        let brief = try reload.during(reader) {
            try BriefBuilder(db: reader).build(BriefRequest(filters: BriefFilters(), date: "2026-11-29", command: "tipdb report brief"))
        }
        #expect(reload.happened, "the provenance did not read sources.batch_id: the test no longer commits inside the brief")
        #expect(try writer.integer("SELECT batch_id FROM sources WHERE key = 'src'") == 2)
        #expect(brief.references.map(\.title) == ["Title A"])
        #expect(brief.provenance.batches.map(\.file) == ["first.csv"])
    }
}
