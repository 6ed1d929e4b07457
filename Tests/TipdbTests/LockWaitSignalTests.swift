import Foundation
import Storage
import Testing

/// Ctrl-C while an ingest waits for another writer's lock stops it at once as interrupted (killed
/// by SIGINT, which a shell reports as 130; nothing written), where SQLite's busy timeout used to sleep through the signal and end
/// with exit 2, "database is busy" (review of session 32).
@Suite("tipdb ingest and a signal while waiting for the write lock (built binary)", .serialized)
struct LockWaitSignalTests {
    @Test("Ctrl-C while another connection holds the write lock: the interrupted message and death by SIGINT, not busy")
    func interruptedWhileWaiting() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,title,publisher\nngo,Report,NGO\n".utf8).write(to: dir.appendingPathComponent("s.csv"))
            let database = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: database)
            // Held for the whole test: without a signal the ingest would wait its 5 s, then fail busy.
            let holder = try Database(path: database.path, mode: .readWrite, busyTimeout: 0, usesWAL: false)
            defer { holder.close() }
            try holder.execute("BEGIN IMMEDIATE")

            let process = Process()
            process.executableURL = Tipdb.executable
            process.arguments = ["ingest", "s.csv"]
            process.currentDirectoryURL = dir
            var environment = ProcessInfo.processInfo.environment
            environment.removeValue(forKey: "TIPDB_DATABASE")
            process.environment = environment
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            // The database is opened after the signals are taken over: once the process has it
            // open, Ctrl-C reaches tipdb's handler, not the default action.
            let opened = OpenFiles.waitUntilOpen(process, "tipdb.sqlite")
            #expect(opened, "the ingest ended before it opened the database")
            kill(process.processIdentifier, SIGINT)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            try holder.execute("ROLLBACK")

            #expect(process.terminationReason == .uncaughtSignal, "\(stderr)")
            #expect(process.terminationStatus == SIGINT, "\(stderr)")
            #expect(stderr == "tipdb: error: ingest interrupted (Ctrl-C) after 0 rows read; nothing was written: the database is as it was before the command\n")
            #expect(try Data(contentsOf: database) == before)
        }
    }
}
