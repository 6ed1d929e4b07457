import Foundation
import Testing

/// A misspelt command, or a long option written with one dash, is named with what was meant
/// (review of session 31): ArgumentParser answered about other words ("2 unexpected arguments",
/// "Unknown option '--place'", "Unknown option '-f'"), and `tipdb ingets --help` showed the
/// root's help with exit 0.
@Suite("CLI: a misspelt command or a one-dash long option is named, with what was meant")
struct MisspeltCommandTests {
    static let commands = "init, migrate, status, ingest, retract, sql, schema, search, export, check, backup, report, derive"

    @Test("a misspelt command: named, with the closest command and the list, exit 64, nothing run", arguments: [
        (["ingets", "x.csv"], "tipdb has no command \"ingets\"; did you mean \"ingest\"? Expected one of \(commands)"),
        (["ingets", "--help"], "tipdb has no command \"ingets\"; did you mean \"ingest\"? Expected one of \(commands)"),
        (["--db", "x.sqlite", "staus"], "tipdb has no command \"staus\"; did you mean \"status\"? Expected one of \(commands)"),
        (["report", "breif", "--place", "WLD"], "tipdb report has no command \"breif\"; did you mean \"brief\"? Expected one of brief, sources, lineage, studies"),
    ])
    func misspeltCommand(arguments: [String], message: String) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 64)
            #expect(result.stdout == "")
            #expect(result.stderr == "tipdb: error: \(message)\n", "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        }
    }

    @Test("a long option with one dash: named with its two-dash spelling, exit 64", arguments: [
        (["report", "brief", "-format", "html"], "-format", "--format"),
        (["sql", "-format", "csv", "SELECT 1"], "-format", "--format"),
        (["sql", "-format=csv", "SELECT 1"], "-format=csv", "--format=csv"),
        (["ingest", "-dry-run", "x.csv"], "-dry-run", "--dry-run"),
    ])
    func oneDash(arguments: [String], word: String, meant: String) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("tipdb: error: \(word) is written with one dash, which reads as short options one letter each; expected \(meant)\n"), "\(result.stderr)")
        }
    }

    @Test("the value of an option, a word after --, and the short options themselves are not judged")
    func valuesAndShortOptions() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            // After `--` every word is a value: the SQL `-format` is SQLite's to refuse (it was
            // called empty, since it starts with no word).
            let after = try Tipdb.run(["sql", "--", "-format"], in: dir)
            #expect(after.status == 1, "\(after.stderr)")
            #expect(after.stderr.hasPrefix("tipdb: error: near \"-\": syntax error"), "\(after.stderr)")
            let short = try Tipdb.run(["report", "brief", "-o", "b.md"], in: dir)
            #expect(!short.stderr.contains("one dash") && short.status != 64, "\(short.stderr)")
            let help = try Tipdb.run(["help", "ingest"], in: dir)
            #expect(help.status == 0)
        }
    }
}
