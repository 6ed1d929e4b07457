import Storage

/// An ingest stopped by a signal (Ctrl-C, SIGTERM, SIGHUP) before it started to commit: its
/// transaction was rolled back, so the database is as it was before the command.
public struct IngestInterrupted: Error, Sendable, Equatable {
    /// The signal, as `WriteInterrupted` names it and turns it into an exit status.
    public let stop: WriteInterrupted
    /// The rows read from the files, all of them together, when it stopped.
    public let rowsRead: Int

    public init(signal: Int32, rowsRead: Int) {
        self.stop = WriteInterrupted(signal: signal)
        self.rowsRead = rowsRead
    }

    /// What the command tells the user: which signal, how far it had got, and that nothing was written.
    public var message: String {
        "ingest interrupted (\(stop.cause)) after \(rowsRead) row\(rowsRead == 1 ? "" : "s") read; nothing was written: the database is as it was before the command"
    }
}
