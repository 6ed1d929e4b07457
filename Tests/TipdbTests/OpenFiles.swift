import Foundation

/// What files a running process has open, read from `/proc/PID/fd`, for the tests that act on a
/// command while it waits for another connection's lock (`LockWaitSignalTests`,
/// `SQLLockTimeoutTests`, `BackupRestoreTimeoutTests`).
///
/// Why the open file and not a sleep: a command has reached its wait for the lock once it has the
/// database open, however slowly a loaded machine started it; a fixed sleep was either too short
/// there or a waste of time on a quiet machine.
enum OpenFiles {
    /// Waits until `process` has a file whose path ends with `/name` open; false when the process
    /// ended first.
    static func waitUntilOpen(_ process: Process, _ name: String) -> Bool {
        let fds = "/proc/\(process.processIdentifier)/fd"
        while process.isRunning {
            let links = (try? FileManager.default.contentsOfDirectory(atPath: fds)) ?? []
            if links.contains(where: { (try? FileManager.default.destinationOfSymbolicLink(atPath: fds + "/" + $0))?.hasSuffix("/" + name) == true }) {
                return true
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return false
    }
}
