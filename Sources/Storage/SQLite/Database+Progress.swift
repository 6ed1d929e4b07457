import Foundation
internal import CSQLite

/// The signal that asked the process to stop (SIGINT, SIGTERM or SIGHUP), 0 until one arrives.
/// Written only by the signal handler, which does nothing else: a flag is all a handler may safely set.
nonisolated(unsafe) var receivedSignal: sig_atomic_t = 0

/// Whether `stopOnSignals` has been given signals to listen for (and not since been given none).
///
/// Why a write asks it when it starts (`WriteGate.listens`): the flag above belongs to the whole
/// process, so a write that began while nothing listened (another connection's, in a process that
/// arms and disarms signals around one write, as the tests do) must not be stopped by it.
nonisolated(unsafe) var signalsArmed = false

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
        stopOnSignals([SIGINT])
    }

    /// Makes `signals` (SIGINT, SIGTERM, SIGHUP) set a flag instead of ending the process: a query
    /// under `withDeadline`, or a write under `stoppingOnSignal`, then stops cleanly and says so.
    /// The first signal is the one remembered: it is the one the user sent.
    public static func stopOnSignals(_ signals: [Int32]) {
        receivedSignal = 0
        signalsArmed = !signals.isEmpty
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals {
            signal(number) { received in
                if receivedSignal == 0 { receivedSignal = received }
            }
            sigaddset(&set, number)
        }
        // A parent may have started us with these signals blocked; they must still reach the handler.
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// The signal received since `stopOnSignals`, if any: a write that finished anyway says it came too late.
    public static var signalReceived: Int32? {
        receivedSignal == 0 ? nil : receivedSignal
    }

    /// Runs `body` with a deadline: a statement still running after `timeout` seconds, or when
    /// Ctrl-C is pressed, fails with `SQLITE_INTERRUPT`, which is turned into the stop reason.
    ///
    /// SQLite calls the handler every few thousand virtual-machine instructions, so a runaway
    /// query stops within milliseconds of the deadline. See <https://sqlite.org/c3ref/progress_handler.html>.
    public func withDeadline<T>(_ timeout: Double?, _ body: () throws -> T) throws -> T {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        // Only a signal this process listens for stops the query, as for writes (`WriteGate.listens`):
        // another thread's raised signal, before arming, is not the user's Ctrl-C.
        let listens = signalsArmed
        let interrupted = { listens && receivedSignal != 0 }
        let check = ProgressCheck {
            if interrupted() { return true }
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
            if interrupted() { throw QueryStopped(reason: .userInterrupt) }
            throw QueryStopped(reason: .timeout(seconds: timeout ?? 0))
        }
    }

    /// Runs `body`, which opens a write transaction and commits it, so that a signal of
    /// `stopOnSignals` stops it with nothing written, up to the moment SQLite starts to commit;
    /// a signal after that is left for the caller to mention (`signalReceived`): the changes are
    /// being written, and saying "nothing was written" would be false.
    ///
    /// Three places stop the write: `stopIfSignalled()`, which a loop calls between rows; SQLite's
    /// progress handler, which fails a long statement (an index rebuilt before the commit) with
    /// `SQLITE_INTERRUPT`; and the commit hook, which turns the COMMIT of a write a signal reached
    /// before it into a rollback. The commit hook is also the line: once it lets the COMMIT
    /// through, neither of the others stops anything. See <https://sqlite.org/c3ref/commit_hook.html>.
    ///
    /// - Throws: `WriteInterrupted` when a signal stopped the write (the transaction is rolled
    ///   back: `transaction` rolls back on any error, and SQLite rolls back a write statement it
    ///   interrupted); otherwise what `body` throws.
    public func stoppingOnSignal<T>(_ body: () throws -> T) throws -> T {
        let gate = WriteGate(listens: signalsArmed)
        let context = Unmanaged.passRetained(gate)
        sqlite3_progress_handler(handle, 1000, { pointer in
            guard let pointer else { return 0 }
            return Unmanaged<WriteGate>.fromOpaque(pointer).takeUnretainedValue().stopsStatement() ? 1 : 0
        }, context.toOpaque())
        sqlite3_commit_hook(handle, { pointer in
            guard let pointer else { return 0 }
            return Unmanaged<WriteGate>.fromOpaque(pointer).takeUnretainedValue().refusesCommit() ? 1 : 0
        }, context.toOpaque())
        // Waiting for another writer's lock listens for a signal too: SQLite's own busy timeout
        // sleeps deaf to it, so Ctrl-C at "database is busy" took the whole timeout, then exit 2.
        gate.lockDeadline = Date().addingTimeInterval(busyTimeout)
        sqlite3_busy_handler(handle, { pointer, _ in
            guard let pointer else { return 0 }
            return Unmanaged<WriteGate>.fromOpaque(pointer).takeUnretainedValue().waitsForLock() ? 1 : 0
        }, context.toOpaque())
        let outer = writeGate
        writeGate = gate
        defer {
            writeGate = outer
            sqlite3_progress_handler(handle, 0, nil, nil)
            sqlite3_commit_hook(handle, nil, nil)
            sqlite3_busy_timeout(handle, Int32(max(0, min(busyTimeout * 1000, Double(Int32.max)))))
            context.release()
        }
        do {
            return try body()
        } catch let error as WriteInterrupted {
            throw error
        } catch where gate.state == .stopping {
            // Whatever the stopped statement or the refused commit made of it (SQLITE_INTERRUPT,
            // a failed COMMIT), the cause is the signal.
            throw WriteInterrupted(signal: receivedSignal)
        }
    }

    /// Throws `WriteInterrupted` when a signal arrived and the write under `stoppingOnSignal` has
    /// not started to commit: a loop calls it between rows, so that it stops at once, without
    /// waiting for a statement long enough for the progress handler to see.
    public func stopIfSignalled() throws(WriteInterrupted) {
        guard let gate = writeGate, gate.state != .committing, gate.signalled else { return }
        gate.state = .stopping
        throw WriteInterrupted(signal: receivedSignal)
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
