import Foundation

extension Database {
    /// How a transaction takes its locks.
    public enum TransactionKind: String, Sendable {
        /// Takes locks when first needed: fine for reads.
        case deferred = "DEFERRED"
        /// Takes the write lock at once, so a writer never fails half-way with `SQLITE_BUSY`.
        case immediate = "IMMEDIATE"
        case exclusive = "EXCLUSIVE"
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    ///
    /// Called while a transaction is already open, it runs `body` in a savepoint instead, so
    /// library code can demand atomicity without knowing whether its caller already has it.
    /// The transaction is never left open: a failed COMMIT is rolled back before the error is
    /// rethrown.
    public func transaction<T>(_ kind: TransactionKind = .deferred, _ body: () throws -> T) throws -> T {
        guard isAutocommit else { return try savepoint(body) }
        do {
            try execute("BEGIN \(kind.rawValue) TRANSACTION")  // sql-constant: one of three fixed keywords
        } catch {
            // A BEGIN IMMEDIATE that fails with SQLITE_BUSY can leave the transaction open.
            rollbackIfOpen()
            throw error
        }
        let result: T
        do {
            result = try body()
        } catch {
            rollbackIfOpen()
            throw error
        }
        do {
            // What a failed bulk load left undone is finished before anything is committed.
            try rebuildDeferredIndexes()
            try finishDeferredSearch()
            try execute("COMMIT TRANSACTION")
        } catch {
            rollbackIfOpen()
            throw error
        }
        if switchesToWALOnCommit {
            switchesToWALOnCommit = false
            // The data is committed whatever this says: a reader holding the file only keeps it
            // in its rollback journal mode until the next write.
            try? useWAL()
        }
        return result
    }

    /// Runs `body` in a savepoint: released when it returns, rolled back to (and released) when it throws.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT tipdb_savepoint")
        let searchWatermark = deferredSearch?.watermark
        let result: T
        do {
            result = try body()
        } catch {
            // Rows indexed inside the savepoint are about to lose their index entries again.
            if let searchWatermark { deferredSearch?.watermark = searchWatermark }
            reloadedFileCache = nil
            // ROLLBACK TO keeps the savepoint on the stack: release it too.
            try? execute("ROLLBACK TO SAVEPOINT tipdb_savepoint")
            try? execute("RELEASE SAVEPOINT tipdb_savepoint")
            throw error
        }
        try execute("RELEASE SAVEPOINT tipdb_savepoint")
        return result
    }

    /// Rolls back unless SQLite already did (it does so on its own after some I/O errors).
    private func rollbackIfOpen() {
        deferredSearch = nil
        deferredIndexes = nil  // the rollback puts back any index a bulk load dropped
        reloadedFileCache = nil  // the batch it describes is rolled back
        if !isAutocommit {
            try? execute("ROLLBACK TRANSACTION")
        }
    }
}
