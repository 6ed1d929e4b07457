import Foundation
import Testing

/// A `--db` that names a folder, a pipe or a device, or a link to the database: what every
/// command says of it, and that nothing is made or waited for.
@Suite("--db naming a folder, a pipe, a device or a link (built binary)")
struct DatabasePathKindTests {
    @Test("a path ending in / is a usage error, and init makes no file of the folder's name")
    func trailingSlash() throws {
        try withTemporaryDirectory { dir in
            let given = try Tipdb.run(["init", "--db", "teamdb/"], in: dir)
            #expect(given.status == 64)
            #expect(given.stderr.hasPrefix("tipdb: error: --db teamdb/ names a folder; expected the name of a file, such as teamdb/tipdb.sqlite\n"), "\(given.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("teamdb").path))
            let environment = try Tipdb.run(["status"], in: dir, environment: ["TIPDB_DATABASE": "teamdb/"])
            #expect(environment.status == 64)
            #expect(environment.stderr.hasPrefix("tipdb: error: $TIPDB_DATABASE (teamdb/) names a folder; expected the name of a file, such as teamdb/tipdb.sqlite\n"), "\(environment.stderr)")
        }
    }

    @Test("a pipe or a device is exit 2, not a hang, not 'run tipdb init'", arguments: ["status", "sql", "init"])
    func notRegularFile(command: String) throws {
        try withTemporaryDirectory { dir in
            let pipe = dir.appendingPathComponent("pipe.sqlite").path
            #expect(mkfifo(pipe, 0o600) == 0)
            let arguments = command == "sql" ? ["sql", "SELECT 1"] : [command]
            let fifo = try Tipdb.run(arguments + ["--db", "pipe.sqlite"], in: dir)
            #expect(fifo.status == 2)
            #expect(fifo.stderr == "tipdb: error: pipe.sqlite: not a regular file (a device, a pipe or a socket); expected the path of a database file (nothing was changed)\n")
            let device = try Tipdb.run(arguments + ["--db", "/dev/null"], in: dir)
            #expect(device.status == 2)
            #expect(device.stderr == "tipdb: error: /dev/null: not a regular file (a device, a pipe or a socket); expected the path of a database file (nothing was changed)\n")
        }
    }

    @Test("status through a symbolic link gives the database's size, not the link's")
    func linkSize() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init", "--db", "team.sqlite"], in: dir).status == 0)
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("tipdb.sqlite").path, withDestinationPath: "team.sqlite")
            let size = try #require(try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("team.sqlite").path)[.size] as? NSNumber)
            let status = try Tipdb.run(["status", "--json"], in: dir)
            #expect(status.status == 0, "\(status.stderr)")
            #expect(status.stdout.contains("\"fileSize\": \(size.int64Value),"), "\(status.stdout)")
        }
    }
}
