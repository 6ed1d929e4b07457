/// The outcome of one `tipdb ingest` command.
public struct IngestReport: Codable, Sendable {
    public var files: [FileSummary] = []
    /// Every problem found: with `--on-error abort` they rejected the command, with `skip` the rows.
    public var errors: [IngestIssue] = []
    public var dryRun: Bool
    public var onError: IngestOptions.OnError
    /// True when the changes were written to the database.
    public var committed = false
    /// True when a problem concerned a whole file (missing, of no kind tipdb can tell, a header
    /// it cannot use, bytes it cannot read), which rejects the command even with `--on-error skip`.
    public var stoppedAtFile = false

    /// True when the command is refused as a whole, so a real run writes nothing: a file it
    /// cannot use, or any problem under `--on-error abort`. A dry run reports such a command as
    /// the real run would, not the rows it would have written had it been accepted.
    public var commandRejected: Bool { stoppedAtFile || (onError == .abort && !errors.isEmpty) }

    /// True when the command loaded everything it read (exit code 0).
    public var isClean: Bool { errors.isEmpty }
}
