import Foundation

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
        if name.lowercased().hasPrefix("sep=") { return excelDelimiterHint(name) }
        // The file's own delimiter inside its one column means the whole header was quoted.
        if name.contains(format == .tsv ? "\t" : ",") {
            return "the header is one quoted field, \"\(FilePlan.quoted(name))\"; expected the column names unquoted or each quoted on its own"
        }
        guard let separator = separators.first(where: { name.contains($0.character) }) else { return nil }
        return "the header is one column, \"\(FilePlan.quoted(name))\", whose names are separated by \(separator.name); \(hint(separator.name))"
    }

    /// The header's first name as the file writes it (case kept, white space trimmed), for
    /// `problem(inOnlyColumn:format:)` where the kind is told from lowercased names; nil when the
    /// header cannot be read.
    ///
    /// Why: the message quoted `"key;measure;value"` for a header written `Key;Measure;Value`,
    /// which is not what the user sees in the file.
    static func writtenName(path: String, format: InputFormat) -> String? {
        guard let reader = try? CSVReader(path: path, dialect: format == .tsv ? .tsv : .csv),
              let header = try? reader.next(), header.count >= 1 else { return nil }
        return header.string(at: 0).trimmingWhitespace()
    }

    /// What to do about a file whose names are separated by `separators`' `name`.
    private static func hint(_ name: String) -> String {
        switch name {
        // Such a spreadsheet also writes 2,5 for 2.5: reading its semicolons as commas would
        // take 2,500 (two and a half) for two thousand five hundred.
        case "semicolons": semicolonAdvice
        case "tabs": "pass --format tsv"
        case "commas": "pass --format csv"
        default: "save it with commas or tabs"
        }
    }

    /// What to do about a file whose cells are separated by semicolons.
    ///
    /// Why these words: the advice was to save the file as "CSV UTF-8 (Comma delimited)", the very
    /// file type that wrote the semicolons: Excel separates a CSV file's cells with the system's
    /// list separator, a semicolon wherever the comma is the decimal mark, whatever the type is
    /// called, so a student in Germany or France went round in a circle (a review, session 49). The
    /// settings that change it are named instead; tipdb does not read the semicolons themselves,
    /// since such a file writes 2,500 for two and a half.
    static let semicolonAdvice = "tipdb reads commas or tabs, with the full stop as decimal mark; a spreadsheet set to a language that "
        + "writes 2,5 for 2.5 (German, French, Spanish, Italian, Dutch, Polish, ...) separates a CSV file's cells with semicolons, "
        + "\"CSV UTF-8 (Comma delimited)\" too, so saving again as that gives the same file: first set the decimal symbol to . and the "
        + "list separator to , (Windows: Region > Additional settings; macOS: Language & Region > Number format 1,234,567.89), "
        + "then save as \"CSV UTF-8 (Comma delimited)\"; in LibreOffice Calc, set Tools > Options > Language Settings > Languages > "
        + "Locale setting to English (USA), then Save As \"Text CSV\" with Edit filter settings: Field delimiter , "
        + "(README: \"Preparing a file in a spreadsheet\")"

    /// The message for a first line `sep=;` (Excel's delimiter hint, written for itself): delete
    /// it, and, when it names another separator than the comma, also what that separator needs.
    ///
    /// Why both at once: the message said only to delete the line, and the file then failed
    /// again for its semicolons; one message saves the user a second round.
    static func excelDelimiterHint(_ line: String) -> String {
        let named = line.dropFirst(4).first
        let deleted = "line 1 is Excel's delimiter hint (\(FilePlan.quoted(line.replacingOccurrences(of: "\t", with: "\\t")))), not a header; delete that line, so that the column names come first"
        guard let named, let separator = separators.first(where: { $0.character == named }), separator.name != "commas" else { return deleted }
        return deleted + "; it also says the columns are separated by \(separator.name)"
            + (separator.name == "semicolons" ? ", and " + semicolonAdvice : ": " + hint(separator.name))
    }

    /// The message for a first line whose names are each quoted and separated by semicolons
    /// (`"key";"measure";"value"`), as LibreOffice and Excel write with "quote all text cells"; nil
    /// for any other line.
    ///
    /// Why: read as CSV, the first closing quote is followed by `;`, and the reader's error
    /// (`expected a delimiter ... found ';'`) named neither the separator nor how to save the file,
    /// which the same header unquoted gets.
    static func quotedNamesProblem(firstLine: String, format: InputFormat) -> String? {
        guard format == .csv || format == .tsv else { return nil }
        var line = Substring(firstLine)
        if line.first == "\u{FEFF}" { line = line.dropFirst() }
        let cells = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        guard cells.count >= 2, cells.allSatisfy({ $0.count >= 2 && $0.first == "\"" && $0.last == "\"" }) else { return nil }
        let names = cells.map { String($0.dropFirst().dropLast()) }
        guard !names.contains(where: { $0.contains("\"") || $0.contains(",") }) else { return nil }
        return "the header's names are each quoted and separated by semicolons (\"\(FilePlan.quoted(names.joined(separator: ";")))\"); " + semicolonAdvice
    }

    /// `quotedNamesProblem` for the first line of the file at `path`.
    static func quotedNamesProblem(path: String, format: InputFormat) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.read(upToCount: 4096) else { return nil }
        try? handle.close()
        let bytes = [UInt8](data)
        let end = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? bytes.endIndex
        return quotedNamesProblem(firstLine: String(decoding: bytes[..<end], as: UTF8.self), format: format)
    }
}
