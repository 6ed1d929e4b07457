import Foundation
import Storage

/// Writes query results in one of the `tipdb sql` formats.
///
/// Every format but the table streams row by row, so memory does not grow with the result (a JSON
/// array of 300,000 figures took 780 MB when it was built whole); the table needs every value to
/// size its columns.
public final class ResultSetWriter {
    private let format: ResultFormat
    private let columns: [String]
    private let output: (String) -> Void
    private var rows: [[DatabaseValue]] = []
    private var count = 0

    /// The widest a table cell may be before it is cut with an ellipsis.
    public static let maxCellWidth = 40

    public init(format: ResultFormat, columns: [String], output: @escaping (String) -> Void) {
        self.format = format
        self.columns = columns
        self.output = output
        switch format {
        case .csv: output(Self.delimited(columns.map(DatabaseValue.text), separator: ","))
        case .tsv: output(Self.delimited(columns.map(DatabaseValue.text), separator: "\t"))
        case .markdown: output(markdownHeader())
        default: break
        }
    }

    /// Adds one row.
    public func add(_ row: [DatabaseValue]) {
        count += 1
        switch format {
        case .csv: output(Self.delimited(row, separator: ","))
        case .tsv: output(Self.delimited(row, separator: "\t"))
        case .ndjson: output(JSONText.object(columns: columns, values: row) + "\n")
        case .json: output((count == 1 ? "[\n  " : ",\n  ") + JSONText.object(columns: columns, values: row))
        case .markdown: output(markdownRow(row))
        case .table: rows.append(row)
        }
    }

    /// Writes what was buffered and the closing line. `truncated` says `--max-rows` stopped the output.
    public func finish(truncated: Bool, maxRows: Int?) {
        switch format {
        case .table: output(TextTable(columns: columns, rows: rows).render())
        case .json: output(count == 0 ? "[]\n" : "\n]\n")
        default: break
        }
        let noun = count == 1 ? "row" : "rows"
        let closing = truncated ? "(first \(count) \(noun): --max-rows \(maxRows ?? count) reached)\n" : "(\(count) \(noun))\n"
        switch format {
        case .table:
            output(closing)
        case .markdown:
            // Markdown is redirected into .md files: a count under the table would become part of the document.
            FileHandle.standardError.write(Data(closing.utf8))
        default:
            if truncated {
                FileHandle.standardError.write(Data("tipdb: output stopped after \(count) rows (--max-rows)\n".utf8))
            }
        }
    }

    /// One RFC 4180 line: fields quoted when they hold the separator, a quote, CR or LF. NULL is
    /// an empty field; an empty string is `""`, so the two stay distinct.
    static func delimited(_ values: [DatabaseValue], separator: Character) -> String {
        values.map { value -> String in
            switch value {
            case .null: return ""
            case .text(let text) where text.isEmpty: return "\"\""
            case .blob(let data): return data.base64EncodedString()
            default:
                let text = value.textValue ?? ""
                if text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                }
                return text
            }
        }.joined(separator: String(separator)) + "\r\n"
    }

    private static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
    }

    private func markdownHeader() -> String {
        "| " + columns.map(Self.markdownCell).joined(separator: " | ") + " |\n|" + columns.map { _ in " --- |" }.joined() + "\n"
    }

    private func markdownRow(_ row: [DatabaseValue]) -> String {
        "| " + row.map { Self.markdownCell(TextTable.display($0)) }.joined(separator: " | ") + " |\n"
    }
}
