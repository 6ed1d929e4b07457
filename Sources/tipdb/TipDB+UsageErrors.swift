import ArgumentParser
import Foundation
import Storage

extension TipDB {
    /// Parses and runs the command named by `arguments`, as `ParsableCommand.main` does, and
    /// prints a usage error (exit 64) of a command run with `--json` as JSON on standard output
    /// too, in the shape of its other failures.
    ///
    /// ArgumentParser prints usage errors as text before a command's `run()` starts, so the JSON
    /// that `ExitStatus.run` writes for every other failure never appeared: a script reading
    /// standard output as JSON broke exactly when it needed to know what went wrong. The text
    /// stays on standard error, as with the other failures.
    static func parseAndRun(_ arguments: [String]) {
        if let problem = helpTopicProblem(arguments) {
            ExitStatus.printError(problem)
            exit(withError: ExitStatus.usageCode)
        }
        if let problem = unknownCommandProblem(arguments) {
            ExitStatus.printError(problem)
            exit(withError: ExitStatus.usageCode)
        }
        showHelpPage(arguments)
        checkOptions(arguments)
        do {
            var command = try parseAsRoot(arguments)
            if let group = commandGroupNamed(command) { refuseGroupAlone(group) }
            try command.run()
            // Output that could not be written is a failure, whatever the command did.
            if let problem = StandardStream.shared.failure() {
                ExitStatus.printError(problem)
                exit(withError: ExitStatus.rejected)
            }
        } catch let stopped as StoppedBySignal {
            stopped.end()
        } catch {
            // An `ExitCode(64)` thrown from `run()` carries no message: `ExitStatus` has written it
            // already, and its JSON too where the command reports as JSON.
            let text = message(for: error)
            if exitCode(for: error) == .validationFailure, !text.isEmpty, asksForJSON(arguments) {
                FailureReport(error: text, exitCode: ExitCode.validationFailure.rawValue).print()
            }
            exitChecked(withError: error)
        }
    }

    /// The type of `command` when it only groups others (`tipdb`, `tipdb report`), nil otherwise.
    static func commandGroupNamed(_ command: ParsableCommand) -> ParsableCommand.Type? {
        let type = Swift.type(of: command)
        let configuration = type.configuration
        return configuration.subcommands.isEmpty || configuration.defaultSubcommand != nil ? nil : type
    }

    /// Prints `group`'s help on standard error with a usage error, and exits 64.
    ///
    /// Why: ArgumentParser answers a group run alone with its help and exit 0, so a script whose
    /// `tipdb report "$KIND"` lost its word looked as if it had worked.
    static func refuseGroupAlone(_ group: ParsableCommand.Type) -> Never {
        FileHandle.standardError.write(Data((helpMessage(for: group) + "\n\n").utf8))
        let path = group == TipDB.self ? "tipdb" : "tipdb \(group._commandName)"
        let names = group.configuration.subcommands.map { $0._commandName }
        ExitStatus.printError("\(path) needs a command; expected one of \(names.joined(separator: ", "))")
        exit(withError: ExitStatus.usageCode)
    }

    /// What is wrong with the words of `tipdb help WORD...`, or nil: the first word that names no
    /// command, with the commands it could have named (ArgumentParser shows the root's help for
    /// it and exits 0, so a typo, `tipdb help ingets`, looked like an answer).
    ///
    /// A command without subcommands ends the names: the words after it are its arguments, as the
    /// README writes the commands (`tipdb help export datasette-metadata`, `tipdb help schema
    /// figures`), and its help is the answer (which ArgumentParser shows). A word that cannot be
    /// one of its arguments (`tipdb help export nosuch`, `tipdb help status extra`) is named too
    /// (`HelpTopicArguments`).
    static func helpTopicProblem(_ arguments: [String]) -> String? {
        guard arguments.first == "help" else { return nil }
        var command: ParsableCommand.Type = TipDB.self
        var path = "tipdb"
        // `tipdb help help` is ArgumentParser's own; an option ends the words judged here, and
        // ArgumentParser refuses it (`help report --place 35`: unknown option, exit 64).
        let words = arguments.dropFirst().prefix { !$0.hasPrefix("-") }
        for (index, word) in zip(words.indices, words) {
            if word == "help" && command == TipDB.self { break }
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty {
                return HelpTopicArguments.problem(Array(words[index...]), for: command, path: path)
            }
            let found = subcommands.first { $0._commandName == word || $0.configuration.aliases.contains(word) }
            guard let found else {
                let names = subcommands.map { $0._commandName }
                return Suggestions.message(
                    "no command \"\(word)\" to show help for", suggesting: suggestions(for: word, among: names),
                    expected: "expected one of \(names.joined(separator: ", "))")
            }
            command = found
            path += " " + found._commandName
        }
        return nil
    }

    /// What is wrong with a first word that names no command where a command group expects one
    /// (`tipdb ingets x.csv`, `tipdb report breif`), with the commands it could have named; nil
    /// when the words name a command, or the group is given only options (`tipdb --version`).
    ///
    /// Why: ArgumentParser answered `tipdb ingets x.csv` with "2 unexpected arguments",
    /// `tipdb report breif --place WLD` with "Unknown option '--place'", and `tipdb ingets --help`
    /// with the root's help and exit 0, none of them about the misspelt word; `tipdb help ingets`
    /// already named it.
    static func unknownCommandProblem(_ arguments: [String]) -> String? {
        let (command, rest) = commandNamed(by: arguments)
        let subcommands = command.configuration.subcommands
        guard !subcommands.isEmpty, command.configuration.defaultSubcommand == nil,
              let word = rest.first, !word.hasPrefix("-"), !(command == TipDB.self && word == "help")
        else { return nil }
        let names = subcommands.map { $0._commandName }
        let path = command == TipDB.self ? "tipdb" : "tipdb \(command._commandName)"
        return Suggestions.message(
            "\(path) has no command \"\(word)\"", suggesting: suggestions(for: word, among: names),
            expected: "expected one of \(names.joined(separator: ", "))")
    }

    /// The commands `word` may have been meant as: the usual suggestions, else a name that is
    /// `word` with two neighbouring letters swapped (`cdtc` for `ctdc`), which the edit distance
    /// counts as two edits and so leaves out of a four-letter name.
    static func suggestions(for word: String, among names: [String]) -> [String] {
        let found = Suggestions.closest(to: word, among: names)
        guard found.isEmpty else { return found }
        let letters = Array(word)
        return names.filter { name in
            let other = Array(name)
            guard other.count == letters.count, other != letters else { return false }
            let differ = letters.indices.filter { letters[$0] != other[$0] }
            return differ.count == 2 && differ[1] == differ[0] + 1
                && letters[differ[0]] == other[differ[1]] && letters[differ[1]] == other[differ[0]]
        }
    }

    /// Whether `arguments` run a command that reports as JSON and ask it to.
    ///
    /// The command is named by the leading words, as ArgumentParser reads them: `--json` before
    /// the subcommand's name is an error of the parent command (`tipdb --json status`), which has
    /// no JSON output.
    static func asksForJSON(_ arguments: [String]) -> Bool {
        let (command, rest) = commandNamed(by: arguments)
        guard let reporting = command as? JSONReporting.Type else { return false }
        // After `--` every argument is a value (a file named `--json`), never an option.
        return reporting.asksForJSON(Array(rest.prefix { $0 != "--" }))
    }

    /// The command the leading words of `arguments` name (`report brief`), as ArgumentParser
    /// reads them, and the words after its name.
    static func commandNamed(by arguments: [String]) -> (command: ParsableCommand.Type, rest: [String]) {
        var command: ParsableCommand.Type = TipDB.self
        var rest = arguments[...]
        while let word = rest.first,
            let subcommand = command.configuration.subcommands.first(where: {
                $0._commandName == word || $0.configuration.aliases.contains(word)
            })
        {
            command = subcommand
            rest = rest.dropFirst()
        }
        return (command, Array(rest))
    }
}
