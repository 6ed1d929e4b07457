import Foundation
import Storage
import Testing

/// A database published where its reader cannot write: a read-only mount, another user's shared
/// folder. SQLite needs to create a `-shm` file next to a WAL database to read it; tipdb opens such
/// a file immutable instead when every change is in the file itself.
@Suite("A database in a folder the reader cannot write (built binary)")
struct ReadOnlyFolderTests {
    /// Root ignores permissions, so as root the commands run as `nobody` through setpriv.
    static let canDropPrivileges = getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    /// The fixture database copied into `published/` (a folder and file only readable), with
    /// `prepare` run on the copy first.
    private func publish(in dir: URL, folder name: String = "published", prepare: (URL) throws -> Void = { _ in }) throws -> URL {
        try makeFixtureDatabase(in: dir)
        let folder = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let db = folder.appendingPathComponent("tipdb.sqlite")
        try FileManager.default.copyItem(at: dir.appendingPathComponent("tipdb.sqlite"), to: db)
        try prepare(db)
        for entry in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.appendingPathComponent(entry).path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        return db
    }

    /// Makes the folder writable again so that the temporary directory can be removed.
    private func unpublish(_ db: URL) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: db.deletingLastPathComponent().path)
    }

    /// Runs tipdb as a user who cannot write the folder.
    private func runAsReader(_ arguments: [String], in dir: URL) throws -> ProcessResult {
        let command = getuid() == 0
            ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Tipdb.executable.path] : [Tipdb.executable.path]
        return try Tipdb.runProcess(URL(fileURLWithPath: command[0]), Array(command.dropFirst()) + arguments, in: dir)
    }

    @Test("read-only commands read it, and leave the folder and the file as they were", .enabled(if: canDropPrivileges))
    func readsPublishedCopy() throws {
        try withTemporaryDirectory { dir in
            var figures: Int64 = 0
            let db = try publish(in: dir) { _ in
                figures = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
                    .integer("SELECT count(*) FROM figures")
            }
            #expect(figures > 0)
            defer { try? unpublish(db) }
            let before = try Data(contentsOf: db)

            let sql = try runAsReader(["sql", "--db", db.path, "--format", "csv", "SELECT count(*) AS n FROM figures"], in: dir)
            #expect(sql.status == 0, "\(sql.stderr)")
            #expect(sql.stdout == "n\n\(figures)\n" || sql.stdout == "n\r\n\(figures)\r\n", "\(sql.stdout)")
            let status = try runAsReader(["status", "--db", db.path], in: dir)
            #expect(status.status == 0, "\(status.stderr)")
            #expect(status.stdout.contains("schema version: \(Migration.latestVersion)"), "\(status.stdout)")
            let search = try runAsReader(["search", "--db", db.path, "forced labour"], in: dir)
            #expect(search.status == 0, "\(search.stderr)")
            #expect(!search.stdout.contains("(0 results)"), "\(search.stdout)")
            let brief = try runAsReader(["report", "brief", "--db", db.path, "--format", "md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("forced labour"), "\(brief.stdout.prefix(300))")

            #expect(try Data(contentsOf: db) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: db.deletingLastPathComponent().path) == ["tipdb.sqlite"])
        }
    }

    /// The file is opened through a `file:` URI: characters a URI gives a meaning must stay part of the name.
    @Test("a folder name with URI characters, spaces and non-ASCII letters", .enabled(if: canDropPrivileges))
    func uriCharacters() throws {
        try withTemporaryDirectory { dir in
            let db = try publish(in: dir, folder: "pub ?x=1#top %41 é")
            defer { try? unpublish(db) }
            let result = try runAsReader(["sql", "--db", db.path, "--format", "csv", "SELECT count(*) > 0 AS loaded FROM figures"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("loaded"), "\(result.stdout)")
            #expect(result.stdout.contains("1"), "\(result.stdout)")
            let relative = try runAsReader(["status", "--db", "pub ?x=1#top %41 é/tipdb.sqlite"], in: dir)
            #expect(relative.status == 0, "\(relative.stderr)")
        }
    }

    @Test("a write is refused with exit 2 and what to check; nothing changes", .enabled(if: canDropPrivileges))
    func refusesWrites() throws {
        try withTemporaryDirectory { dir in
            let db = try publish(in: dir)
            defer { try? unpublish(db) }
            let before = try Data(contentsOf: db)
            let figures = dir.appendingPathComponent("more.csv")
            try Data("measure,value,place,period,source\nforced-labour,5,World,2021,ilo-2022\n".utf8).write(to: figures)
            let ingest = try runAsReader(["ingest", "--db", db.path, figures.path], in: dir)
            #expect(ingest.status == 2, "\(ingest.stderr)")
            #expect(ingest.stderr.contains("the database is read-only here (check the permissions of the file and of its directory)"), "\(ingest.stderr)")
            #expect(try Data(contentsOf: db) == before)
        }
    }

    /// A WAL that holds commits must be read through SQLite's WAL index; opening the file alone
    /// (immutable) would show the database as it was before them. Refusing is the honest answer.
    @Test("a copy whose -wal file holds commits is refused with what to do, not read without them", .enabled(if: canDropPrivileges))
    func refusesPendingWAL() throws {
        try withTemporaryDirectory { dir in
            let db = try publish(in: dir) { db in
                let writer = try Database(path: db.path, mode: .readWrite)
                try writer.execute("PRAGMA wal_autocheckpoint = 0")
                try writer.execute("UPDATE figures SET notes = 'changed after the copy' WHERE rowid = 1")
                // Copy the file and its WAL while the writer still holds them open, as a file
                // copied out of a folder in use would be.
                let wal = URL(fileURLWithPath: db.path + "-wal")
                let walData = try Data(contentsOf: wal)
                #expect(!walData.isEmpty)
                let dbData = try Data(contentsOf: db)
                writer.close()
                try dbData.write(to: db)
                try walData.write(to: wal)
                try? FileManager.default.removeItem(atPath: db.path + "-shm")
            }
            defer { try? unpublish(db) }
            let result = try runAsReader(["sql", "--db", db.path, "SELECT notes FROM figures WHERE rowid = 1"], in: dir)
            #expect(result.status == 2, "\(result.stdout)")
            #expect(result.stderr == "tipdb: error: \(db.path): its tipdb.sqlite-wal file holds changes not yet in the database file, and reading them needs a -shm file that cannot be created in this folder; copy both files together to a folder you can write and open the copy (nothing was changed)\n")
        }
    }
}
