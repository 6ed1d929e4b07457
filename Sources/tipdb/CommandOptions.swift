import ArgumentParser
import Foundation

/// The options of one command as ArgumentParser defines them, read from ArgumentParser's own
/// description of the command (`_dumpHelp()`, the JSON behind `--experimental-dump-help`), and
/// what a command line does with them that ArgumentParser lets pass.
///
/// Why read from the parser: ArgumentParser keeps the last value of a single-valued option given
/// twice without a word (`--db a.sqlite --db b.sqlite` used b), and reads `--help` after an
/// option as its value (or its missing value). A list of options kept by hand would drift from the commands; the
/// parser's own definitions cannot.
struct CommandOptions {
    /// One option that takes a value, under every spelling it has.
    struct Option: Equatable {
        /// The spelling messages use: the long name when there is one (`--output`, not `-o`).
        let name: String
        /// `--output`, `-o`.
        let spellings: [String]
        /// An array option (`--measure`, `--param`): meant to be given several times.
        let repeats: Bool
        /// Takes the next word as its value even when it starts with `-` (`--limit -3`).
        let unconditional: Bool
        /// Takes every word up to the next option.
        let upToNextOption: Bool
        /// The values it takes, when it names them (`--format`); empty otherwise.
        var values: [String] = []
    }

    /// What a command line does that ArgumentParser would let pass.
    enum Finding: Equatable {
        /// A help name (`--help`, `-h`) where an option's value goes (`--limit --help`): the user
        /// asks for help, which ArgumentParser read as the value (`--limit`: not a number) or as
        /// no value at all (`--kind`: missing).
        case helpAsked
        /// A single-valued option given more than once, with every value in the order given.
        case repeated(Option, values: [String])
    }

    /// Options by each spelling.
    private var options: [String: Option] = [:]
    /// `--help`, `-h`: the spellings of the command's help flag.
    private(set) var helpSpellings: Set<String> = []
    /// Every spelling of the command's other flags (`--json`, `--quiet`).
    private(set) var flagSpellings: Set<String> = []

    /// The options of `command`: those of its option groups too (`--db`), not its subcommands'.
    init(of command: ParsableCommand.Type) {
        self.init(dump: command._dumpHelp())
    }

    /// The options described by `dump`, ArgumentParser's JSON for one command; none when it
    /// cannot be read (a test walks every command, so a change of that format does not go unseen).
    init(dump: String) {
        guard let description = try? JSONDecoder().decode(Dump.self, from: Data(dump.utf8)) else { return }
        for argument in description.command.arguments ?? [] {
            let spellings = (argument.names ?? []).map(\.spelling)
            switch argument.kind {
            case "option":
                let preferred = (argument.names ?? []).first { $0.kind == "long" } ?? argument.preferredName
                let option = Option(
                    name: preferred?.spelling ?? spellings.first ?? "", spellings: spellings,
                    repeats: argument.isRepeating, unconditional: argument.parsingStrategy == "unconditional",
                    upToNextOption: argument.parsingStrategy == "upToNextOption", values: argument.allValues ?? [])
                for spelling in spellings { options[spelling] = option }
            case "flag" where argument.names?.contains(where: { $0.name == "help" }) == true:
                helpSpellings.formUnion(spellings)
            case "flag":
                flagSpellings.formUnion(spellings)
            default:
                continue
            }
        }
    }

    /// Every option that takes a value, once each, in no particular order.
    var all: [Option] {
        var seen = Set<String>()
        return options.values.filter { seen.insert($0.name).inserted }
    }

    /// The option spelled `spelling` (`--limit`, `-o`), or nil.
    func option(spelled spelling: String) -> Option? {
        options[spelling]
    }

    /// What `arguments` (a command's own words, after its name) do that ArgumentParser would let
    /// pass: a help name in an option's value place first, else the first single-valued option
    /// given twice; nil when neither. Words after `--` are values, never options. A help name
    /// where an option may stand leaves the rest to ArgumentParser, which shows the help.
    func finding(in arguments: [String]) -> Finding? {
        var values: [String: [String]] = [:]
        var firstRepeated: Option?
        func record(_ option: Option, _ value: String) {
            guard !option.repeats else { return }
            values[option.name, default: []].append(value)
            if firstRepeated == nil, values[option.name, default: []].count > 1 { firstRepeated = option }
        }
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" { break }
            if helpSpellings.contains(word) { return nil }
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--"), let option = options[String(word[..<equals])] {
                record(option, String(word[word.index(after: equals)...]))
                continue
            }
            guard let option = options[word] else { continue }
            // The value is the next word, as ArgumentParser takes it; nothing when it is missing,
            // which ArgumentParser reports.
            while index < arguments.count {
                let next = arguments[index]
                if helpSpellings.contains(next) { return .helpAsked }
                guard next != "--", option.unconditional || !Self.looksLikeOption(next) else { break }
                record(option, next)
                index += 1
                if !option.upToNextOption { break }
            }
        }
        guard let firstRepeated else { return nil }
        return .repeated(firstRepeated, values: values[firstRepeated.name] ?? [])
    }

    /// The first word of `arguments` (a command's own words) that is one of the command's long
    /// options written with one dash, `-format` or `-format=csv`, with the spelling meant
    /// (`--format`); nil when none. Values of options and words after `--` are not judged.
    ///
    /// Why: ArgumentParser reads `-format` as the short flags -f -o -r -m -a -t, and answers about
    /// one of them ("Unknown option '-f'", or, for `tipdb sql`, "give the SQL as an argument or with
    /// -f, not both"), never about the dash the user left out.
    func singleDashLongOption(in arguments: [String]) -> (word: String, meant: String)? {
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" { return nil }
            if let option = options[word] {
                // Its value, as ArgumentParser takes it, is not an option.
                if index < arguments.count, option.unconditional || !Self.looksLikeOption(arguments[index]) { index += 1 }
                continue
            }
            guard word.hasPrefix("-"), !word.hasPrefix("--"), word.count > 2 else { continue }
            let name = word.dropFirst().prefix { $0 != "=" }
            let meant = "--" + name
            guard name.count > 1, options[meant] != nil || flagSpellings.contains(meant) || helpSpellings.contains(meant) else { continue }
            return (word, meant + word.dropFirst(1 + name.count))
        }
        return nil
    }

    /// A word ArgumentParser reads as an option rather than a value: a dash and more (`-` alone is
    /// a value: standard output).
    private static func looksLikeOption(_ word: String) -> Bool {
        word.hasPrefix("-") && word.count > 1
    }

    /// The part of ArgumentParser's JSON description read here.
    private struct Dump: Decodable {
        struct Command: Decodable {
            let arguments: [Argument]?
        }

        struct Argument: Decodable {
            let kind: String
            let names: [Name]?
            let preferredName: Name?
            let isRepeating: Bool
            let parsingStrategy: String
            /// The values an enumerated option takes (`--format`: md, json, ...).
            let allValues: [String]?
        }

        struct Name: Decodable {
            let kind: String
            let name: String

            /// As typed: `--limit`, `-o`; a long name with a single dash (`-name`) has one.
            var spelling: String { kind == "long" ? "--" + name : "-" + name }
        }

        let command: Command
    }
}
