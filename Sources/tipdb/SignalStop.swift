import ArgumentParser
import Foundation
import Storage

/// What the writing commands (ingest, derive, retract) do when Ctrl-C, SIGTERM or SIGHUP arrives:
/// stop at the next row or statement, roll back, say so, and die of the same signal
/// (`StoppedBySignal`), which the shell reports as 128 plus the signal's number.
///
/// Why not the default action: it ended the process silently with 130 or 143, and under
/// `--json` with no JSON. The database was intact (one transaction), but the user was told
/// nothing, not even that nothing had been written.
enum SignalStop {
    /// From now on the three signals only set a flag (`Database.stopOnSignals`), which
    /// `Database.stoppingOnSignal` acts on.
    static func arm() {
        Database.stopOnSignals([SIGINT, SIGTERM, SIGHUP])
    }

    /// Prints `message` as a failure (as JSON too under `json`, its `exitCode` 130 for Ctrl-C, 143
    /// for SIGTERM, 129 for SIGHUP, as the shell will report it) and returns the stop to throw,
    /// which ends the process by the signal once the output is flushed. `tipdb sql` ends a query
    /// Ctrl-C stopped the same way.
    static func failure(_ message: String, signal: Int32, json: Bool) -> StoppedBySignal {
        _ = ExitStatus.failure(message, ExitCode(128 + signal), json: json)
        return StoppedBySignal(signal: signal)
    }

    /// `COMMAND interrupted (Ctrl-C); nothing was written: ...`, for a command with no rows to count.
    static func message(_ command: String, _ stop: WriteInterrupted) -> String {
        "\(command) interrupted (\(stop.cause)); nothing was written: the database is as it was before the command"
    }

    /// When a signal came that could no longer stop the command (its commit had begun, or its work
    /// was done), says so: otherwise a user who pressed Ctrl-C would take the exit status and the
    /// report for a mistake. `committed`: whether the command wrote its changes.
    ///
    /// The command then exits as its report says (0, or 1 for rejected rows), not by the signal:
    /// the status tells a script what the command did, and dying of SIGINT after a commit would
    /// read as "stopped, nothing written". A shell loop goes on to its next command, as after any
    /// program that handled the signal; a second Ctrl-C stops that one.
    static func noteIfLate(committed: Bool) {
        guard let signal = Database.signalReceived else { return }
        let cause = WriteInterrupted(signal: signal).cause
        Note.print(committed
            ? "\(cause) came once the changes were being committed, too late to stop them: they were written, as the report says"
            : "\(cause) came once the command had done its work, too late to stop it; it wrote nothing, as the report says")
    }
}
