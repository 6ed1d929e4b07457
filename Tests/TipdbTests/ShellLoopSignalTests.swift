import Foundation
import Storage
import Testing

/// Ctrl-C in a shell loop of ingests stops the loop, not only the ingest running: tipdb rolls
/// back, says so, and dies of SIGINT, so that bash, which got the same SIGINT from the terminal,
/// knows its child did not handle it and stops too. An ingest that exited 130 was taken to have
/// handled it, and the loop went on to its next file.
@Suite("tipdb ingest and Ctrl-C in a bash loop (built binary)", .serialized)
struct ShellLoopSignalTests {
    /// Runs `script` in bash in `dir`, `$0` the binary under test, waits until an ingest holds the
    /// write lock of `database` (its rows are being read, its signal handler is set), then sends
    /// SIGINT to bash's whole process group, as a terminal does at Ctrl-C. Nil when the first ingest ended before the write lock could be seen held, or the signal
    /// found it no longer interruptible.
    private func interruptLoop(_ script: String, database: URL, in dir: URL) throws -> WatchedProcess.Outcome? {
        // Through env, which gives bash SIGINT's default action: a test runner started in the
        // background of a script ignores SIGINT, its children inherit that, and a shell that
        // starts with a signal ignored may not take it back, so it would never stop its loop.
        let run = try WatchedProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["--default-signal=INT", "/bin/bash", "-c", script, Tipdb.executable.path], in: dir)
        let bash = run.process.processIdentifier
        // Foundation starts the child in a process group of its own: the signal reaches bash and
        // its children, never the test runner.
        try #require(getpgid(bash) == bash)
        let locked = try run.waitForWriteLock(on: database)
        if locked { kill(-bash, SIGINT) }
        let outcome = run.finish()
        return locked && outcome.stderr.contains("ingest interrupted (Ctrl-C)") ? outcome : nil
    }

    @Test("Ctrl-C during the first ingest of `for db in first second; do tipdb ingest --db $db.sqlite ...; echo next; done`: the loop stops, next is never printed")
    func loopStops() throws {
        try withTemporaryDirectory { dir in
            try LargeFile.sources(at: dir.appendingPathComponent("sources.csv"))
            // The loop's second ingest writes another file: only the first one's lock is watched.
            let database = dir.appendingPathComponent("first.sqlite")
            var rows = 300_000
            for attempt in 0..<5 {
                for name in ["first.sqlite", "second.sqlite"] {
                    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dir.appendingPathComponent(name).path + suffix) }
                    #expect(try Tipdb.run(["init", "--db", name], in: dir).status == 0)
                    let load = try Tipdb.run(["ingest", "--db", name, "--quiet", "sources.csv"], in: dir)
                    try #require(load.status == 0, "\(load.stderr)")
                }
                try LargeFile.figures(at: dir.appendingPathComponent("big.csv"), rows: rows, prefix: "big\(attempt)")
                let script = "for db in first second; do \"$0\" ingest --db $db.sqlite --quiet big.csv; echo next; done"
                // Bigger each time the ingest ended before the signal (on a loaded machine).
                guard let outcome = try interruptLoop(script, database: database, in: dir) else {
                    rows *= 2
                    continue
                }
                #expect(outcome.stdout == "", "the loop went on after Ctrl-C")
                #expect(outcome.reason == .uncaughtSignal)
                #expect(outcome.status == SIGINT)
                let pattern = try Regex(#"tipdb: error: ingest interrupted \(Ctrl-C\) after [0-9]+ rows? read; nothing was written: the database is as it was before the command\n"#)
                #expect(try pattern.wholeMatch(in: outcome.stderr) != nil, "\(outcome.stderr)")
                return
            }
            Issue.record("the ingest ended before the signal in every attempt (up to \(rows / 2) rows)")
        }
    }
}
