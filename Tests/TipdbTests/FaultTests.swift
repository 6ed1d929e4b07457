import Foundation
import Storage
import TestSupport
import Testing

/// Faults injected into real processes: SIGKILL mid-ingest, concurrent writers, readers during a
/// write, a file-size limit, read-only files, damaged databases.
@Suite("Faults (built binary)", .serialized)
struct FaultTests {
    /// A database with the test sources and `before` figures, plus a large figures file to ingest.
    struct Setup {
        let dir: URL
        let base: URL
        let big: URL
        let before: Int64
    }

    private func setUp(in dir: URL, rows: Int) throws -> Setup {
        try LargeFile.sources(at: dir.appendingPathComponent("sources.csv"))
        try LargeFile.figures(at: dir.appendingPathComponent("pre.csv"), rows: 1_000, prefix: "pre")
        try LargeFile.figures(at: dir.appendingPathComponent("big.csv"), rows: rows, prefix: "big")
        #expect(try Tipdb.run(["init", "--db", "base.sqlite"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--db", "base.sqlite", "--quiet", "sources.csv", "pre.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
        return Setup(dir: dir, base: dir.appendingPathComponent("base.sqlite"), big: dir.appendingPathComponent("big.csv"), before: 1_000)
    }

    private func copyBase(_ setup: Setup, to name: String) throws -> URL {
        let url = setup.dir.appendingPathComponent(name)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
        try FileManager.default.copyItem(at: setup.base, to: url)
        return url
    }

    /// Opens a database file the way a user would afterwards and returns its figure count,
    /// after checking that SQLite finds it intact.
    private func figureCount(_ url: URL) throws -> Int64 {
        let db = try Database(path: url.path, mode: .readWrite)
        defer { db.close() }
        #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
        #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
        return try db.integer("SELECT count(*) FROM figures")
    }

    /// Every schema entry of a database file: a bulk load drops indexes and must leave none missing.
    private func schema(_ url: URL) throws -> [String] {
        let db = try Database(path: url.path, mode: .readOnly)
        defer { db.close() }
        return try db.rows("SELECT type || ' ' || name || ': ' || coalesce(sql, '') AS entry FROM sqlite_schema ORDER BY type, name")
            .compactMap { $0.string("entry") }
    }

    @Test("SIGKILL at 20 random moments of a 200,000-row ingest: the figure count is always exactly before or after")
    func killDuringIngest() throws {
        try withTemporaryDirectory { dir in
            let setup = try setUp(in: dir, rows: 200_000)
            let full = try copyBase(setup, to: "full.sqlite")
            let started = Date()
            let complete = try Tipdb.run(["ingest", "--db", full.path, "--quiet", setup.big.path], in: dir)
            let duration = Date().timeIntervalSince(started)
            #expect(complete.status == 0, "\(complete.stderr)")
            let after = try figureCount(full)
            #expect(after == setup.before + 200_000)
            let schemaBefore = try schema(setup.base)
            #expect(try schema(full) == schemaBefore)

            // A fixed seed: the same moments on every run, spread over the ingest (a loaded machine can
            // make one run slower than another, so stay inside the measured duration).
            var random = SeededGenerator(seed: 20_261_129)
            var outcomes: [String] = []
            var killedWhileRunning = 0
            for trial in 0..<20 {
                let url = try copyBase(setup, to: "trial.sqlite")
                let delay = Double.random(in: 0.02...max(0.05, duration * 0.9), using: &random)
                let process = try Tipdb.start(["ingest", "--db", url.path, "--quiet", setup.big.path], in: dir)
                Thread.sleep(forTimeInterval: delay)
                if process.isRunning {
                    killedWhileRunning += 1
                    kill(process.processIdentifier, SIGKILL)
                }
                process.waitUntilExit()
                let count = try figureCount(url)
                #expect(try schema(url) == schemaBefore, "trial \(trial): the schema after a kill at \(delay) s")
                #expect(count == setup.before || count == after, "trial \(trial): \(count) figures after a kill at \(delay) s")
                outcomes.append(count == setup.before ? "before" : "after")
            }
            #expect(killedWhileRunning >= 5, "only \(killedWhileRunning) of 20 kills landed during the ingest (it took \(duration) s)")
            print("kill test: ingest of 200,000 rows took \(String(format: "%.2f", duration)) s; 20 trials, \(killedWhileRunning) killed mid-ingest; outcomes: \(outcomes.filter { $0 == "before" }.count) before, \(outcomes.filter { $0 == "after" }.count) after")
        }
    }

    @Test("two ingests at once: the second waits for the first, or fails cleanly with exit 2 after the busy timeout")
    func concurrentIngests() throws {
        try withTemporaryDirectory { dir in
            let setup = try setUp(in: dir, rows: 50_000)
            try LargeFile.figures(at: dir.appendingPathComponent("small.csv"), rows: 100, prefix: "small")
            let db = try copyBase(setup, to: "shared.sqlite")
            let errors = dir.appendingPathComponent("first.err")
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            let first = try Tipdb.start(["ingest", "--db", db.path, "--quiet", setup.big.path], in: dir, stderr: try FileHandle(forWritingTo: errors))
            Thread.sleep(forTimeInterval: 0.3)
            let second = try Tipdb.run(["ingest", "--db", db.path, "--quiet", "small.csv"], in: dir)
            first.waitUntilExit()
            #expect(first.terminationStatus == 0)
            let count = try figureCount(db)
            if second.status == 0 {
                #expect(count == setup.before + 50_100)
            } else {
                #expect(second.status == 2)
                #expect(second.stderr.contains("database is busy"), "\(second.stderr)")
                #expect(count == setup.before + 50_000)
            }
        }
    }

    @Test("readers during a write (tipdb sql, tipdb report brief) see a consistent snapshot: the data before, until the ingest commits")
    func readersDuringWrite() throws {
        try withTemporaryDirectory { dir in
            let setup = try setUp(in: dir, rows: 100_000)
            let db = try copyBase(setup, to: "read.sqlite")
            let writer = try Tipdb.start(["ingest", "--db", db.path, "--quiet", setup.big.path], in: dir)
            var seen = Set<String>()
            var reads = 0
            while writer.isRunning && reads < 50 {
                let result = try Tipdb.run(["sql", "--db", db.path, "--format", "csv", "SELECT count(*) AS n, (SELECT count(*) FROM figure_tags) AS t FROM figures"], in: dir)
                #expect(result.status == 0, "\(result.stderr)")
                seen.insert(result.stdout)
                reads += 1
            }
            // A brief rendered during the write covers one snapshot too: every figure before, or every figure after.
            if writer.isRunning {
                let brief = try Tipdb.run(["report", "brief", "--db", db.path, "--format", "csv", "--date", "2026-11-29"], in: dir)
                #expect(brief.status == 0, "\(brief.stderr)")
                let rows = brief.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1
                #expect(rows == 1_000 || rows == 101_000, "the brief saw \(rows) figures")
            }
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0)
            for snapshot in seen {
                #expect(snapshot == "n,t\r\n1000,0\r\n" || snapshot == "n,t\r\n101000,0\r\n", "a reader saw \(snapshot)")
            }
            #expect(reads > 0)
        }
    }

    @Test("a file-size limit mid-ingest: one-line error, exit 2, database unchanged")
    func fileSizeLimit() throws {
        try withTemporaryDirectory { dir in
            let setup = try setUp(in: dir, rows: 100_000)
            let db = try copyBase(setup, to: "limited.sqlite")
            let before = try Data(contentsOf: db)
            let limitKB = before.count / 1024 + 512
            let result = try Tipdb.runInShell(
                "ulimit -f \(limitKB); exec \"$0\" \"$@\"", ["ingest", "--db", db.path, "--quiet", setup.big.path], in: dir)
            let stderr = result.stderr
            #expect(result.status == 2, "\(stderr)")
            #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
            #expect(stderr.contains("limited.sqlite: "), "\(stderr)")
            #expect(stderr.contains("nothing was changed"), "\(stderr)")
            #expect(try figureCount(db) == setup.before)
        }
    }

    @Test("a read-only database file or directory: exit 2, a clear message, nothing changed")
    func readOnly() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") || getuid() != 0 else { return }
        try withTemporaryDirectory { dir in
            let setup = try setUp(in: dir, rows: 10)
            let db = try copyBase(setup, to: "locked.sqlite")
            let before = try Data(contentsOf: db)
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: setup.big.path)
            // Root ignores permissions: run the command as an unprivileged user instead.
            let asUser = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Tipdb.executable.path] : [Tipdb.executable.path]
            let process = Process()
            process.executableURL = URL(fileURLWithPath: asUser[0])
            process.arguments = Array(asUser.dropFirst()) + ["ingest", "--db", db.path, "--quiet", setup.big.path]
            process.currentDirectoryURL = dir
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dir.path)
            guard !stderr.contains("Permission denied") || !stderr.contains("setpriv") else { return }
            #expect(process.terminationStatus == 2, "\(stderr)")
            #expect(stderr.hasPrefix("tipdb: error: \(db.path): "), "\(stderr)")
            #expect(stderr.split(separator: "\n").count == 1)
            #expect(try Data(contentsOf: db) == before)
        }
    }

    @Test("a truncated or damaged database: exit 2 naming the file, and the file is not changed", arguments: ["truncated", "damaged"])
    func damaged(kind: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let url = dir.appendingPathComponent("tipdb.sqlite")
            var bytes = try Data(contentsOf: url)
            if kind == "truncated" {
                bytes = bytes.prefix(bytes.count / 3)
            } else {
                // Overwrite pages in the middle with noise, keeping the header valid.
                for i in stride(from: 8192, to: min(bytes.count, 8192 * 12), by: 1) { bytes[i] = UInt8(truncatingIfNeeded: i &* 31) }
            }
            try bytes.write(to: url)
            for command in [["status"], ["sql", "SELECT count(*) FROM figures"], ["ingest", "--quiet", repositoryRoot.appendingPathComponent("Fixtures/figures.csv").path], ["check"],
                            ["report", "brief", "--date", "2026-01-01"], ["report", "sources"]] {
                let result = try Tipdb.run(command, in: dir)
                if command == ["check"] && result.status == 1 {
                    #expect(result.stdout.contains("integrity"), "\(result.stdout)")
                } else {
                    #expect(result.status == 2, "\(command): \(result.stdout) \(result.stderr)")
                    #expect(result.stderr.contains("tipdb.sqlite"), "\(command): \(result.stderr)")
                    #expect(result.stderr.split(separator: "\n").count == 1, "\(command): \(result.stderr)")
                }
                #expect(try Data(contentsOf: url) == bytes, "\(command) changed the damaged file")
            }
        }
    }

    @Test("another program's SQLite file (init and migrate too) or an empty file: exit 2 with what to do, and not one byte changed (no switch to WAL)",
          arguments: ["foreign", "foreign-wal", "empty"])
    func notTipdb(kind: String) throws {
        try withTemporaryDirectory { dir in
            let url = dir.appendingPathComponent("other.sqlite")
            if kind == "foreign" {
                let other = try Database(path: url.path, usesWAL: false)
                try other.execute("CREATE TABLE notes (x TEXT)")
                other.close()
            } else if kind == "foreign-wal" {
                // Another program's database whose last commit is still only in its WAL: copies of
                // the three files, taken while that program holds it open, as a crash would leave them.
                let other = try Database(path: dir.appendingPathComponent("live.sqlite").path)
                try other.execute("CREATE TABLE notes (x TEXT)")
                try other.execute("INSERT INTO notes VALUES ('kept in the WAL')")
                for suffix in ["", "-wal", "-shm"] {
                    try FileManager.default.copyItem(atPath: dir.appendingPathComponent("live.sqlite").path + suffix, toPath: url.path + suffix)
                }
                other.close()
            } else {
                #expect(FileManager.default.createFile(atPath: url.path, contents: Data()))
            }
            let bytes = try Data(contentsOf: url)
            let walBytes = try? Data(contentsOf: URL(fileURLWithPath: url.path + "-wal"))
            let figures = repositoryRoot.appendingPathComponent("Fixtures/figures.csv").path
            // tipdb init turns an empty file into a database, and adds nothing to another program's.
            let initialising: [[String]] = kind != "empty" ? [["init"], ["migrate"]] : []
            let expected = kind != "empty"
                ? "other.sqlite: another program's SQLite database (it has tables, none of them tipdb's); tipdb adds nothing to it"
                : "other.sqlite: a SQLite database without a tipdb schema; run `tipdb init --db"
            for command in [["ingest", "--quiet", figures], ["ingest", "--dry-run", figures], ["sql", "SELECT 1"], ["report", "brief"]] + initialising {
                let result = try Tipdb.run(command + ["--db", url.path], in: dir)
                #expect(result.status == 2, "\(command): \(result.stderr)")
                #expect(result.stderr.contains(expected), "\(command): \(result.stderr)")
                #expect(try Data(contentsOf: url) == bytes, "\(command) changed the file")
                if let walBytes {
                    #expect(try Data(contentsOf: URL(fileURLWithPath: url.path + "-wal")) == walBytes, "\(command) changed the WAL")
                } else {
                    #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"), "\(command) left a WAL file")
                }
            }
        }
    }
}
