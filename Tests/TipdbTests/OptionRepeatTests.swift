import Foundation
import Testing

/// Every command's options as the built binary describes them (`--experimental-dump-help`):
/// the tests below walk them all, so a command or an option added later is covered too.
struct DescribedOption: CustomStringConvertible, Sendable {
    /// `["report", "brief"]`.
    let command: [String]
    /// The long spelling (`--output`), else the first one (`-o`).
    let name: String
    let spellings: [String]
    let repeats: Bool
    let unconditional: Bool

    var description: String { (command + [name]).joined(separator: " ") }

    /// The options that take a value, of every command that runs (not groups, not `help`).
    static let all: [DescribedOption] = {
        guard let result = try? withTemporaryDirectory({ dir in try Tipdb.run(["--experimental-dump-help"], in: dir) }),
            let dump = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
            let root = dump["command"] as? [String: Any]
        else { return [] }
        var found: [DescribedOption] = []
        func walk(_ command: [String: Any], path: [String]) {
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            for subcommand in subcommands where subcommand["commandName"] as? String != "help" {
                walk(subcommand, path: path + [subcommand["commandName"] as? String ?? ""])
            }
            guard subcommands.isEmpty else { return }
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["kind"] as? String == "option" {
                let names = argument["names"] as? [[String: String]] ?? []
                let spellings = names.map { ($0["kind"] == "long" ? "--" : "-") + ($0["name"] ?? "") }
                let long = names.first { $0["kind"] == "long" }.map { "--" + ($0["name"] ?? "") }
                found.append(DescribedOption(
                    command: path, name: long ?? spellings.first ?? "", spellings: spellings,
                    repeats: argument["isRepeating"] as? Bool == true,
                    unconditional: argument["parsingStrategy"] as? String == "unconditional"))
            }
        }
        walk(root, path: [])
        return found
    }()

    static var singleValued: [DescribedOption] { all.filter { !$0.repeats } }
    static var arrays: [DescribedOption] { all.filter(\.repeats) }
    static var unconditional: [DescribedOption] { all.filter(\.unconditional) }
}

@Suite("CLI: a single-valued option given twice is a usage error naming it and its values; --help in an option's value place shows the help")
struct OptionRepeatTests {
    @Test("the binary describes the options walked here: every command, the shared --db and each kind of option")
    func describedOptions() {
        let commands = Set(DescribedOption.all.map { $0.command.joined(separator: " ") })
        #expect(commands.isSuperset(of: [
            "init", "migrate", "status", "ingest", "sql", "schema", "search", "export", "check", "backup",
            "report brief", "report sources", "report lineage", "report studies", "derive ctdc",
        ]), "\(commands.sorted())")
        #expect(DescribedOption.singleValued.filter { $0.name == "--db" }.count == commands.count)
        #expect(DescribedOption.singleValued.count > 40)
        #expect(!DescribedOption.arrays.isEmpty && !DescribedOption.unconditional.isEmpty)
    }

    @Test("each single-valued option of each command, given twice, exits 64 naming the option and both values", arguments: DescribedOption.singleValued)
    func repeatedOption(option: DescribedOption) throws {
        // Values that start with - too, where the option takes them (`--limit -3`).
        let (first, second) = option.unconditional ? ("-3", "5") : ("one", "two")
        let expected = "tipdb: error: \(option.name) is given twice (\"\(first)\" and \"\(second)\"); expected one \(option.name)\n"
        try withTemporaryDirectory { dir in
            let last = option.spellings.last ?? option.name
            for arguments in [
                option.command + [option.name, first, option.name, second],
                option.command + ["\(option.name)=\(first)", last, second],
            ] {
                let result = try Tipdb.run(arguments, in: dir)
                #expect(result.status == 64, "\(arguments): \(result.stderr)")
                // Export's output is JSON, so its usage errors are JSON on standard output too.
                let json = option.command.first == "export"
                    ? "{\"error\": \"\(expected.dropFirst("tipdb: error: ".count).dropLast().replacingOccurrences(of: "\"", with: "\\\""))\", \"exitCode\": 64}\n" : ""
                #expect(result.stdout == json, "\(arguments): \(result.stdout)")
                #expect(result.stderr.hasPrefix(expected), "\(arguments): \(result.stderr)")
                #expect(result.stderr.contains("\n  See 'tipdb \(option.command.joined(separator: " ")) --help' for more information."), "\(result.stderr)")
            }
        }
    }

    @Test("an option meant to repeat (an array) takes each value given, and no word about it", arguments: DescribedOption.arrays)
    func arrayOption(option: DescribedOption) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(option.command + [option.name, "one", option.name, "two"], in: dir)
            #expect(!result.stderr.contains("is given twice"), "\(option): \(result.stderr)")
        }
    }

    @Test("a repeated array and filter still work: two --param, two --place, two --measure")
    func arraysWork() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let sql = try Tipdb.run(["sql", "--param", "a=1", "--param", "b=2", "SELECT :a + :b AS sum"], in: dir)
            #expect(sql.status == 0, "\(sql.stderr)")
            #expect(sql.stdout.contains("3"))
            let brief = try Tipdb.run(
                ["report", "brief", "--format", "csv", "--place", "WLD", "--place", "USA", "--measure", "forced-labour", "--measure", "trafficking-victims", "--date", "2026-01-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
        }
    }

    @Test("spellings and places the check must read as ArgumentParser does")
    func spellings() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            // The short and the long name are one option.
            let short = try Tipdb.run(["report", "brief", "-o", "a.md", "--output", "b.md"], in: dir)
            #expect(short.status == 64)
            #expect(short.stderr.hasPrefix("tipdb: error: --output is given twice (\"a.md\" and \"b.md\"); expected one --output\n"), "\(short.stderr)")
            // A leading --db (moved after the command) counts with one given after it.
            let leading = try Tipdb.run(["--db", "a.sqlite", "status", "--db=b.sqlite"], in: dir)
            #expect(leading.status == 64)
            #expect(leading.stderr.hasPrefix("tipdb: error: --db is given twice (\"a.sqlite\" and \"b.sqlite\"); expected one --db\n"), "\(leading.stderr)")
            // Three times: every value, in order.
            let thrice = try Tipdb.run(["sql", "--timeout", "1", "--timeout", "2", "--timeout=-3", "SELECT 1"], in: dir)
            #expect(thrice.stderr.hasPrefix("tipdb: error: --timeout is given 3 times (\"1\", \"2\" and \"-3\"); expected one --timeout\n"), "\(thrice.stderr)")
            // After -- every word is a value: searched for, not an option given twice.
            let literal = try Tipdb.run(["search", "--limit", "3", "--", "--limit", "5"], in: dir)
            #expect(literal.status == 0, "\(literal.stderr)")
            #expect(literal.stdout == "(0 results)\n")
            // An unconditional option's value that looks like the option is its value, not a second --limit.
            let value = try Tipdb.run(["search", "x", "--limit", "--limit", "5"], in: dir)
            #expect(value.status == 64)
            #expect(value.stderr.hasPrefix("tipdb: error: The value '--limit' is invalid for '--limit <limit>'"), "\(value.stderr)")
            // --help anywhere an option may stand still shows the help, repeats or not.
            let help = try Tipdb.run(["search", "x", "--limit", "3", "--limit", "5", "--help"], in: dir)
            #expect(help.status == 0, "\(help.stderr)")
            #expect(help.stdout.hasPrefix("OVERVIEW: Full-text search"))
            // A value with a line break is shown escaped, on the one error line.
            let note = try Tipdb.run(["ingest", "--note", "a\nb", "--note", "c", "x.csv"], in: dir)
            #expect(note.stderr.hasPrefix("tipdb: error: --note is given twice (\"a\\nb\" and \"c\"); expected one --note\n"), "\(note.stderr)")
        }
    }

    @Test("under --json, or a last --format json, the repeat is one JSON object on standard output too", arguments: [
        (["status", "--json", "--db", "a.sqlite", "--db", "b.sqlite"], "--db is given twice (\"a.sqlite\" and \"b.sqlite\"); expected one --db"),
        (["check", "--format", "text", "--format=json"], "--format is given twice (\"text\" and \"json\"); expected one --format"),
        (["sql", "--format", "table", "--format", "json", "SELECT 1"], "--format is given twice (\"table\" and \"json\"); expected one --format"),
        (["derive", "ctdc", "--json", "--dataset", "a", "--dataset", "b", "--by", "year"], "--dataset is given twice (\"a\" and \"b\"); expected one --dataset"),
    ])
    func repeatAsJSON(arguments: [String], message: String) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 64)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
            #expect(object["error"] as? String == message)
            #expect(object["exitCode"] as? Int == 64)
            #expect(result.stderr.hasPrefix("tipdb: error: \(message)\n"))
        }
    }

    @Test("--help or -h where an unconditional option's value goes shows the command's help, exit 0", arguments: DescribedOption.unconditional)
    func helpAfterNumericOption(option: DescribedOption) throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(option.command + ["--help"], in: dir)
            #expect(help.status == 0)
            #expect(help.stdout.hasPrefix("OVERVIEW: "))
            for name in ["--help", "-h"] {
                let result = try Tipdb.run(option.command + [option.name, name], in: dir)
                #expect(result.status == 0, "\(option) \(name): \(result.stderr)")
                #expect(result.stdout == help.stdout, "\(option) \(name)")
                #expect(result.stderr.isEmpty, "\(option) \(name): \(result.stderr)")
            }
        }
    }

    @Test("--help in any option's value place shows the help (it was 'Missing value' for --kind --help); --help elsewhere still wins over a repeat")
    func helpInValuePlace() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["search", "--help"], in: dir)
            for arguments in [
                ["search", "x", "--kind", "--help"], ["search", "x", "--limit", "--help"], ["search", "x", "--limit", "3", "--limit", "5", "--help"],
            ] {
                let result = try Tipdb.run(arguments, in: dir)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                #expect(result.stdout == help.stdout, "\(arguments)")
            }
            // Given as the value explicitly, it is the value, and not a number.
            let explicit = try Tipdb.run(["search", "x", "--limit=--help"], in: dir)
            #expect(explicit.status == 64)
            #expect(explicit.stderr.hasPrefix("tipdb: error: The value '--help' is invalid for '--limit <limit>'"), "\(explicit.stderr)")
        }
    }
}
