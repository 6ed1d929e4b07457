import Foundation

/// What a file name's extension says the file holds, for a report written with `-o FILE`.
///
/// Why: `-o brief.html` without `--format html`, or `report sources -o refs.bib` without
/// `--format bibtex`, wrote Markdown into a file that a browser or a reference manager then
/// read as something else (review W26). Every report command with `-o` and `--format` checks
/// the name against the format in effect with the one table here.
enum OutputFileKind: String {
    case markdown, html, json, csv, bibtex

    /// The kind `path`'s extension names (`.md`, `.markdown`, `.html`, `.htm`, `.json`, `.csv`,
    /// `.bib`, in any case), or nil for another extension or none, which takes any format.
    init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "json": self = .json
        case "csv": self = .csv
        case "bib": self = .bibtex
        default: return nil
        }
    }

    /// The extension to suggest for a file of this kind.
    var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        case .csv: "csv"
        case .bibtex: "bib"
        }
    }

    /// Why `-o path` cannot hold `format`, as a usage message, or nil when its name agrees with
    /// the format or says nothing about one.
    ///
    /// - Parameters:
    ///   - command: The command as a user types it (`report sources`), named when it has no
    ///     format of the kind the extension says.
    ///   - isDefault: Whether `--format` was left out, so that `format` is the command's default,
    ///     which the user may not know is in effect; "(the default)" is said only then, since
    ///     after `--format md -o brief.html` it read as if the typed option had been ignored.
    static func problem<Format: FileFormatOption>(output path: String, format: Format, isDefault: Bool, command: String) -> String? {
        guard let named = OutputFileKind(path: path), named != format.fileKind else { return nil }
        let written = "-o \(path) ends in .\((path as NSString).pathExtension), but the format is \(format.rawValue)\(isDefault ? " (the default)" : "")"
        let rename = "name the file .\(format.fileKind.fileExtension)"
        if let other = Format.allCases.first(where: { $0.fileKind == named }) {
            // A second --format is a usage error: after a typed one, the advice is to change it.
            return "\(written); \(isDefault ? "add" : "use") --format \(other.rawValue)\(isDefault ? "" : " instead"), or \(rename)"
        }
        let values = Format.allCases.map(\.rawValue).joined(separator: ", ")
        return "\(written), and tipdb \(command) writes no \(named.rawValue) (its formats are \(values)); \(rename)"
    }

    /// Why `-o path` cannot hold the output of a command that writes one kind of file only
    /// (`tipdb export datasette-metadata`: JSON), or nil when its name is of that kind or names
    /// no kind (`metadata.yaml`, which Datasette reads, as YAML is a superset of JSON).
    ///
    /// Why: `-o metadata.md` wrote JSON into a file named as Markdown, as the reports did before
    /// the rule above.
    static func problem(output path: String, writes kind: OutputFileKind, command: String) -> String? {
        guard let named = OutputFileKind(path: path), named != kind else { return nil }
        return "-o \(path) ends in .\((path as NSString).pathExtension), but tipdb \(command) writes \(kind.name) only; name the file .\(kind.fileExtension)"
    }

    /// The kind as a message names it: `JSON`, `Markdown`.
    var name: String {
        switch self {
        case .markdown: "Markdown"
        case .html: "HTML"
        case .json: "JSON"
        case .csv: "CSV"
        case .bibtex: "BibTeX"
        }
    }
}
