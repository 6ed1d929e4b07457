import Foundation
import Testing

/// A database file whose own permissions are read-only (`chmod 444`): the error names the file's
/// permissions, and then the journal files SQLite made read-only like it, never "someone who only
/// read the database" (review of session 31: the user it blamed was the user running tipdb).
@Suite("CLI: a read-only database file and the read-only journal files it leaves (built binary)")
struct ReadOnlyFileTests {
    /// Root ignores permissions, so as root the commands run as `nobody` through setpriv.
    static let canDropPrivileges = getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    private func runAsUser(_ arguments: [String], in dir: URL) throws -> ProcessResult {
        let command = getuid() == 0
            ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Tipdb.executable.path] : [Tipdb.executable.path]
        return try Tipdb.runProcess(URL(fileURLWithPath: command[0]), Array(command.dropFirst()) + arguments, in: dir)
    }

    private func chown(_ dir: URL) throws {
        guard getuid() == 0 else { return }
        for entry in [""] + (try FileManager.default.contentsOfDirectory(atPath: dir.path)) {
            try FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: dir.appendingPathComponent(entry).path)
        }
    }

    @Test("ingest into a chmod 444 file names its permissions; after chmod u+w, the read-only -shm it left is named as such", .enabled(if: canDropPrivileges))
    func readOnlyFile() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,title,publisher\ns1,Report,ILO\n".utf8).write(to: dir.appendingPathComponent("s.csv"))
            let db = dir.appendingPathComponent("tipdb.sqlite").path
            try chown(dir)
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
            let first = try runAsUser(["ingest", "s.csv"], in: dir)
            #expect(first.status == 2)
            #expect(first.stderr == "tipdb: error: tipdb.sqlite: the database file is read-only: its permissions do not let this user write it; "
                + "make it writable (chmod u+w tipdb.sqlite), then delete tipdb.sqlite-wal and tipdb.sqlite-shm if they are read-only too, "
                + "while nobody uses the database; nothing was changed\n", "\(first.stderr)")
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db)
            let shm = db + "-shm"
            if FileManager.default.fileExists(atPath: shm), access(shm, W_OK) != 0 || getuid() == 0 {
                let second = try runAsUser(["ingest", "s.csv"], in: dir)
                #expect(second.status == 2)
                #expect(second.stderr.contains("its journal file tipdb.sqlite-shm is read-only (SQLite made it so while the database file was); "
                    + "delete it while nobody uses the database; nothing was changed"), "\(second.stderr)")
                #expect(!second.stderr.contains("someone who only read"))
            }
            for journal in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + journal) }
            let third = try runAsUser(["ingest", "s.csv"], in: dir)
            #expect(third.status == 0, "\(third.stderr)")
        }
    }
}
