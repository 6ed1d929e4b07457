import Foundation
import Storage
import Testing

/// `init` and `migrate`, often run as the morning "is my database fine?" step, answer a damaged
/// file as every other command does, instead of "already up to date".
@Suite("init and migrate on a damaged file (built binary)")
struct SchemaUpkeepCommandTests {
    @Test("init and migrate on a damaged file say it is damaged, exit 2, and leave it as it was", arguments: [["init"], ["migrate"]])
    func damagedFile(command: [String]) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let file = dir.appendingPathComponent("tipdb.sqlite")
            var bytes = try Data(contentsOf: file)
            try #require(bytes.count > 4096 * 21)
            bytes.replaceSubrange(4096 * 20..<4096 * 21, with: Data(repeating: 0xFF, count: 4096))
            try bytes.write(to: file)
            let result = try Tipdb.run(command, in: dir)
            #expect(result.status == 2)
            #expect(
                result.stderr
                    == "tipdb: error: tipdb.sqlite: the database file is damaged (database disk image is malformed); restore it from a backup with tipdb backup --db BACKUP --force tipdb.sqlite (not cp, which leaves its -wal to be applied to the copy) — nothing was changed\n")
            #expect(result.stdout.isEmpty)
            #expect(try Data(contentsOf: file) == bytes)
        }
    }
}
