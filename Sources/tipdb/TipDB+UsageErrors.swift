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
        if let unknown = unknownHelpTopic(arguments) {
            ExitStatus.printError(Suggestions.message(
                "no command \"\(unknown.word)\" to show help for", for: unknown.word, among: unknown.names,
                expected: unknown.names.isEmpty ? nil : "expected one of \(unknown.names.joined(separator: ", "))"))
            exit(withError: ExitStatus.usageCode)
        }
        checkOptions(arguments)
        do {
            var command = try parseAsRoot(arguments)
            if let group = commandGroupNamed(command) { refuseGroupAlone(group) }
            try command.run()
        } catch {
            // An `ExitCode(64)` thrown from `run()` carries no message: `ExitStatus` has written it
            // already, and its JSON too where the command reports as JSON.
            let text = message(for: error)
            if exitCode(for: error) == .validationFailure, !text.isEmpty, asksForJSON(arguments) {
                FailureReport(error: text, exitCode: ExitCode.validationFailure.rawValue).print()
            }
            exit(withError: error)
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

    /// The first word of `tipdb help WORD...` that names no command, with the commands it could have
    /// named: ArgumentParser shows the root's help for it and exits 0, so a typo
    /// (`tipdb help ingets`) looked like an answer.
    ///
    /// A command without subcommands ends the names: the words after it are its arguments, as the
    /// README writes the commands (`tipdb help export datasette-metadata`, `tipdb help schema
    /// figures`), and its help is the answer (which ArgumentParser shows). So the commands a word
    /// could have named are never none.
    static func unknownHelpTopic(_ arguments: [String]) -> (word: String, names: [String])? {
        guard arguments.first == "help" else { return nil }
        var command: ParsableCommand.Type = TipDB.self
        // `tipdb help help` is ArgumentParser's own; an option ends the command's name (`help report --place 35`).
        for word in arguments.dropFirst() {
            if word.hasPrefix("-") || (word == "help" && command == TipDB.self) { break }
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty { break }
            let found = subcommands.first { $0._commandName == word || $0.configuration.aliases.contains(word) }
            guard let found else { return (word, subcommands.map { $0._commandName }) }
            command = found
        }
        return nil
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
