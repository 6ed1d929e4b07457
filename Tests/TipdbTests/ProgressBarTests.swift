import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The ingest's progress bar is for a person at a terminal: it appears on stderr only when stderr
/// is a terminal and the file takes more than a moment, and never in a pipe or a log.
@Suite("Ingest progress bar (built binary)")
struct ProgressBarTests {
    @Test("on a terminal a long ingest shows rows, rows/s and percent, then says it rebuilds the indexes; through a pipe nothing")
    func terminalOnly() throws {
        try withTemporaryDirectory { dir in
            try LargeFile.sources(at: dir.appendingPathComponent("sources.csv"))
            try LargeFile.figures(at: dir.appendingPathComponent("big.csv"), rows: 200_000, prefix: "big")
            for name in ["tty.sqlite", "pipe.sqlite"] {
                #expect(try Tipdb.run(["init", "--db", name], in: dir).status == 0)
                #expect(try Tipdb.run(["ingest", "--db", name, "--quiet", "sources.csv"], in: dir).status == 0)
            }

            let pty = try PseudoTerminal()
            let started = Date()
            let process: Process
            do {
                process = try Tipdb.start(["ingest", "--db", "tty.sqlite", "big.csv"], in: dir, stderr: pty.terminal)
            } catch {
                _ = pty.output()  // stops the reading thread and closes both ends
                throw error
            }
            process.waitUntilExit()
            let duration = Date().timeIntervalSince(started)
            let shown = pty.output()
            #expect(process.terminationStatus == 0, "\(shown)")
            // The bar waits a second before it shows: a machine that loads 200,000 rows faster than
            // that has nothing to show, and this test nothing to check (here it takes 2-3 s).
            guard duration > 1.5 else {
                print("progress bar test: the ingest took \(duration) s, too fast for the bar; not checked")
                return
            }
            #expect(shown.contains("\rbig.csv: "), "the bar rewrites one line: \(shown.suffix(300))")
            #expect(shown.contains(" rows/s, "))
            #expect(shown.contains("200000 rows, "), "the last update counts every row")
            #expect(shown.contains("100%, rebuilding indexes..."), "a load into an empty table rebuilds its indexes")

            let piped = try Tipdb.run(["ingest", "--db", "pipe.sqlite", "big.csv"], in: dir)
            #expect(piped.status == 0)
            #expect(!piped.stderr.contains("\r") && !piped.stderr.contains("rows/s"), "no bar in a pipe: \(piped.stderr)")
            #expect(piped.stderr.contains("kind figures from the header"), "the notes still go to stderr")
        }
    }
}
