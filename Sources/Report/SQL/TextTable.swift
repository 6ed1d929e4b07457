import Foundation
import Storage

/// An aligned plain-text table sized to its data, for `tipdb sql --format table`.
struct TextTable {
    let columns: [String]
    let rows: [[DatabaseValue]]
    /// How NULL reads (`--null`, `NULL` by default).
    let null: String
    /// The widest a cell may be, in terminal columns, before it is cut; nil for values whole.
    let cellWidth: Int?

    /// How a value reads in a table: NULL as the `null` text, an empty string as nothing, blobs as a size,
    /// line breaks as `↵` so a row stays on one line, and other control characters as `visible`
    /// writes them.
    ///
    /// A value that would read as NULL does (the text `NULL`), or as such a value is shown (text
    /// already in single quotes), is shown as an SQL string literal, `'NULL'`: a reader can then
    /// always tell a missing value from a word.
    ///
    /// Text that reads as a blob is shown (`<blob 3 bytes>`) is quoted the same way, so that a
    /// stored word is never taken for bytes.
    static func display(_ value: DatabaseValue, null: String) -> String {
        let text: String
        var readsAsBlob = false
        switch value {
        case .null: return null
        case .blob(let data): text = "<blob \(data.count) bytes>"
        case .text(let raw):
            text = visible(raw)
            readsAsBlob = isBlobPlaceholder(text)
        default: text = value.textValue ?? ""
        }
        guard text == null || isQuoted(text) || readsAsBlob else { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `text` as a table or Markdown cell shows it: each line break as `↵`, and any other control
    /// character as `tipdb search` and ingest's messages show it (`VisibleText.escaping`): a tab as
    /// `\t`, an escape sequence as `\u{1B}[31m`, a bidirectional control as `\u{202E}`.
    ///
    /// Why: printed as they are, an escape sequence recolours or clears the terminal, a
    /// bidirectional control reorders the rest of the line, and a tab or carriage return breaks
    /// the columns' alignment. CSV, TSV and JSON keep the value exact.
    static func visible(_ text: String) -> String {
        VisibleText.escaping(
            text.replacingOccurrences(of: "\r\n", with: "↵").replacingOccurrences(of: "\n", with: "↵"), invisibleToo: false)
    }

    /// Whether `text` reads as a blob is shown: `<blob N bytes>`, N a whole number.
    static func isBlobPlaceholder(_ text: String) -> Bool {
        guard text.hasPrefix("<blob "), text.hasSuffix(" bytes>") else { return false }
        let count = text.dropFirst("<blob ".count).dropLast(" bytes>".count)
        return !count.isEmpty && count.allSatisfy(\.isASCII) && count.allSatisfy(\.isNumber)
    }

    /// Whether `text` reads as a quoted value does: two characters or more, in single quotes.
    static func isQuoted(_ text: String) -> Bool {
        text.count >= 2 && text.hasPrefix("'") && text.hasSuffix("'")
    }

    func render() -> String {
        let cells = rows.map { $0.map { cut(Self.display($0, null: null)) } }
        // Sized by terminal columns, not characters: CJK text takes two a character, accents none.
        let names = columns.map { cut(Self.visible($0)) }
        var widths = names.map(TerminalWidth.of)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TerminalWidth.of(cell))
            }
        }
        // Numbers line up on the right, as in a spreadsheet.
        let numeric = columns.indices.map { index in
            !rows.isEmpty && rows.allSatisfy { row in
                switch row[index] {
                case .integer, .real, .null: true
                default: false
                }
            }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { index, value in
                let padding = String(repeating: " ", count: widths[index] - TerminalWidth.of(value))
                return numeric[index] ? padding + value : value + padding
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var lines = [line(names), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += cells.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Long values are cut with an ellipsis so that a table on a terminal stays readable; in a
    /// file or a pipe (no `cellWidth`) they are whole: a key cut there could not be used again
    /// (review W11).
    func cut(_ text: String) -> String {
        guard let cellWidth else { return text }
        return TerminalWidth.cut(text, to: cellWidth)
    }
}
