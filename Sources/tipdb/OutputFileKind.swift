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
    ///   - isDefault: Whether `format` is the command's default, which the user may not know is in effect.
    static func problem<Format: FileFormatOption>(output path: String, format: Format, isDefault: Bool, command: String) -> String? {
        guard let named = OutputFileKind(path: path), named != format.fileKind else { return nil }
        let written = "-o \(path) ends in .\((path as NSString).pathExtension), but the format is \(format.rawValue)\(isDefault ? " (the default)" : "")"
        let rename = "name the file .\(format.fileKind.fileExtension)"
        if let other = Format.allCases.first(where: { $0.fileKind == named }) {
            return "\(written); add --format \(other.rawValue), or \(rename)"
        }
        let values = Format.allCases.map(\.rawValue).joined(separator: ", ")
        return "\(written), and tipdb \(command) writes no \(named.rawValue) (its formats are \(values)); \(rename)"
    }
}
