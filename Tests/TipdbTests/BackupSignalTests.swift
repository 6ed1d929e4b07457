import Foundation
import Testing

/// Ctrl-C during `tipdb backup` removes the partial copy and ends the process by SIGINT, as the
/// writing commands do, so that a shell loop of backups stops; it exited 130, which bash takes
/// for a child that handled the signal.
@Suite("tipdb backup and Ctrl-C (built binary)", .serialized)
struct BackupSignalTests {
    @Test("Ctrl-C while the copy is written: no partial copy left, no copy, killed by SIGINT")
    func interrupted() throws {
        try withTemporaryDirectory { dir in
            try LargeFile.sources(at: dir.appendingPathComponent("sources.csv"))
            try LargeFile.figures(at: dir.appendingPathComponent("big.csv"), rows: 300_000, prefix: "big")
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "big.csv"], in: dir)
            try #require(load.status == 0, "\(load.stderr)")
            func partials() -> [String] {
                ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.contains(".partial-") }
            }
            // The copy takes a fraction of a second: tried again when it was done before the signal.
            var missed: [String] = []
            for attempt in 0..<10 {
                let copy = "copy\(attempt).sqlite"
                let run = try WatchedProcess(Tipdb.executable, ["backup", copy], in: dir)
                var seen = false
                while run.process.isRunning && !seen {
                    seen = partials().contains { $0.hasPrefix(copy) }
                    if !seen { usleep(200) }
                }
                if seen { kill(run.process.processIdentifier, SIGINT) }
                let outcome = run.finish()
                guard seen, outcome.reason == .uncaughtSignal || outcome.status != 0 else {
                    missed.append("seen: \(seen), exit \(outcome.status)")
                    continue
                }
                #expect(outcome.reason == .uncaughtSignal, "\(outcome.status): \(outcome.stderr)")
                #expect(outcome.status == SIGINT)
                #expect(partials().isEmpty, "\(partials())")
                #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(copy).path))
                let help = try Tipdb.run(["backup", "--help"], in: dir).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(help.contains("An interrupted backup (Ctrl-C, SIGTERM, SIGHUP) removes its DEST.partial-PID file and dies of the signal (130, 143, 129 in the shell; a shell loop stops)"), "\(help)")
                return
            }
            Issue.record("every backup was done before the signal: \(missed)")
        }
    }
}
