import Foundation
import Testing

/// A -o write that fails names its cause (a file-size limit, a full disk), as `backup` does.
@Suite("a -o file that fails part way (built binary)")
struct OutputWriteFailureTests {
    /// 80 blocks (40 KB in dash's 512-byte unit, 80 KB in bash's): room for the database's -shm (32 KB), not for the brief (over 100 KB).
    @Test("-o at a file-size limit names the limit and what to do, exits 1 and leaves no file")
    func outputAtFileSizeLimit() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try BackupCommandTests.runLimited(80, ["report", "brief", "--format", "html", "-o", "brief.html"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == "tipdb: error: cannot write brief.html: a file-size limit was reached; raise the limit (ulimit -f) or write a smaller selection\n")
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("brief") }
            #expect(left.isEmpty, "\(left)")
        }
    }

    @Test("-o replaces an existing file once the new one is written, and a failed write leaves it as it was")
    func existingFileReplacedOnlyWhole() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let file = dir.appendingPathComponent("brief.html")
            try Data("an earlier brief\n".utf8).write(to: file)
            let failed = try BackupCommandTests.runLimited(80, ["report", "brief", "--format", "html", "-o", "brief.html"], in: dir)
            #expect(failed.status == 1)
            #expect(try String(contentsOf: file, encoding: .utf8) == "an earlier brief\n")
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("brief") }
            #expect(left == ["brief.html"], "\(left)")
            let written = try Tipdb.run(["report", "brief", "--format", "html", "-o", "brief.html"], in: dir)
            #expect(written.status == 0, "\(written.stderr)")
            #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        }
    }
}
