import Foundation

extension Database {
    /// Runs `body` in one read transaction, so that every query it makes reads the same state of
    /// the database, whatever another process commits meanwhile; then ends the transaction
    /// without committing anything.
    ///
    /// Why: out of a transaction each statement reads the database as it is when that statement
    /// starts. A brief read its figures and references first and the batches behind them seconds
    /// later, and an ingest committing in between put `rsA.csv`'s title beside `rsB.csv`'s batch
    /// and SHA-256 in one brief (a nightly-pipeline review, session 49). In WAL mode a reader
    /// holds no lock a writer waits for, so this costs a concurrent ingest nothing; in rollback
    /// mode (a copy made by `tipdb backup`) a writer waits for the reader to finish, as it waited
    /// for each of its statements before.
    ///
    /// Why ROLLBACK and not `transaction(.deferred)`, which commits: the first commit switches a
    /// file opened for writing that is not in WAL mode yet to it (`switchesToWALOnCommit`), and a
    /// command that writes nothing leaves the file byte for byte as it was.
    ///
    /// Called while a transaction is open, `body` runs in it: that is one snapshot already. The
    /// snapshot starts at the first read (`BEGIN DEFERRED`), which is `body`'s.
    public func readingOneSnapshot<T>(_ body: () throws -> T) throws -> T {
        guard isAutocommit else { return try body() }
        try execute("BEGIN DEFERRED TRANSACTION")
        defer {
            if !isAutocommit { try? execute("ROLLBACK TRANSACTION") }
        }
        return try body()
    }
}
