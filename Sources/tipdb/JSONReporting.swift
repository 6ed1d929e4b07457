import ArgumentParser

/// A command that prints its report, and any failure, as JSON when asked to.
///
/// Its usage errors are printed by `TipDB.main` before the command exists, from arguments that
/// could not be parsed: so the command says, from those raw arguments, whether they ask for JSON.
protocol JSONReporting: ParsableCommand {
    /// Whether the command's own arguments (those after its name and before a `--`) ask for JSON.
    static func asksForJSON(_ arguments: [String]) -> Bool
}

extension JSONReporting {
    /// `--json` anywhere among them, as the commands with a `--json` flag take it.
    static func asksForJSON(_ arguments: [String]) -> Bool {
        arguments.contains("--json")
    }

    /// The value of the last `--format` among `arguments` (`--format json` or `--format=json`): for
    /// the commands whose JSON is one of their formats. `--format` given twice is a usage error
    /// (`TipDB.checkOptions`), printed as JSON too when the last one asks for it.
    static func lastFormat(_ arguments: [String]) -> String? {
        var format: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--format", index + 1 < arguments.count {
                format = arguments[index + 1]
            } else if argument.hasPrefix("--format=") {
                format = String(argument.dropFirst("--format=".count))
            }
        }
        return format
    }
}
