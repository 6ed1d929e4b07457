import Foundation
import Testing

/// A colleague who only reads a database in a shared (sticky) folder leaves its `-wal` and `-shm`
/// files behind, owned by them; the owner's next write is refused, and the error names those
/// files and their owner instead of blaming the database's permissions (review K3). Needs root to
/// act as two users (`setpriv`); skipped elsewhere.
@Suite("Journal files a reader left in a shared folder (built binary)")
struct SharedFolderJournalTests {
    static let canSwitchUsers = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test("the owner's refused write names the reader's -wal and -shm and their owner", .enabled(if: canSwitchUsers))
    func namesReadersJournal() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let figures = "key,measure,value,place,period,source\nshared-1,forced-labour,5,FRA,2020,ilo-2005-global-alliance\n"
            try Data(figures.utf8).write(to: dir.appendingPathComponent("new.csv"))
            let script = """
                chmod 1777 . && chown 1000:1000 tipdb.sqlite new.csv && chmod 644 tipdb.sqlite && rm -f tipdb.sqlite-wal tipdb.sqlite-shm
                setpriv --reuid=65534 --regid=65534 --clear-groups "$0" sql --db tipdb.sqlite "select count(*) from figures" > /dev/null || exit 9
                setpriv --reuid=1000 --regid=1000 --clear-groups "$0" ingest --db tipdb.sqlite new.csv
                """
            let result = try Tipdb.runInShell(script, in: dir)
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains(
                "tipdb.sqlite: the database is read-only here: its journal files tipdb.sqlite-wal and tipdb.sqlite-shm belong to user nobody and cannot be written by this user"),
                "\(result.stderr)")
            #expect(result.stderr.contains("nothing was changed"))
        }
    }
}
