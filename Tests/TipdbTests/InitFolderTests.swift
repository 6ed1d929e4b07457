import Foundation
import Testing

/// `tipdb init` given a path in a folder that does not exist, or whose folder part is a file,
/// says so (review of session 30: SQLite's "unable to open database file"), exit 2, and creates
/// nothing.
@Suite("CLI: init in a missing folder names the folder")
struct InitFolderTests {
    @Test("a folder that does not exist: its name and what to do, exit 2, nothing created")
    func missingFolder() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["init", "--db", "nodir/deeper/x.sqlite"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout == "")
            #expect(result.stderr == "tipdb: error: nodir/deeper/x.sqlite: the folder nodir/deeper does not exist in the working directory \(dir.resolvingSymlinksInPath().path), and tipdb creates no folders; expected a path in an existing folder: create it first (mkdir -p nodir/deeper) or give another path (nothing was created)\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        }
    }

    @Test("a folder part that is a file: said so, exit 2, the file unchanged")
    func folderIsAFile() throws {
        try withTemporaryDirectory { dir in
            try Data("notes\n".utf8).write(to: dir.appendingPathComponent("afile"))
            let result = try Tipdb.run(["init", "--db", "afile/x.sqlite"], in: dir)
            #expect(result.status == 2)
            #expect(result.stderr == "tipdb: error: afile/x.sqlite: afile is a file, not a folder; expected a path in a folder (nothing was created)\n")
            #expect(try Data(contentsOf: dir.appendingPathComponent("afile")) == Data("notes\n".utf8))
        }
    }

    @Test("a path in the working directory or an existing folder still creates the database")
    func existingFolder() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("data"), withIntermediateDirectories: true)
            #expect(try Tipdb.run(["init", "--db", "data/x.sqlite"], in: dir).status == 0)
            #expect(try Tipdb.run(["init", "--db", "y.sqlite"], in: dir).status == 0)
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("data/x.sqlite").path))
        }
    }
}
