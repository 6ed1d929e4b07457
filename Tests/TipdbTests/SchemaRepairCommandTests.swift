import Foundation
import Storage
import Testing

/// A dropped index or search trigger is recreated by `tipdb migrate --repair` from the
/// migrations' definitions, rows kept, instead of only "restore from a backup".
@Suite("migrate --repair (built binary)")
struct SchemaRepairCommandTests {
    @Test("migrate --repair recreates a dropped index and search trigger, finds again a figure written meanwhile, and check is clean")
    func repairsDroppedObjects() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("DROP INDEX figures_by_place")
            try db.execute("DROP TRIGGER figures_fts_insert")
            // Written as a script would while the trigger is missing: search cannot find it.
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, quote, batch_id, created_at, updated_at)
                SELECT 'repair-probe', measure, 5, unit, place, period_start, period_end, source, 'zyxwvut repair probe', batch_id, created_at, updated_at
                FROM figures WHERE cites IS NULL AND censored = 0 LIMIT 1
                """)
            let figures = try db.integer("SELECT count(*) FROM figures")
            db.close()

            let before = try Tipdb.run(["check"], in: dir)
            #expect(before.status == 1)
            #expect(before.stdout.contains("`tipdb migrate --repair` recreates the indexes, triggers and views from tipdb's definitions without losing a row"), "\(before.stdout)")
            #expect(try Tipdb.run(["search", "zyxwvut"], in: dir).stdout.contains("repair-probe") == false)

            let repaired = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(repaired.status == 0, "\(repaired.stderr)")
            #expect(repaired.stdout == """
                tipdb.sqlite: schema version \(Migration.latestVersion), nothing to apply
                recreated index figures_by_place
                recreated trigger figures_fts_insert
                rebuilt search index figures_fts: rows written while its trigger was missing are found again

                """)
            let after = try Tipdb.run(["check"], in: dir)
            #expect(after.status == 0, "\(after.stdout)")
            #expect(!after.stdout.contains("error:"), "\(after.stdout)")
            #expect(try Tipdb.run(["search", "zyxwvut"], in: dir).stdout.contains("repair-probe"))
            let reopened = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
            #expect(try reopened.integer("SELECT count(*) FROM figures") == figures)
            reopened.close()

            let again = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(again.stdout.hasSuffix("tipdb.sqlite: every index, trigger, view and source label is as tipdb made it, nothing to repair\n"))
        }
    }

    @Test("migrate --repair with --status is a usage error")
    func repairWithStatus() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["migrate", "--repair", "--status"], in: dir)
            #expect(result.status == 64)
            #expect(result.stderr.contains("--status lists migrations and changes nothing; --repair changes the schema: give one of them"), "\(result.stderr)")
        }
    }
}
