import Foundation

/// Removes a backup's partial copy when the backup is interrupted (Ctrl-C, `kill`, a closed
/// terminal), so that only a `kill -9` or a power cut can leave one, for the next backup to DEST
/// to remove.
///
/// Why a signal handler: the partial copy is a full copy of the team's data; the default action
/// of SIGINT, SIGTERM and SIGHUP ends the process without running any cleanup. The handler only
/// calls `unlink` and `_exit`, which are safe in a signal handler, on names prepared before.
enum PartialCopyCleanup {
    /// The files to remove, as C strings made before any signal can arrive.
    /// A buffer, not an array: reading it in the handler retains nothing.
    nonisolated(unsafe) private static var files = UnsafeMutableBufferPointer<UnsafeMutablePointer<CChar>?>(start: nil, count: 0)

    /// Removes `paths` if the process is interrupted from now on.
    static func arm(_ paths: [String]) {
        let prepared = UnsafeMutableBufferPointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: paths.count)
        for (index, path) in paths.enumerated() { prepared[index] = strdup(path) }
        files = prepared
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                for file in PartialCopyCleanup.files { if let file { unlink(file) } }
                _exit(128 + received)
            }
        }
    }

    /// Back to the default actions, once the copy is in place or removed.
    static func disarm() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { signal(signalNumber, SIG_DFL) }
    }
}
