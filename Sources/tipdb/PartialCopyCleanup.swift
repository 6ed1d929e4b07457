import Foundation

/// Removes a backup's partial copy when the backup is interrupted (Ctrl-C, `kill`, a closed
/// terminal), so that only a `kill -9` or a power cut can leave one, for the next backup to DEST
/// to remove.
///
/// Why a signal handler: the partial copy is a full copy of the team's data; the default action
/// of SIGINT, SIGTERM and SIGHUP ends the process without running any cleanup. The handler only
/// calls `unlink`, `signal`, `sigemptyset`, `sigaddset`, `pthread_sigmask` and `raise`, which are
/// safe in a signal handler, on names prepared before; then the process dies of the signal, as a
/// writing command does (`StoppedBySignal`), so that a shell loop of backups stops too.
enum PartialCopyCleanup {
    /// The files to remove, as C strings made before any signal can arrive.
    /// A buffer, not an array: reading it in the handler retains nothing.
    nonisolated(unsafe) private static var files = UnsafeMutableBufferPointer<UnsafeMutablePointer<CChar>?>(start: nil, count: 0)

    /// Removes `paths` if the process is interrupted from now on.
    static func arm(_ paths: [String]) {
        let prepared = UnsafeMutableBufferPointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: paths.count)
        for (index, path) in paths.enumerated() { prepared[index] = strdup(path) }
        files = prepared
        // A parent may have started us with these signals blocked (a thread of a test runner
        // does): they would wait until the copy was in place, and the backup ended as if never
        // interrupted. `Database.stopOnSignals` unblocks them for the same reason.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&blocked, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                for file in PartialCopyCleanup.files { if let file { unlink(file) } }
                // The default action back, and the signal unblocked (the handler runs with it
                // blocked), so that raising it ends the process at once.
                signal(received, SIG_DFL)
                var set = sigset_t()
                sigemptyset(&set)
                sigaddset(&set, received)
                pthread_sigmask(SIG_UNBLOCK, &set, nil)
                raise(received)
                _exit(128 + received)
            }
        }
    }

    /// Back to the default actions, once the copy is in place or removed.
    static func disarm() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { signal(signalNumber, SIG_DFL) }
    }
}
