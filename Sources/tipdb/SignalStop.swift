import ArgumentParser
import Foundation
import Storage

/// What the writing commands (ingest, derive, retract) do when Ctrl-C, SIGTERM or SIGHUP arrives:
/// stop at the next row or statement, roll back, say so, and exit 128 plus the signal's number.
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

    /// Prints `message` as a failure (as JSON too under `json`) and returns the exit status to
    /// throw: 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP, as shells report a process a signal ended.
    static func failure(_ message: String, _ stop: WriteInterrupted, json: Bool) -> ExitCode {
        ExitStatus.failure(message, ExitCode(stop.exitStatus), json: json)
    }

    /// `COMMAND interrupted (Ctrl-C); nothing was written: ...`, for a command with no rows to count.
    static func message(_ command: String, _ stop: WriteInterrupted) -> String {
        "\(command) interrupted (\(stop.cause)); nothing was written: the database is as it was before the command"
    }

    /// When a signal came that could no longer stop the command (its commit had begun, or its work
    /// was done), says so: otherwise a user who pressed Ctrl-C would take the exit status and the
    /// report for a mistake. `committed`: whether the command wrote its changes.
    static func noteIfLate(committed: Bool) {
        guard let signal = Database.signalReceived else { return }
        let cause = WriteInterrupted(signal: signal).cause
        Note.print(committed
            ? "\(cause) came once the changes were being committed, too late to stop them: they were written, as the report says"
            : "\(cause) came once the command had done its work, too late to stop it; it wrote nothing, as the report says")
    }
}
