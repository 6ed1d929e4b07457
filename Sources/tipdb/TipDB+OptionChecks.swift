import ArgumentParser
import Foundation
import Storage

extension TipDB {
    /// Shows the help of a command whose option was given `--help` as its value, and refuses a
    /// single-valued option given twice (exit 64), before ArgumentParser parses `arguments`.
    ///
    /// Why: ArgumentParser keeps the last of two values without a word, so
    /// `--db a.sqlite --db b.sqlite` or `--kind sources --kind figures` ran on one of them and the
    /// user never learnt the other was dropped; and an option that takes its value
    /// unconditionally (`--limit --help`) read the help request as a value that is not a number.
    /// Which options take one value, and how, comes from ArgumentParser's own definitions
    /// (`CommandOptions`), for every command alike.
    static func checkOptions(_ arguments: [String]) {
        let (command, rest) = commandNamed(by: arguments)
        let options = CommandOptions(of: command)
        // `status`, `search` and `ingest` take --json; `check`, `sql` and the reports --format json.
        // ArgumentParser's "Unknown option '--json'" left the user to find the other spelling.
        if rest.prefix(while: { $0 != "--" }).contains("--json"), !options.flagSpellings.contains("--json"),
           options.option(spelled: "--format")?.values.contains("json") == true {
            let message = "\(commandPath(of: command)) has no --json option; expected --format json"
            ExitStatus.printError(message)
            FileHandle.standardError.write(Data((usageLines(for: command) + "\n").utf8))
            FailureReport(error: message, exitCode: ExitStatus.usageCode.rawValue).print()
            exit(withError: ExitStatus.usageCode)
        }
        if let (word, meant) = options.singleDashLongOption(in: rest) {
            let message = "\(word) is written with one dash, which reads as short options one letter each; expected \(meant)"
            ExitStatus.printError(message)
            FileHandle.standardError.write(Data((usageLines(for: command) + "\n").utf8))
            if asksForJSON(arguments) {
                FailureReport(error: message, exitCode: ExitStatus.usageCode.rawValue).print()
            }
            exit(withError: ExitStatus.usageCode)
        }
        switch options.finding(in: rest) {
        case nil:
            return
        case .helpAsked:
            exitChecked(withError: CleanExit.helpRequest(command))
        case .repeated(let option, let values):
            let message = repeatedOptionMessage(option.name, values: values)
            ExitStatus.printError(message)
            FileHandle.standardError.write(Data((usageLines(for: command) + "\n").utf8))
            if asksForJSON(arguments) {
                FailureReport(error: message, exitCode: ExitStatus.usageCode.rawValue).print()
            }
            exit(withError: ExitStatus.usageCode)
        }
    }

    /// `--kind is given twice ("sources" and "figures"); expected one --kind`.
    static func repeatedOptionMessage(_ name: String, values: [String]) -> String {
        let quoted = values.map { "\"\(VisibleText.escaping($0))\"" }
        let times = quoted.count == 2 ? "twice" : "\(quoted.count) times"
        let listed = quoted.dropLast().joined(separator: ", ") + " and " + (quoted.last ?? "")
        return "\(name) is given \(times) (\(listed)); expected one \(name)"
    }

    /// The usage and the pointer to the help that ArgumentParser prints below its own usage
    /// errors, so that this one reads like them.
    private static func usageLines(for command: ParsableCommand.Type) -> String {
        let usage = usageString(for: command).replacingOccurrences(of: "\n", with: "\n       ")
        let path = commandPath(of: command)
        return "Usage: \(usage)\n  See '\(path) --help' for more information."
    }

    /// `tipdb report brief`: the names from the root to `command`.
    private static func commandPath(of command: ParsableCommand.Type) -> String {
        func path(to target: ParsableCommand.Type, from node: ParsableCommand.Type) -> [String]? {
            if node == target { return [node._commandName] }
            for subcommand in node.configuration.subcommands {
                if let rest = path(to: target, from: subcommand) { return [node._commandName] + rest }
            }
            return nil
        }
        return (path(to: command, from: TipDB.self) ?? [TipDB._commandName]).joined(separator: " ")
    }
}
