import ArgumentParser
import Foundation
import Storage

/// The positional arguments a command without subcommands takes, as ArgumentParser describes them,
/// to judge the words written after it in `tipdb help COMMAND WORD...`.
///
/// Why: those words are the command's arguments (README: `tipdb help schema figures` shows the
/// schema command's help), but a word that cannot be one was ignored: `tipdb help export nosuch`
/// (export takes only `datasette-metadata`), `tipdb help status extra` (status takes none) or
/// `tipdb help sql extra words` (sql takes one) showed the help with exit 0, as if the question
/// had been the one intended. Such a word is now a usage error that names it.
struct HelpTopicArguments {
    /// One argument of ArgumentParser's `--experimental-dump-help` description.
    private struct Argument: Decodable {
        var kind: String
        var valueName: String?
        var isRepeating: Bool?
        var allValues: [String]?
    }

    private struct Description: Decodable {
        struct Command: Decodable {
            var arguments: [Argument]?
        }
        var command: Command
    }

    /// The first of `words` that cannot be an argument of `command` (`tipdb export`, written as
    /// `path`), with why, or nil when every word can be one.
    static func problem(_ words: [String], for command: ParsableCommand.Type, path: String) -> String? {
        guard !words.isEmpty else { return nil }
        let description = try? JSONDecoder().decode(Description.self, from: Data(command._dumpHelp().utf8))
        let positionals = (description?.command.arguments ?? []).filter { $0.kind == "positional" }
        var slot = 0
        for word in words {
            guard slot < positionals.count else {
                let takes = positionals.isEmpty
                    ? "which takes no argument, only options"
                    : "which takes \(positionals.count == 1 ? "one" : "\(positionals.count)") (\(positionals.map { "<\($0.valueName ?? "value")>" }.joined(separator: " ")))"
                return "no argument \"\(word)\" for \(path), \(takes); expected tipdb help \(path.dropFirst("tipdb ".count))"
                    + (positionals.isEmpty ? "" : ", or its argument in quotes")
            }
            let argument = positionals[slot]
            if let values = argument.allValues, !values.contains(word) {
                return Suggestions.message(
                    "no argument \"\(word)\" for \(path)", for: word, among: values,
                    expected: "expected one of \(values.joined(separator: ", "))")
            }
            if argument.isRepeating != true { slot += 1 }
        }
        return nil
    }
}
