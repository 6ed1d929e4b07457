import Foundation

/// A write stopped by a signal before it started to commit (`Database.stoppingOnSignal`):
/// its transaction was rolled back, so nothing of it was written.
public struct WriteInterrupted: Error, Sendable, Equatable {
    /// The signal that stopped it: SIGINT, SIGTERM or SIGHUP.
    public let signal: Int32

    public init(signal: Int32) {
        self.signal = signal
    }

    /// How the user sent it, in their words: `Ctrl-C` for SIGINT, else the signal's name.
    public var cause: String {
        switch signal {
        case SIGINT: "Ctrl-C"
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP"
        default: "signal \(signal)"
        }
    }

    /// The exit status shells give a process a signal ended: 128 plus the signal's number
    /// (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP).
    public var exitStatus: Int32 {
        128 + signal
    }
}
