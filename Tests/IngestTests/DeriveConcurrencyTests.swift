import Foundation
@testable import Ingest
import Storage
import Testing

/// `tipdb derive ctdc` counts and audits in a read transaction and takes the write lock only to
/// write (review K9). A second connection to the same file stands for another process; it writes
/// from the derivation's test hook (`afterAudit`), which runs after each audit, inside the read
/// transaction, before the write lock is taken.
@Suite("derive ctdc: the audit keeps no writer out; what changed meanwhile is audited again")
struct DeriveConcurrencyTests {
    /// The dataset of `DatasetsDeriveTests.secondTableKeepsBounds`: by country and gender the USA
    /// count is published as <21, and a country-by-year table audited with it keeps that bound;
    /// audited alone, the country-by-year table publishes it as 11.
    private func load() throws -> IngestHarness {
        typealias People = DatasetsDeriveTests.People
        return try DatasetsDeriveTests().load([
            People(times: 10), People(times: 1, gender: "Man"), People(times: 30, country: "MDA"),
            People(times: 30, country: "MDA", gender: "Man"), People(times: 3, country: "MDA", gender: ""),
        ])
    }

    private func derivation(_ db: Database, _ dimensions: [CaseDimension], minCell: Int = 11, dryRun: Bool = false) -> CaseDerivation {
        CaseDerivation(db: db, options: DeriveOptions(dataset: "cases", dimensions: dimensions, minCell: minCell, dryRun: dryRun))
    }

    /// A second connection to the harness's file, as another process opens it.
    private func other(_ h: IngestHarness) throws -> Database {
        try DatabaseFile.open(h.path, for: .write)
    }

    /// Every figure's numbers and every derivation, as a reader sees them.
    private func published(_ db: Database) throws -> [Row] {
        try db.rows("SELECT key, value, censored, low, high FROM figures ORDER BY key")
            + db.rows("SELECT dataset_id, dimensions, min_cell, counts, suppressed, protected, shares FROM derivations ORDER BY id")
    }

    private static let reaudited = "another process changed dataset cases's versions, derivations or derived figures while derive counted"

    @Test("another connection ingests while a derivation audits; the unrelated write costs no second audit")
    func writerDuringAudit() throws {
        let h = try load()
        var derive = derivation(h.db, [.country, .year])
        var ingested: IngestReport?
        derive.afterAudit = {
            let second = try other(h)
            defer { second.close() }
            // Holding the write lock, the derivation made this wait out the busy timeout and fail.
            ingested = try Ingester(db: second, options: IngestOptions()).run(
                [try h.write("sources.csv", IngestHarness.sources), try h.write("figures.csv", IngestHarness.figures)])
        }
        let report = try derive.run()
        #expect(ingested?.committed == true && ingested?.errors.isEmpty == true, "\(String(describing: ingested?.errors))")
        #expect(report.inserted == report.counts + report.shares && report.batch != nil)
        #expect(try h.count("figures") == Int64(3 + report.counts + report.shares))
        #expect(!report.notes.contains { $0.hasPrefix(Self.reaudited) }, "\(report.notes)")
    }

    @Test("a derivation of the same dataset that lands between audit and write: audited again, in a snapshot that keeps no writer out, as if run one after the other")
    func conflictingDerivation() throws {
        let sequential = try load()
        _ = try derivation(sequential.db, [.country, .gender]).run()
        let expected = try derivation(sequential.db, [.country, .year]).run()
        // Suppressed, with a bound above 11 (the gender not recorded of 3 people, a small group withheld
        // unbroken, may be the USA's too: 20 before that).
        #expect(try sequential.db.figure(key: "cases-v1/count/country:USA")?.censored == true)

        // Audited without the country-by-gender table, the country-by-year table publishes the USA's
        // 11 people, which that table suppressed to protect its small counts of 10 women and 1 man:
        // written from the stale audit, the table would undo that protection.
        let alone = try load()
        _ = try derivation(alone.db, [.country, .year]).run()
        let stale = try #require(try alone.db.figure(key: "cases-v1/count/country:USA"))
        #expect(!stale.censored && stale.value == 11)

        let h = try load()
        var derive = derivation(h.db, [.country, .year])
        var audits = 0
        var writerGotTheLock = false
        derive.afterAudit = {
            audits += 1
            if audits == 1 {
                let second = try other(h)
                defer { second.close() }
                _ = try derivation(second, [.country, .gender]).run()
            } else {
                // The second audit, which can take minutes too, used to run under the write lock:
                // a writer that does not wait got "database is locked".
                let writer = try DatabaseFile.open(h.path, for: .write, busyTimeout: 0)
                defer { writer.close() }
                try writer.execute("BEGIN IMMEDIATE")
                try writer.execute("ROLLBACK")
                writerGotTheLock = true
            }
        }
        let report = try derive.run()
        #expect(audits == 2 && writerGotTheLock)
        #expect(report.notes.contains { $0.hasPrefix(Self.reaudited) }, "\(report.notes)")
        #expect(try published(h.db) == published(sequential.db))
        #expect(report.lines == expected.lines)
        #expect(report.inserted == expected.inserted && report.updated == expected.updated && report.unchanged == expected.unchanged)
        #expect(report.suppressed == expected.suppressed && report.protected == expected.protected)
    }

    @Test("a derivation with another --min-cell that lands between audit and write: refused by the next audit, nothing of it written")
    func conflictingMinCell() throws {
        let h = try load()
        var derive = derivation(h.db, [.country, .year])
        var audits = 0
        derive.afterAudit = {
            audits += 1
            guard audits == 1 else { return }
            let second = try other(h)
            defer { second.close() }
            _ = try derivation(second, [.country, .gender], minCell: 5).run()
        }
        let error = #expect(throws: DeriveError.self) { try derive.run() }
        #expect(error?.description.hasPrefix(
            "dataset cases version 1 was derived before with --min-cell 5; use the same minimum cell size (--min-cell 5)") == true,
            "\(String(describing: error))")
        #expect(try h.db.integer("SELECT count(*) FROM figures WHERE key LIKE 'cases-v1/count/%year%'") == 0)
        #expect(try h.db.integer("SELECT count(*) FROM derivations") == 1)
        #expect(try h.db.integer("SELECT count(*) FROM ingest_batches WHERE format = 'derive'") == 1)
    }

    @Test("what the audit read changes after every snapshot audit: the fourth audit is under the lock, and the table is written")
    func keepsChanging() throws {
        let sequential = try load()
        _ = try derivation(sequential.db, [.country, .gender]).run()
        _ = try derivation(sequential.db, [.country, .year]).run()

        let h = try load()
        var derive = derivation(h.db, [.country, .year])
        var audits = 0
        derive.afterAudit = {
            audits += 1
            // The same table again: another derivations row each time, so the audit is stale each time.
            let second = try other(h)
            defer { second.close() }
            _ = try derivation(second, [.country, .gender]).run()
        }
        let report = try derive.run()
        #expect(audits == CaseDerivation.snapshotAudits)
        #expect(report.notes.contains { $0.hasPrefix(Self.reaudited) }, "\(report.notes)")
        #expect(try h.db.integer("SELECT count(*) FROM derivations WHERE dimensions = 'country,gender'") == Int64(CaseDerivation.snapshotAudits))
        #expect(try h.db.integer("SELECT count(*) FROM derivations WHERE dimensions = 'country,year'") == 1)
        let figures = "SELECT key, value, censored, low, high FROM figures ORDER BY key"
        #expect(try h.db.rows(figures) == sequential.db.rows(figures))
    }

    @Test("a dry run takes no write lock: it runs while another connection holds it, and reports what a real run then does")
    func dryRunWithoutWriteLock() throws {
        let h = try load()
        let second = try other(h)
        defer { second.close() }
        try second.execute("BEGIN IMMEDIATE")
        let dry = try derivation(h.db, [.country, .gender], dryRun: true).run()
        try second.execute("ROLLBACK")
        #expect(dry.dryRun && dry.batch == nil && dry.inserted == dry.counts + dry.shares && dry.updated == 0)
        #expect(try h.db.integer("SELECT count(*) FROM ingest_batches WHERE format = 'derive'") == 0)
        let real = try derivation(h.db, [.country, .gender]).run()
        #expect(real.lines == dry.lines && real.inserted == dry.inserted && real.updated == dry.updated)
        let again = try derivation(h.db, [.country, .gender], dryRun: true).run()
        #expect(again.unchanged == again.counts + again.shares && again.inserted == 0 && again.updated == 0)
    }

    @Test("the change detector: equal after a write elsewhere, different after one to the dataset's derivations")
    func auditInputs() throws {
        let h = try load()
        _ = try derivation(h.db, [.country, .gender]).run()
        let inputs = try CaseDerivation.AuditInputs(dataset: "cases", in: h.db)
        let second = try other(h)
        defer { second.close() }
        _ = try Ingester(db: second, options: IngestOptions()).run([try h.write("sources.csv", IngestHarness.sources)])
        // Something was committed (so the cheap test cannot tell), and nothing the audit read changed.
        #expect(try h.db.integer("PRAGMA data_version") != inputs.dataVersion)
        #expect(try inputs.unchanged(in: h.db))
        _ = try derivation(second, [.country, .year]).run()
        #expect(try !inputs.unchanged(in: h.db))
    }
}
