import Foundation
import Testing

/// `tipdb backup` and every `-o` write a file the user names; none may ever destroy the database
/// it reads or a folder, whatever the flags.
@Suite("backup and -o never overwrite the database or a folder (built binary)")
struct OutputTargetTests {
    @Test("backup writes a self-contained copy, refuses an existing file without --force and replaces it with --force")
    func backupCopies() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init", "--db", "t.sqlite"], in: dir)
            let first = try Tipdb.run(["backup", "--db", "t.sqlite", "copy.sqlite"], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.hasPrefix("t.sqlite → copy.sqlite ("))
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("copy.sqlite-wal").path))
            let again = try Tipdb.run(["backup", "--db", "t.sqlite", "copy.sqlite"], in: dir)
            #expect(again.status == 1)
            #expect(again.stderr == "tipdb: error: copy.sqlite exists; pass --force to replace it\n")
            let forced = try Tipdb.run(["backup", "--db", "t.sqlite", "copy.sqlite", "--force"], in: dir)
            #expect(forced.status == 0, "\(forced.stderr)")
            let status = try Tipdb.run(["status", "--db", "copy.sqlite"], in: dir)
            #expect(status.status == 0, "\(status.stderr)")
        }
    }

    @Test("backup --force into a folder is refused (exit 64) and the folder keeps its files")
    func backupIntoFolder() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init", "--db", "t.sqlite"], in: dir)
            let folder = dir.appendingPathComponent("notes")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("keep me".utf8).write(to: folder.appendingPathComponent("n.txt"))
            let result = try Tipdb.run(["backup", "--db", "t.sqlite", "notes", "--force"], in: dir)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("tipdb: error: notes is a directory; expected the name of a file (in it or elsewhere)\n"))
            #expect(try String(contentsOf: folder.appendingPathComponent("n.txt"), encoding: .utf8) == "keep me")
        }
    }

    @Test("backup to a folder that does not exist names the destination, not the database")
    func backupToMissingFolder() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init", "--db", "t.sqlite"], in: dir)
            let result = try Tipdb.run(["backup", "--db", "t.sqlite", "nowhere/copy.sqlite"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == "tipdb: error: nowhere/copy.sqlite: cannot write the copy there (no folder nowhere); expected a writable file path\n")
        }
    }

    @Test("writing over the database, its -wal file or a link to it is refused (exit 64) and the database is unchanged", arguments: [
        ["backup", "--db", "t.sqlite", "./t.sqlite", "--force"],
        ["backup", "--db", "t.sqlite", "t.sqlite-wal"],
        ["report", "brief", "--db", "t.sqlite", "-o", "t.sqlite"],
        ["report", "sources", "--db", "t.sqlite", "-o", "link.sqlite"],
        ["report", "studies", "--db", "t.sqlite", "-o", "../d/t.sqlite"],
        ["export", "datasette-metadata", "--db", "t.sqlite", "-o", "t.sqlite-shm"],
    ])
    func neverOverTheDatabase(arguments: [String]) throws {
        try withTemporaryDirectory { parent in
            let dir = parent.appendingPathComponent("d")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Tipdb.run(["init", "--db", "t.sqlite"], in: dir)
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.sqlite").path, withDestinationPath: "t.sqlite")
            let database = dir.appendingPathComponent("t.sqlite")
            let before = try Data(contentsOf: database)
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 64, "\(result.stderr)")
            let target = arguments[arguments.count - (arguments.last == "--force" ? 2 : 1)]
            let what = target.hasSuffix("-wal") ? "the database's wal file" : target.hasSuffix("-shm") ? "the database's shm file" : "the database itself"
            #expect(result.stderr.hasPrefix("tipdb: error: \(target) is \(what) (t.sqlite); expected another file name: writing there would destroy the data\n"))
            #expect(try Data(contentsOf: database) == before)
        }
    }

    @Test("a database opened through a link protects its real -wal; a chart file may not land on the database; a trailing slash is a folder")
    func linksChartsAndFolders() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init", "--db", "demo.sqlite"], in: dir)
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.sqlite").path, withDestinationPath: "demo.sqlite")
            let before = try Data(contentsOf: dir.appendingPathComponent("demo.sqlite"))
            let wal = try Tipdb.run(["report", "sources", "--db", "link.sqlite", "-o", "demo.sqlite-wal"], in: dir)
            #expect(wal.status == 64)
            #expect(wal.stderr.hasPrefix("tipdb: error: demo.sqlite-wal is the database's wal file (link.sqlite)"), "\(wal.stderr)")
            try FileManager.default.copyItem(at: dir.appendingPathComponent("demo.sqlite"), to: dir.appendingPathComponent("b-chart-forced-labour.svg"))
            try Tipdb.run(["ingest", "--db", "b-chart-forced-labour.svg", repositoryRoot.appendingPathComponent("Fixtures/sources.json").path,
                           repositoryRoot.appendingPathComponent("Fixtures/studies.csv").path, repositoryRoot.appendingPathComponent("Fixtures/figures.csv").path], in: dir)
            let database = try Data(contentsOf: dir.appendingPathComponent("b-chart-forced-labour.svg"))
            let chart = try Tipdb.run(["report", "brief", "--db", "b-chart-forced-labour.svg", "-o", "b.md"], in: dir)
            #expect(chart.status == 64)
            #expect(chart.stderr == "tipdb: error: b-chart-forced-labour.svg is the database itself (b-chart-forced-labour.svg); expected another file name: writing there would destroy the data\n")
            #expect(try Data(contentsOf: dir.appendingPathComponent("b-chart-forced-labour.svg")) == database)
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("b.md").path))
            for arguments in [["report", "brief", "--db", "demo.sqlite", "-o", "sub/"], ["backup", "--db", "demo.sqlite", "newdir/"]] {
                let slash = try Tipdb.run(arguments, in: dir)
                #expect(slash.status == 64, "\(arguments)")
                #expect(slash.stderr.hasPrefix("tipdb: error: \(arguments[arguments.count - 1]) names a folder; expected the name of a file\n"), "\(slash.stderr)")
            }
            #expect(try Data(contentsOf: dir.appendingPathComponent("demo.sqlite")) == before)
        }
    }

    @Test("every command that writes a file takes a one-character name (it crashed with SIGILL in Foundation's path code)", arguments: [
        (["backup", "a"], "a"),
        (["backup", "é"], "é"),
        (["report", "brief", "-o", "b"], "b"),
        (["report", "brief", "-o", "x//b"], "x/b"),
        (["backup", "x/a"], "x/a"),
        (["report", "brief", "--format", "html", "-o", "h"], "h"),
        (["report", "sources", "-o", "r"], "r"),
        (["report", "studies", "-o", "s"], "s"),
        (["export", "datasette-metadata", "-o", "m"], "m"),
    ])
    func oneCharacterNames(arguments: [String], file: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("x"), withIntermediateDirectories: true)
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            let written = try Data(contentsOf: dir.appendingPathComponent(file))
            #expect(!written.isEmpty)
            if arguments[0] == "backup" {
                #expect(result.stdout.hasPrefix("tipdb.sqlite → \(arguments[1]) ("))
                #expect(Array(written.prefix(15)) == Array("SQLite format 3".utf8))
            }
            if arguments.contains("brief") && !arguments.contains("html") {
                // A Markdown brief's charts are named after its stem, beside it.
                let chart = dir.appendingPathComponent(file).deletingLastPathComponent().appendingPathComponent("b-chart-forced-labour.svg")
                #expect(FileManager.default.fileExists(atPath: chart.path), "\(chart.path)")
            }
        }
    }

    @Test("-o into a folder that is missing or is a file: one clean line naming the file and the folder, exit 1, the same for export as for report", arguments: [
        ["export", "datasette-metadata", "-o"], ["report", "sources", "-o"], ["report", "brief", "-o"],
    ])
    func unwritableFolder(command: [String]) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data("a file".utf8).write(to: dir.appendingPathComponent("notes"))
            // The reports refuse a name that says another format than their own (Markdown by default).
            let name = command[0] == "report" ? "m.md" : "m.json"
            let missing = try Tipdb.run(command + ["nodir/\(name)"], in: dir)
            #expect(missing.status == 1)
            // Export's output is JSON, so its failure is JSON on standard output too (README "JSON output").
            #expect(missing.stdout == (command[0] == "export"
                ? "{\"error\": \"cannot write nodir/\(name): no folder nodir; check that the directory exists and is writable\", \"exitCode\": 1}\n" : ""))
            #expect(missing.stderr == "tipdb: error: cannot write nodir/\(name): no folder nodir; check that the directory exists and is writable\n")
            let file = try Tipdb.run(command + ["notes/\(name)"], in: dir)
            #expect(file.status == 1)
            #expect(file.stderr == "tipdb: error: cannot write notes/\(name): notes is a file, not a folder; check that the directory exists and is writable\n")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("nodir").path))
        }
    }

    @Test("-o - is standard output; a backup to - is refused (exit 64): a database is not written to a terminal or a pipe")
    func dash() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let toFile = try Tipdb.run(["report", "sources", "-o", "r"], in: dir)
            #expect(toFile.status == 0, "\(toFile.stderr)")
            for arguments in [["report", "sources", "-o", "-"], ["export", "datasette-metadata", "-o", "-"], ["report", "studies", "-o", "-"]] {
                let result = try Tipdb.run(arguments, in: dir)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                #expect(!result.stdout.isEmpty)
                #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path), "\(arguments)")
            }
            #expect(try Tipdb.run(["report", "sources", "-o", "-"], in: dir).stdout == String(contentsOf: dir.appendingPathComponent("r"), encoding: .utf8))
            let backup = try Tipdb.run(["backup", "-"], in: dir)
            #expect(backup.status == 64)
            #expect(backup.stderr.hasPrefix("tipdb: error: - would be standard output; a backup is a database file: give its name (./- for a file named -)\n"), "\(backup.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
            let named = try Tipdb.run(["backup", "./-"], in: dir)
            #expect(named.status == 0, "\(named.stderr)")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
        }
    }

    @Test("-o through a link to a device writes through it and keeps the link; backup refuses a device")
    func devices() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init", "--db", "t.sqlite"], in: dir)
            let link = dir.appendingPathComponent("out.md")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/null")
            let report = try Tipdb.run(["report", "sources", "--db", "t.sqlite", "-o", "out.md"], in: dir)
            #expect(report.status == 0, "\(report.stderr)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "/dev/null")
            let backup = try Tipdb.run(["backup", "--db", "t.sqlite", "out.md", "--force"], in: dir)
            #expect(backup.status == 64)
            #expect(backup.stderr.hasPrefix("tipdb: error: out.md is not a regular file (a device, a pipe or a socket); expected the name of a file\n"))
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "/dev/null")
        }
    }
}
