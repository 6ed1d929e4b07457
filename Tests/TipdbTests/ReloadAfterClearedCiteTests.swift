import Foundation
import Testing

/// Loading the original file again after a repeat's cites was cleared and what it cited retracted:
/// the repeat keeps "cites nothing" (another file's later value) and writes no link, so it is not
/// refused for naming the retracted figure. The command was refused at that cell, beside the note
/// saying the row keeps cites nothing, and the text summary left out the retracted row that
/// `--json` counted (review of session 49).
@Suite("ingest: a file loaded again after its repeat's cites was cleared (built binary)")
struct ReloadAfterClearedCiteTests {
    @Test("f1.csv again: a1 skipped, b1 keeps cites nothing and loads unchanged, no error")
    func reload() throws {
        try withTemporaryDirectory { dir in
            try RepeatChain.makeWithdrawn(in: dir)
            let result = try Tipdb.run(["ingest", "f1.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stderr.contains("error"), "\(result.stderr)")
            #expect(result.stderr.contains(
                "note: f1.csv:3:56: figure b1 keeps the value batch 4 (b1nocite.csv) gave it, since this file gives back the value "
                    + "that load replaced: cites nothing (this file gives \"a1\")"), "\(result.stderr)")
            #expect(result.stdout.contains("f1.csv: 2 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected, 1 retracted (skipped) (batch 6)"),
                    "\(result.stdout)")
            #expect(try RetractCommandTests.sql("SELECT coalesce(cites, 'none') FROM figures WHERE key = 'b1'", in: dir) == "none")
        }
    }

    @Test("a rejected command's line counts the retracted rows, as --json does")
    func rejectedLine() throws {
        try withTemporaryDirectory { dir in
            try RepeatChain.makeWithdrawn(in: dir)
            let bad = RepeatChain.header + """
                a1,trafficking-victims,"1,000,000",persons,WLD,2008,srcA,,estimated
                z1,trafficking-victims,lots,persons,WLD,2008,srcA,,estimated

                """
            try RepeatChain.write([("bad.csv", bad)], in: dir)
            let result = try Tipdb.run(["ingest", "bad.csv"], in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stdout.contains("bad.csv: 2 read, 1 rejected, 1 retracted (skipped); nothing written (the command was rejected)"),
                    "\(result.stdout)")
        }
    }
}
