import Foundation
import Testing

/// `tipdb help COMMAND...` for every command the README's command table lists, written as it
/// writes them (`tipdb export datasette-metadata`, `tipdb report sources/studies/lineage`).
@Suite("tipdb help for every README command (built binary)")
struct HelpTopicTests {
    /// The command words of each row of the README's "Command-line overview" table: lowercase
    /// words after `tipdb`, up to the first option or placeholder; `a/b/c` gives one row each.
    static let readmeCommands: [[String]] = {
        let readme = (try? String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        var commands: [[String]] = []
        for line in readme.split(separator: "\n") where line.hasPrefix("| `tipdb ") {
            guard let end = line.dropFirst(3).firstIndex(of: "`") else { continue }
            let words = line[line.index(line.startIndex, offsetBy: 3)..<end].split(separator: " ").dropFirst()
                .prefix { $0.first?.isLowercase == true }
            guard let last = words.last else { continue }
            for alternative in last.split(separator: "/") {
                commands.append(words.dropLast().map(String.init) + [String(alternative)])
            }
        }
        return commands
    }()

    @Test("the README table is read: 16 commands, export datasette-metadata among them")
    func readsTable() {
        #expect(Self.readmeCommands.count == 16, "\(Self.readmeCommands)")
        #expect(Self.readmeCommands.contains(["export", "datasette-metadata"]))
        #expect(Self.readmeCommands.contains(["report", "lineage"]))
    }

    @Test("tipdb help WORDS shows what tipdb WORDS --help shows, exit 0", arguments: readmeCommands)
    func helpMatchesDashDashHelp(_ words: [String]) throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["help"] + words, in: dir)
            #expect(help.status == 0, "\(words): \(help.stderr)")
            #expect(help.stderr.isEmpty, "\(words): \(help.stderr)")
            let direct = try Tipdb.run(words + ["--help"], in: dir)
            #expect(direct.status == 0)
            #expect(help.stdout == direct.stdout, "\(words)")
            #expect(help.stdout.hasPrefix("OVERVIEW: "), "\(words)")
        }
    }

    @Test("an argument after a command without subcommands shows that command's help")
    func argumentAfterCommand() throws {
        try withTemporaryDirectory { dir in
            let export = try Tipdb.run(["help", "export", "datasette-metadata"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            #expect(export.stdout.contains("USAGE: tipdb export [--db <path>] <what> [--output <output>]"), "\(export.stdout)")
            let schema = try Tipdb.run(["help", "schema", "figures"], in: dir)
            #expect(schema.status == 0, "\(schema.stderr)")
            #expect(schema.stdout == (try Tipdb.run(["schema", "--help"], in: dir)).stdout)
            let ctdc = try Tipdb.run(["help", "derive", "ctdc"], in: dir)
            #expect(ctdc.stdout.contains("USAGE: tipdb derive ctdc "), "\(ctdc.stdout)")
        }
    }

    @Test("a word that names no subcommand of a group is refused with the group's commands, never an empty list")
    func unknownSubcommand() throws {
        try withTemporaryDirectory { dir in
            for (words, expected) in [
                (["derive", "ctcd"], "tipdb: error: no command \"ctcd\" to show help for; did you mean \"ctdc\"? Expected one of ctdc\n"),
                (["derive", "xyz"], "tipdb: error: no command \"xyz\" to show help for; expected one of ctdc\n"),
                (["exprot"], "tipdb: error: no command \"exprot\" to show help for; did you mean \"export\"? Expected one of init, migrate, status, ingest, retract, sql, schema, search, export, check, backup, report, derive\n"),
            ] {
                let result = try Tipdb.run(["help"] + words, in: dir)
                #expect(result.status == 64)
                #expect(result.stdout.isEmpty)
                #expect(result.stderr == expected)
            }
        }
    }
}
