import Foundation
import Storage
import Testing

/// `tipdb check` reads one snapshot of the database: a figure an ingest commits while the audit
/// runs is in none of its findings. Each check read the database as it was when it started, so
/// one check's findings could come from before an ingest and the next one's from after it (a
/// nightly-pipeline review, session 49).
@Suite("Audit: one snapshot of the database")
struct AuditSnapshotTests {
    @Test("a figure committed between the audit's first checks and the rest is in none of the findings")
    func commitDuringAudit() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("t.sqlite").path
            let setup = try DatabaseFile.open(path, for: .create)
            try Migrator().migrate(setup)  // commits, which puts the file in WAL mode: readers and a writer at once
            try setup.execute(
                """
                INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, finished_at, tipdb_version)
                VALUES (1, 'first.csv', 'aaa', 1, 'csv', 'figures', '2026-11-29T00:00:00Z', '2026-11-29T00:00:01Z', '0.1.0');
                INSERT INTO sources (key, kind, title, publisher, published, url, accessed, batch_id, created_at, updated_at)
                VALUES ('src', 'report', 'Title A', 'Publisher', '2020', 'https://example.org/', '2026-01-01', 1, 'now', 'now');
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, sex, age_group, source, method,
                    quote, batch_id, created_at, updated_at)
                VALUES ('f1', 'forced-labour', 1000000, 'persons', 'WLD', '2019', '2019', 'total', 'total', 'src', 'estimated',
                    'a million', 1, 'now', 'now');
                """)
            try setup.labelUnlabelledSources()
            setup.close()

            let reader = try DatabaseFile.open(path, for: .read)
            defer { reader.close() }
            let writer = try Database(path: path, mode: .readWrite)
            defer { writer.close() }
            var committed = false
            // A figure without a quote or locator, and a fractional count of persons: two warnings name it.
            let findings = try reader.refusingPragmas({ name, _ in
                if name == "foreign_key_check" && !committed {
                    committed = true
                    try? writer.execute(
                        """
                        INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, sex, age_group, source, method,
                            batch_id, created_at, updated_at)
                        VALUES ('late', 'forced-labour', 2.5, 'persons', 'WLD', '2019', '2019', 'total', 'total', 'src', 'estimated', 1, 'now', 'now')
                        """)
                }
                return nil
            }) {
                try Audit(db: reader).run()
            }
            #expect(committed, "the audit compiled no PRAGMA foreign_key_check: the test no longer commits inside it")
            #expect(try writer.integer("SELECT count(*) FROM figures WHERE key = 'late'") == 1)
            let naming = findings.filter { $0.rows.contains { $0.contains("late") } }.map(\.check)
            #expect(naming == [], "\(findings.map { "\($0.check): \($0.rows)" })")
        }
    }
}
