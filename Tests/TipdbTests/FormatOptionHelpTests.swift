import Foundation
import Testing

/// Every command's `--help` names each `--format` value once: ArgumentParser
/// already lists them (`values: ...`) after the option's own help, which listed them too.
@Suite("--format help lists each value once (built binary)")
struct FormatOptionHelpTests {
    /// The `--format` entry of a command's help: from its line to the next option's, joined into one line.
    static func formatEntry(_ help: String) -> String {
        var entry: [String] = []
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if entry.isEmpty {
                if trimmed.hasPrefix("--format <format>") { entry.append(trimmed) }
            } else if trimmed.hasPrefix("-") || trimmed.isEmpty {
                break
            } else {
                entry.append(trimmed)
            }
        }
        return entry.joined(separator: " ")
    }

    @Test(
        "the --format help lists the values once, in ArgumentParser's list",
        arguments: [
            (["schema"], ["text", "md", "json"]),
            (["sql"], ["table", "csv", "tsv", "json", "ndjson", "md"]),
            (["check"], ["text", "json"]),
            (["report", "brief"], ["md", "html", "json", "csv"]),
            (["report", "sources"], ["md", "csl-json", "bibtex"]),
            (["report", "studies"], ["md", "csv"]),
            (["report", "lineage"], ["text", "md", "json"]),
            (["ingest"], ["csv", "tsv", "json", "ndjson", "csl-json", "glotip", "ctdc", "owid"]),
        ])
    func valuesOnce(_ command: [String], _ values: [String]) throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(command + ["--help"], in: dir)
            #expect(help.status == 0, "\(help.stderr)")
            let entry = Self.formatEntry(help.stdout)
            #expect(entry.contains("(values: \(values.joined(separator: ", "))"), "\(entry)")
            // The option's own words, before ArgumentParser's list, name no value (the default is named after the list).
            let own = entry.components(separatedBy: "(values:").first ?? entry
            for value in values {
                let words = own.split { !$0.isLetter }.filter { $0 == value }
                #expect(words.isEmpty, "\(command) --format help names \(value) before the list of values too: \(entry)")
            }
        }
    }
}
