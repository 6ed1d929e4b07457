import Foundation
import Storage

/// A process whose standard output and error are read while it runs, so that a full pipe never
/// stops it, for the tests that signal it once its write is under way (`IngestSignalTests`,
/// `ShellLoopSignalTests`).
final class WatchedProcess: @unchecked Sendable {
    let process = Process()
    private let reading = DispatchGroup()
    // Each written by its reading thread only, and read only after `reading` is done.
    private var out = Data(), err = Data()

    /// Starts `executable arguments...` in `directory`, without `TIPDB_DATABASE`, standard input empty.
    init(_ executable: URL, _ arguments: [String], in directory: URL) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TIPDB_DATABASE")
        process.environment = environment
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        for (pipe, isError) in [(outPipe, false), (errPipe, true)] {
            reading.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                if isError { self.err = data } else { self.out = data }
                self.reading.leave()
            }
        }
    }

    /// Waits until a write transaction holds `database` (another connection cannot take its write
    /// lock): the command's rows are being read, its signal handler set. False when the process
    /// ended before that could be seen.
    func waitForWriteLock(on database: URL) throws -> Bool {
        let probe = try Database(path: database.path, mode: .readWrite, busyTimeout: 0, usesWAL: false)
        defer { probe.close() }
        while process.isRunning {
            do {
                try probe.execute("BEGIN IMMEDIATE")
                try probe.execute("ROLLBACK")
                Thread.sleep(forTimeInterval: 0.01)
            } catch {
                return true
            }
        }
        return false
    }

    /// How a process ended, and what it printed.
    struct Outcome {
        let reason: Process.TerminationReason
        /// The exit status, or the signal's number when `reason` is `.uncaughtSignal`.
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Waits for the process to end.
    func finish() -> Outcome {
        reading.wait()
        process.waitUntilExit()
        return Outcome(
            reason: process.terminationReason, status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}
