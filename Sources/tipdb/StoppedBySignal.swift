import Foundation

/// A command a signal stopped, once it has rolled back and said so: thrown out of `run()`, so that
/// `TipDB.parseAndRun` ends the process by that same signal, after its output is flushed.
///
/// Why not `exit(128 + signal)`: a shell tells a child that died of SIGINT from one that exited
/// with 130. Bash running `for f in *.csv; do tipdb ingest "$f"; done` stops the loop at Ctrl-C
/// only when the child died of it; a child that exits, whatever its status, is taken to have
/// handled the signal as an editor does, and the loop went on to the next file. The shell still
/// reports 130, 143 or 129 in `$?`, 128 plus the signal's number; a program that started tipdb
/// sees it killed by the signal (`WIFSIGNALED`). See <https://www.cons.org/cracauer/sigint.html>.
struct StoppedBySignal: Error {
    /// SIGINT, SIGTERM or SIGHUP.
    let signal: Int32

    /// Flushes standard output (`print` keeps a buffer, which no exit by a signal writes), puts the
    /// signal's default action back and sends the signal again, which ends the process.
    ///
    /// `raise`, not `kill(getpid(), ...)`: it sends the signal to this thread, which receives it
    /// before `raise` returns; one sent to the process may be taken by another thread a moment
    /// later, while this one went on.
    func end() -> Never {
        if let problem = StandardStream.shared.failure() { ExitStatus.printError(problem) }
        Foundation.signal(signal, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(signal)
        // Not reached: the default action of SIGINT, SIGTERM and SIGHUP ends the process.
        Foundation.exit(128 + signal)
    }
}
