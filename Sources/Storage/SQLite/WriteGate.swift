import Foundation

/// Where a write under `Database.stoppingOnSignal` stands with respect to a signal.
///
/// Why one per connection (`Database.writeGate`) and not one per process: writes on two
/// connections (two test cases in one process, a command and its backup) each need their own
/// state, and a process-wide variable that two threads set and restore was a use after free.
final class WriteGate {
    enum State { case open, stopping, committing }
    var state = State.open
    /// Until when a lock held by another connection is waited for (the connection's busy timeout).
    var lockDeadline = Date.distantFuture
    /// Whether signals were armed (`Database.stopOnSignals`) when the write began: only then does
    /// a received signal stop it.
    let listens: Bool

    init(listens: Bool) {
        self.listens = listens
    }

    /// Whether a signal this write listens for has arrived.
    var signalled: Bool { listens && receivedSignal != 0 }

    /// The busy handler's answer while another connection holds the lock: wait a little and try
    /// again, until the deadline; give up at once when a signal has come (the write then stops
    /// as interrupted, not as "database is busy"). See <https://sqlite.org/c3ref/busy_handler.html>.
    func waitsForLock() -> Bool {
        if signalled {
            if state == .open { state = .stopping }
            return false
        }
        guard Date() < lockDeadline else { return false }
        usleep(5_000)
        return true
    }

    /// The progress handler's answer: stop every statement once a signal has come, until the commit.
    func stopsStatement() -> Bool {
        switch state {
        case .committing: return false
        case .stopping: return true
        case .open:
            guard signalled else { return false }
            state = .stopping
            return true
        }
    }

    /// The commit hook's answer: refuse the commit of a write a signal reached before it (SQLite
    /// rolls it back); otherwise let it through, and from then on let every signal wait.
    func refusesCommit() -> Bool {
        if state == .stopping || signalled {
            state = .stopping
            return true
        }
        state = .committing
        return false
    }
}
