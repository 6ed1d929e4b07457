import Foundation
internal import CSQLite

/// Set from a signal handler when the user presses Ctrl-C; checked by the progress handler.
nonisolated(unsafe) private var interruptRequested: sig_atomic_t = 0

/// A box that carries the Swift check to SQLite's C progress callback.
private final class ProgressCheck {
    let shouldStop: () -> Bool
    init(_ shouldStop: @escaping () -> Bool) { self.shouldStop = shouldStop }
}

extension Database {
    /// Why a query was stopped before it finished.
    public enum StopReason: Sendable, Equatable {
        case timeout(seconds: Double)
        case userInterrupt
    }

    /// Makes Ctrl-C stop the running statement cleanly (through the progress handler) instead of
    /// killing the process mid-step.
    public static func stopOnInterruptSignal() {
        interruptRequested = 0
        signal(SIGINT) { _ in interruptRequested = 1 }
        // A parent may have started us with SIGINT blocked; Ctrl-C must still reach the handler.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Runs `body` with a deadline: a statement still running after `timeout` seconds, or when
    /// Ctrl-C is pressed, fails with `SQLITE_INTERRUPT`, which is turned into the stop reason.
    ///
    /// SQLite calls the handler every few thousand virtual-machine instructions, so a runaway
    /// query stops within milliseconds of the deadline. See <https://sqlite.org/c3ref/progress_handler.html>.
    public func withDeadline<T>(_ timeout: Double?, _ body: () throws -> T) throws -> T {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        let check = ProgressCheck {
            if interruptRequested != 0 { return true }
            if let deadline, Date() > deadline { return true }
            return false
        }
        let context = Unmanaged.passRetained(check)
        sqlite3_progress_handler(handle, 4000, { pointer in
            guard let pointer else { return 0 }
            return Unmanaged<ProgressCheck>.fromOpaque(pointer).takeUnretainedValue().shouldStop() ? 1 : 0
        }, context.toOpaque())
        defer {
            sqlite3_progress_handler(handle, 0, nil, nil)
            context.release()
        }
        do {
            return try body()
        } catch let error as StorageError where error.resultCode == SQLITE_INTERRUPT {
            if interruptRequested != 0 { throw QueryStopped(reason: .userInterrupt) }
            throw QueryStopped(reason: .timeout(seconds: timeout ?? 0))
        }
    }
}

/// A query stopped by its deadline or by Ctrl-C.
public struct QueryStopped: Error, LocalizedError, Sendable, Equatable {
    public let reason: Database.StopReason

    public var errorDescription: String? {
        switch reason {
        case .timeout(let seconds):
            "query stopped after \(seconds.formatted()) s (--timeout); narrow the query or raise --timeout"
        case .userInterrupt:
            "query interrupted (Ctrl-C); nothing was changed"
        }
    }
}
