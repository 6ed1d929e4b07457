import Foundation
import Testing

/// `tipdb backup`'s exit codes for DEST follow one rule, said in `--help` and the README: what
/// `--force` or the user can clear on disk (an existing DEST) is a refusal, exit 1; a DEST that no
/// flag makes a file to copy into (a folder) is a usage error, exit 64.
@Suite("backup: an existing DEST exits 1, a folder 64, as --help says (built binary)")
struct BackupExitCodeTests {
    @Test("an existing file is refused with exit 1 and lifted by --force; a folder is exit 64 with or without it; --help says both")
    func existingAndFolder() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("old".utf8).write(to: dir.appendingPathComponent("copy.sqlite"))
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("backups"), withIntermediateDirectories: true)
            let existing = try Tipdb.run(["backup", "copy.sqlite"], in: dir)
            #expect(existing.status == 1)
            #expect(existing.stderr == "tipdb: error: copy.sqlite exists; pass --force to replace it\n")
            #expect(try String(contentsOf: dir.appendingPathComponent("copy.sqlite"), encoding: .utf8) == "old")
            for flags in [[], ["--force"]] {
                let folder = try Tipdb.run(["backup", "backups"] + flags, in: dir)
                #expect(folder.status == 64)
                #expect(folder.stderr.hasPrefix("tipdb: error: backups is a directory; expected the name of a file (in it or elsewhere)\n"), "\(folder.stderr)")
            }
            #expect(try Tipdb.run(["backup", "copy.sqlite", "--force"], in: dir).status == 0)
            let help = try Tipdb.run(["backup", "--help"], in: dir).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(help.contains(#"An existing DEST is refused without --force (exit 1: "DEST exists; pass --force to replace it")"#), "\(help)")
            #expect(help.contains("a folder, a device or - (exit 64, --force or not: no flag makes it a file to copy into"), "\(help)")
        }
    }
}
