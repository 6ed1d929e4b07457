import Storage

/// A derivation audits in a read transaction and takes the write lock only to write.
///
/// Why: counting the cases and auditing the table against every table derived before can take
/// minutes (a 5-dimension table of 100,000 cases took over 11), and while a command holds the
/// write lock every other writer (an analyst's `tipdb ingest`) waits out the busy timeout and
/// fails. In WAL mode a read transaction blocks no writer, so the audit reads one consistent
/// snapshot and another process may commit meanwhile. The price is that what the audit read may be
/// stale when the write lock is taken: publishing a table audited without a table derived in the
/// meantime could let the two together disclose a small count. So the write transaction first
/// checks that nothing the audit depended on changed; if it did, it writes nothing, lets the lock
/// go and audits again in a new snapshot (a few times, then under the lock, so that it ends): the
/// result is then the one a derivation run after the other process's write would give.
extension CaseDerivation {
    /// Thrown inside the write transaction when what the audit read has changed, to roll it back.
    struct StaleAudit: Error {}

    /// A table counted and audited, ready to be written.
    struct AuditedTable {
        let dataset: DatasetVersion
        let dimensions: [CaseDimension]
        let figures: DerivedFigures
        let table: CellTable
        /// The audit's decision for this table's cells only.
        let outcome: DisclosureControl.Outcome
        /// What the audit read that another process may change.
        let inputs: AuditInputs
        /// Whether the audit was done again, because what an earlier one read had changed.
        var reaudited = false
        /// What the audit protected besides this table's small counts (`Audited`), for the summary.
        var otherTablesSmall = false
        var smallChangesAgainst: [Int] = []
    }

    /// Runs `body` in a read transaction, one snapshot of the database, and rolls it back.
    ///
    /// Why not `Database.transaction(.deferred)`: it commits, and the first commit switches a file
    /// opened for writing that is not in WAL mode yet to it (`switchesToWALOnCommit`), which a dry
    /// run or a refused derivation must not do: they leave the file as it was, byte for byte.
    func reading<T>(_ body: () throws -> T) throws -> T {
        try db.execute("BEGIN DEFERRED TRANSACTION")
        defer { try? db.execute("ROLLBACK TRANSACTION") }
        return try body()
    }

    /// What an audit of a dataset's table read that another process may change, as read in its
    /// snapshot.
    ///
    /// These are: every version of the dataset (`--dataset-version` left out means the latest,
    /// and a new version changes which one that is); the derivations of every version (the tables
    /// counted again for the audit, and the first one's `min_cell`, which every later one must
    /// use); the case rows of every version (by count and last id per version: tipdb only adds
    /// them with a new version, so this catches a change made by hand too, short of rewriting rows
    /// in place); which versions of other datasets of its variant have derived tables (a first table
    /// derived from one may make it hold the same people: `SamePeople`); and every derived figure of
    /// every version, as the audit reads them (published, or suppressed with a bound). Measures,
    /// places and units are read only when writing, under the lock.
    struct AuditInputs {
        let dataset: String
        /// `PRAGMA data_version` in the snapshot.
        let dataVersion: Int64
        let rows: [[Row]]

        init(dataset: String, in db: Database) throws {
            self.dataset = dataset
            dataVersion = try db.integer("PRAGMA data_version")
            rows = try Self.read(dataset, in: db)
        }

        /// Whether `db`, in the write transaction, still holds what the audit read.
        ///
        /// `PRAGMA data_version` changes when another connection commits, so an equal value
        /// proves that nothing changed, and is the cheap test that decides most runs. A different
        /// one may be an unrelated write (an ingest of figures, another dataset), which should not
        /// cost a second audit of minutes: then the rows the audit depended on are read again and
        /// compared, all of them, not a count or a checksum that could miss an update in place.
        func unchanged(in db: Database) throws -> Bool {
            if try db.integer("PRAGMA data_version") == dataVersion { return true }
            return try Self.read(dataset, in: db) == rows
        }

        private static func read(_ dataset: String, in db: Database) throws -> [[Row]] {
            let versions = "SELECT id FROM datasets WHERE name = ?1"
            return [
                try db.rows(
                    "SELECT id, version, variant, sha256, rows, rows_rejected, source FROM datasets WHERE name = ?1 ORDER BY id",
                    [dataset]),
                try db.rows(
                    "SELECT id, dataset_id, dimensions, min_cell FROM derivations WHERE dataset_id IN (\(versions)) ORDER BY id",  // sql-constant: the fixed subquery above
                    [dataset]),
                try db.rows(
                    "SELECT dataset_id, count(*), max(id) FROM cases WHERE dataset_id IN (\(versions)) GROUP BY dataset_id ORDER BY dataset_id",  // sql-constant: the fixed subquery above
                    [dataset]),
                // The versions of other datasets of the same variant that tables are derived from:
                // a first table derived from one meanwhile may make it a dataset of the same people
                // (`SamePeople`), which this derivation must refuse.
                try db.rows(
                    """
                    SELECT DISTINCT d.id FROM datasets d JOIN derivations v ON v.dataset_id = d.id
                    WHERE d.name <> ?1 AND d.variant IN (SELECT variant FROM datasets WHERE name = ?1)
                    ORDER BY d.id
                    """,
                    [dataset]),
                try db.rows(
                    """
                    SELECT source, key, censored, high FROM figures
                    WHERE method = 'derived' AND source IN (SELECT source FROM datasets WHERE name = ?1)
                    ORDER BY source, key
                    """,
                    [dataset]),
            ]
        }
    }
}
