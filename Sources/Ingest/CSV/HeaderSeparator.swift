/// What to say of a CSV or TSV header read as one column: quoted whole, or with its names
/// separated by another character, a semicolon (a spreadsheet saved where the comma is the
/// decimal mark), a tab, a comma or a bar.
///
/// Why one place: the file's kind may be told from its header (then no kind can be found) or
/// from its name or `--kind` (then every column looks unknown or missing); both must name the
/// separator instead of blaming columns the file does have.
enum HeaderSeparator {
    /// The separators looked for, and their names, in the order they are tried.
    private static let separators: [(character: Character, name: String)] = [
        (";", "semicolons"), ("\t", "tabs"), (",", "commas"), ("|", "bars"),
    ]

    /// The message for a header whose one column `name` holds several names separated by one of
    /// the separators, read as `format`; nil when it holds none.
    static func problem(inOnlyColumn name: String, format: InputFormat) -> String? {
        // The file's own delimiter inside its one column means the whole header was quoted.
        if name.contains(format == .tsv ? "\t" : ",") {
            return "the header is one quoted field, \"\(FilePlan.quoted(name))\"; expected the column names unquoted or each quoted on its own"
        }
        guard let separator = separators.first(where: { name.contains($0.character) }) else { return nil }
        let hint = switch separator.name {
        case "semicolons":
            // Such a spreadsheet also writes 2,5 for 2.5: reading its semicolons as commas would
            // take 2,500 (two and a half) for two thousand five hundred.
            "tipdb reads commas or tabs: save it as \"CSV UTF-8 (Comma delimited)\" with the full stop as decimal mark (a spreadsheet that separates with semicolons writes 2,5 for 2.5)"
        case "tabs": "pass --format tsv"
        case "commas": "pass --format csv"
        default: "save it with commas or tabs"
        }
        return "the header is one column, \"\(FilePlan.quoted(name))\", whose names are separated by \(separator.name); \(hint)"
    }
}
