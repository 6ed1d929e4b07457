import Foundation
import Storage
import Testing

/// A backup killed part way (kill -9, a power cut) cannot remove its partial copy, a full copy of
/// the team's data: the next backup to the same DEST does, and says so.
@Suite("a killed backup's partial copy (built binary)")
struct BackupPartialCopyTests {
    /// A process id no process can have (above Linux's largest pid_max), as a killed backup's.
    static let deadProcess = 2_000_000_000

    @Test("a backup removes the partial copy a killed backup to the same DEST left, says so in one line, and keeps one whose process runs")
    func stalePartials() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let dead = "copy.sqlite.partial-\(Self.deadProcess)"
            let running = "copy.sqlite.partial-\(ProcessInfo.processInfo.processIdentifier)"
            for name in [dead, dead + "-journal", running, "other.sqlite.partial-\(Self.deadProcess)"] {
                try Data("partial".utf8).write(to: dir.appendingPathComponent(name))
            }
            let result = try Tipdb.run(["backup", "copy.sqlite"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stderr
                    == "note: removed the partial copy of an interrupted earlier backup (process \(Self.deadProcess), no longer running): \(dead), \(dead)-journal\n")
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".partial-") || $0.hasPrefix("copy.sqlite") }.sorted()
            #expect(left == ["copy.sqlite", running, "other.sqlite.partial-\(Self.deadProcess)"].sorted())
            // Written in rollback mode: the header's write and read versions are 1, not WAL's 2.
            let header = try Data(contentsOf: dir.appendingPathComponent("copy.sqlite")).prefix(20)
            #expect(Array(header.suffix(2)) == [1, 1])
            let copy = try BackupCommandTests.contents(dir.appendingPathComponent("copy.sqlite"))
            #expect(copy.integrity == "ok" && copy.figures > 0)
        }
    }
}
