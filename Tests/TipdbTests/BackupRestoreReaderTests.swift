import Foundation
import Storage
import Testing

/// `tipdb backup --force` refreshing the copy the README gives to readers (in rollback mode, as
/// backup writes copies): a reader's open transaction blocks the restore, and "database is busy"
/// says that a reader may be the cause. It said "another process is writing it", and the
/// operator went looking for a writer that did not exist (a nightly-pipeline review, session 49).
@Suite("backup --force over a copy a reader holds (built binary)", .serialized)
struct BackupRestoreReaderTests {
    @Test("a reader in a transaction on a copy in rollback mode: busy (exit 2) naming readers and rollback mode, the copy as it was")
    func readerBlocksRestore() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            let copy = dir.appendingPathComponent("copy.sqlite")
            let before = try Data(contentsOf: copy)
            let reader = try Database(path: copy.path, mode: .readOnly)
            defer { reader.close() }
            try reader.execute("BEGIN")
            _ = try reader.integer("SELECT count(*) FROM sources")

            let result = try Tipdb.run(["backup", "--force", "--timeout", "0.5", "copy.sqlite"], in: dir)
            try reader.execute("COMMIT")
            #expect(result.status == 2)
            #expect(result.stderr == "tipdb: error: copy.sqlite: database is busy: another process is reading or writing it (copy.sqlite is in "
                + "rollback mode, as tipdb backup writes its copies, where a reader blocks the restore too) and did not finish within 0.5 s; "
                + "nothing was restored: try again when it has finished, or give --timeout SECONDS to wait longer\n", "\(result.stderr)")
            #expect(try Data(contentsOf: copy) == before)
        }
    }
}
