import Foundation
import Testing

/// A refused damaged file keeps no `-wal` or `-shm` the command made: opening it in WAL mode
/// made SQLite create both before the damage showed, and they were left beside a file the
/// README says is left exactly as it was (`NewJournalFiles`).
@Suite("a damaged database: the command that refuses it leaves no -wal or -shm of its own (built binary)")
struct DamagedFileJournalTests {
    /// The Fixtures' database cut short, as a copy interrupted part way leaves it.
    static func truncated(in dir: URL) throws -> URL {
        try makeFixtureDatabase(in: dir)
        let file = dir.appendingPathComponent("tipdb.sqlite")
        let whole = try Data(contentsOf: file)
        try whole.prefix(40_000).write(to: file)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(at: dir.appendingPathComponent("tipdb.sqlite" + suffix)) }
        return file
    }

    @Test("refused with exit 2, the file unchanged and nothing beside it", arguments: [
        ["sql", "SELECT count(*) FROM figures"], ["check"], ["report", "brief", "-o", "b.md"], ["search", "forced"],
        ["status"], ["init"], ["backup", "copy.sqlite"], ["report", "lineage", "x"],
    ])
    func nothingLeft(arguments: [String]) throws {
        try withTemporaryDirectory { dir in
            let file = try Self.truncated(in: dir)
            let before = try Data(contentsOf: file)
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains("tipdb.sqlite: the database file is damaged ("), "\(result.stderr)")
            #expect(try Data(contentsOf: file) == before)
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("tipdb.sqlite-") }
            #expect(left.isEmpty, "\(left)")
        }
    }

    @Test("an ingest refused the same way leaves nothing beside the file")
    func ingestRefused() throws {
        try withTemporaryDirectory { dir in
            let file = try Self.truncated(in: dir)
            let before = try Data(contentsOf: file)
            let result = try Tipdb.run(["ingest", repositoryRoot.appendingPathComponent("Fixtures/figures.csv").path], in: dir)
            #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
            #expect(try Data(contentsOf: file) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("tipdb.sqlite-") }.isEmpty)
        }
    }

    @Test("-wal and -shm files that were there before the command are left as they were")
    func earlierFilesKept() throws {
        try withTemporaryDirectory { dir in
            _ = try Self.truncated(in: dir)
            for suffix in ["-wal", "-shm"] {
                #expect(FileManager.default.createFile(atPath: dir.appendingPathComponent("tipdb.sqlite" + suffix).path, contents: Data()))
            }
            let result = try Tipdb.run(["check"], in: dir)
            #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("tipdb.sqlite-") }.sorted()
            #expect(left == ["tipdb.sqlite-shm", "tipdb.sqlite-wal"])
        }
    }
}
