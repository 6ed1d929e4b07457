/// What a spreadsheet saves in a CSV or TSV cell in place of what was typed: a formula's error
/// value (`#DIV/0!`, `#REF!`, LibreOffice's `Err:502`), the `########` it shows for a number or
/// date too wide for its column, and the apostrophe that keeps a cell as text (`'2015`), which
/// LibreOffice saves as part of a cell formatted as Text.
///
/// Why: each got the generic refusal of its column (`"#DIV/0!" is not a number`, `"'2015" is not a
/// period`), which left a student to guess what went wrong, and in a key, a tag or a note it was
/// stored as it stood: a figure `'g8`, a tag `'class-2025` no `--tag class-2025` finds, a note
/// `#REF!` printed in a brief (a review of students' exports, session 49). A cell is refused at
/// its position, naming what the spreadsheet did and what to do, and its field then reads as
/// absent, so no second error follows; found for every field at once, before any builder reads
/// the record, as `RMissingValue` and `MojibakeCheck` are.
///
/// Not looked at: an `x_` column, which tipdb keeps as written without reading it; a JSON file,
/// which a program wrote. A text a person writes (`notes`, `quote`, a title) may open with an
/// apostrophe of its own (`'Tis`, `'Modern slavery' in Europe`), so there one with no second
/// apostrophe is only warned about.
enum SpreadsheetArtifact {
    /// The fields whose text is free prose, where an apostrophe may open the text itself.
    static let proseFields: Set<String> = ["title", "authors", "publisher", "license", "notes", "locator", "quote", "population", "summary"]

    /// The number fields whose `#N/A` `NumberParser` already names (`MissingMark`), per column.
    private static let missingMarkFields: Set<String> = ["value", "low", "high", "sample_size"]

    /// Refuses each field of `record` (a row of `kind`) that holds an error value, a column too
    /// narrow for its number, or a text-prefix apostrophe outside prose, and returns a warning
    /// for each prose field that opens with an apostrophe it does not close.
    ///
    /// Cheap on a large file: only a cell whose first byte is `#`, `'` or `E` is looked at further.
    static func refuse(in record: inout InputRecord, file: String, kind: RecordKind, format: InputFormat) -> [IngestIssue] {
        guard format == .csv || format == .tsv else { return [] }
        var warnings: [IngestIssue] = []
        let contract = FieldContract.of(kind)
        for index in record.fields.indices {
            guard let value = record.fields[index].value, let first = value.utf8.first(where: { $0 != 0x20 }),
                  first == UInt8(ascii: "#") || first == UInt8(ascii: "'") || first == UInt8(ascii: "E") else { continue }
            let field = record.fields[index]
            let name = field.name.lowercased()
            guard contract.fields.contains(name), !record.refusedFields.contains(name) else { continue }
            let text = value.trimmingWhitespace()
            let problem: String
            if let error = errorValue(text), !(text.uppercased() == "#N/A" && missingMarkFields.contains(name)) {
                problem = "\"\(text)\" is the error a spreadsheet formula shows, and saves, in place of its result (\(error)); "
                    + "expected the value itself: correct the formula, or copy the column and paste it as values, before saving"
            } else if text.utf8.count >= 2, text.utf8.allSatisfy({ $0 == UInt8(ascii: "#") }) {
                problem = "\"\(text)\" is what a spreadsheet shows, and saves, for a number or date too wide for its column; "
                    + "expected the value itself: widen the column and save again"
            } else if text.hasPrefix("'") {
                let rest = String(text.dropFirst())
                if proseFields.contains(name) {
                    guard !rest.contains("'") else { continue }
                    warnings.append(IngestIssue(
                        file: file, line: field.line, column: field.column,
                        message: "\(field.name): \"\(text.prefix(60))\" opens with an apostrophe it does not close, which may be the prefix a "
                            + "spreadsheet takes to keep a cell as text; loaded as written: delete the apostrophe if it is not part of the text"))
                    continue
                }
                let expected = rest.isEmpty ? "the cell empty" : rest
                problem = "\"\(text)\" starts with an apostrophe, the prefix a spreadsheet takes to keep what is typed as text "
                    + "(LibreOffice saves it as part of a cell formatted as Text); expected \(expected): delete the apostrophe "
                    + "(a column formatted as Text before typing keeps what is typed without one)"
            } else {
                continue
            }
            record.refuse(IngestIssue(file: file, line: field.line, column: field.column, message: "\(field.name): \(problem)"), fields: [name])
            record.fields[index].value = nil
        }
        return warnings
    }

    /// What the error value `text` says went wrong (`#DIV/0!: a division by zero`), or nil when
    /// `text` is none: Excel's and LibreOffice's (`#REF!`, `Err:502`), and Google Sheets' `#ERROR!`.
    static func errorValue(_ text: String) -> String? {
        if text.hasPrefix("Err:"), text.count == 7, text.dropFirst(4).allSatisfy({ $0.isASCII && $0.isNumber }) {
            return "LibreOffice's error code \(text.dropFirst(4))"
        }
        let meaning: String? = switch text.uppercased() {
        case "#DIV/0!": "a division by zero"
        case "#REF!": "a reference to a cell that no longer exists"
        case "#VALUE!": "a value of the wrong type in the formula"
        case "#NAME?": "a function or name the spreadsheet does not know"
        case "#NUM!": "a number it cannot compute"
        case "#NULL!": "two ranges that do not meet"
        case "#N/A": "a value not available to the formula, as a lookup that found nothing gives"
        case "#SPILL!": "a result with no room to spill into"
        case "#CALC!": "a calculation it cannot do"
        case "#FIELD!": "a field its linked data does not have"
        case "#GETTING_DATA": "data still being fetched when the file was saved"
        case "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!": "data from outside the sheet that it could not get"
        case "#ERROR!": "Google Sheets' error for a formula it cannot read"
        default: nil
        }
        return meaning.map { "\(text): \($0)" }
    }
}
