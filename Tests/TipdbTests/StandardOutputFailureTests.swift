import Foundation
import Testing

/// Standard output that cannot be written (a full disk, a file-size limit) ends every command
/// with one line naming the cause and exit 1: never a Swift crash, never exit 0 with nothing
/// written (review K4). `/dev/full` answers every write with ENOSPC, as a full disk does.
@Suite("Standard output on a full disk or past a file-size limit (built binary)")
struct StandardOutputFailureTests {
    static let commands: [[String]] = [
        ["sql", "select * from figures"], ["sql", "--format", "json", "select key from figures"], ["report", "brief"],
        ["report", "sources"], ["check"], ["check", "--format", "json"], ["export", "datasette-metadata"], ["status"],
        ["status", "--json"], ["search", "labour"], ["schema"],
    ]

    @Test("every command writing to a full disk: one line, exit 1", arguments: commands)
    func fullDisk(_ command: [String]) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.runInShell("\"$0\" \"$@\" > /dev/full", command, in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("tipdb: error: cannot write standard output: "), "\(result.stderr)")
            #expect(result.stderr.contains("what was printed is incomplete"))
            #expect(!result.stderr.contains("Fatal error"))
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
    }

    /// Help and version text: ArgumentParser printed it and exited 0 whatever became of the write.
    static let helpCommands: [[String]] = [
        ["--help"], ["ingest", "--help"], ["help", "report", "brief"], ["search", "x", "--limit", "--help"],
        ["ingest", "--help-datasets"], ["--version"],
    ]

    @Test("help and version text on a full disk: one line, exit 1", arguments: helpCommands)
    func helpOnFullDisk(_ command: [String]) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.runInShell("\"$0\" \"$@\" > /dev/full", command, in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("tipdb: error: cannot write standard output: the disk is full"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
    }

    @Test("help and version text written in full still exit 0", arguments: helpCommands)
    func helpWritten(_ command: [String]) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(command, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            #expect(!result.stdout.isEmpty)
        }
    }

    @Test("a file-size limit is named as such, and the output up to it stays as written")
    func fileSizeLimit() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let query = "with recursive n(i) as (select 1 union all select i + 1 from n where i < 400000) select i, 'padding padding' from n"
            let result = try Tipdb.runInShell("ulimit -f 8192; \"$0\" \"$@\" > out.csv", ["sql", "--format", "csv", query], in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("cannot write standard output: a file-size limit was reached (ulimit -f)"), "\(result.stderr)")
            let written = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("out.csv").path)[.size] as? Int
            #expect(written == 8192 * 512)
        }
    }

    @Test("a reader that stops early (a closed pipe) is no failure")
    func closedPipe() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.runInShell("\"$0\" \"$@\" | head -c 10 > /dev/null", ["report", "brief"], in: dir)
            #expect(!result.stderr.contains("cannot write standard output"), "\(result.stderr)")
        }
    }
}
