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
    /// The columns' names as JSON and NDJSON objects' keys, one key per column (`JSONText.keys`).
    private let jsonKeys: [String]
    private let output: (String) -> Void
    /// How NULL reads in table, Markdown, CSV and TSV output.
    private let null: String
    /// The widest a table cell may be before it is cut, or nil to print values whole.
    private let cellWidth: Int?
    /// How CSV writes its cells (`--spreadsheet`); `.plain` for every other format.
    private let csvStyle: CSVStyle
    private var rows: [[DatabaseValue]] = []
    private var count = 0

    /// The widest a table cell may be on a terminal, in terminal columns, before it is cut with
    /// an ellipsis: 40 columns, which are 20 Chinese characters.
    public static let maxCellWidth = 40

    /// - Parameters:
    ///   - format: The output format.
    ///   - columns: The result's column names, in order.
    ///   - null: How NULL reads in table, Markdown, CSV and TSV output (`--null`), checked with
    ///     `ResultFormat.problem(nullText:)`; nil for the format's default. JSON ignores it.
    ///   - cellWidth: The widest a table cell may be, in terminal columns, before it is cut with
    ///     an ellipsis (`maxCellWidth` for a terminal), or nil to print every value whole, as a
    ///     file or a program reading the table needs it. The other formats never cut.
    ///   - csvStyle: How `.csv` writes its cells: `.spreadsheet` (`--spreadsheet`) starts with a
    ///     byte order mark and guards text a spreadsheet would run as a formula, the column names
    ///     too. The other formats ignore it.
    ///   - output: Receives the text, piece by piece.
    public init(
        format: ResultFormat, columns: [String], null: String? = nil, cellWidth: Int? = nil, csvStyle: CSVStyle = .plain,
        output: @escaping (String) -> Void
    ) {
        self.format = format
        self.cellWidth = cellWidth
        self.columns = columns
        self.jsonKeys = JSONText.keys(columns)
        self.output = output
        self.null = null ?? format.defaultNullText ?? ""
        self.csvStyle = format == .csv ? csvStyle : .plain
        switch format {
        case .csv:
            output(self.csvStyle.start + Self.delimited(columns.map(DatabaseValue.text), separator: ",", null: self.null, style: self.csvStyle))
        case .tsv: output(Self.delimited(columns.map(DatabaseValue.text), separator: "\t", null: self.null))
        case .md: output(markdownHeader())
        default: break
        }
    }

    /// Adds one row.
    public func add(_ row: [DatabaseValue]) {
        count += 1
        switch format {
        case .csv: output(Self.delimited(row, separator: ",", null: null, style: csvStyle))
        case .tsv: output(Self.delimited(row, separator: "\t", null: null))
        case .ndjson: output(JSONText.object(keys: jsonKeys, values: row) + "\n")
        case .json: output((count == 1 ? "[\n  " : ",\n  ") + JSONText.object(keys: jsonKeys, values: row, spaced: true))
        case .md: output(markdownRow(row))
        case .table: rows.append(row)
        }
    }

    /// Writes what was buffered and the closing line. `truncated` says `--max-rows` stopped the output.
    public func finish(truncated: Bool, maxRows: Int?) {
        switch format {
        case .table: output(TextTable(columns: columns, rows: rows, null: null, cellWidth: cellWidth).render())
        case .json: output(count == 0 ? "[]\n" : "\n]\n")
        default: break
        }
        let noun = count == 1 ? "row" : "rows"
        let closing = truncated ? "(first \(count) \(noun): --max-rows \(maxRows ?? count) reached)\n" : "(\(count) \(noun))\n"
        switch format {
        case .table:
            output(closing)
        case .md:
            // Markdown is redirected into .md files: a count under the table would become part of the document.
            FileHandle.standardError.write(Data(closing.utf8))
        default:
            if truncated {
                FileHandle.standardError.write(Data("tipdb: output stopped after \(count) rows (--max-rows)\n".utf8))
            }
        }
    }

    /// Ends what was written when the query fails part-way (a timeout, Ctrl-C, an error SQLite
    /// finds only while reading rows): a JSON array that has rows is closed, so that the rows read
    /// so far stay one well-formed JSON value and the error object can follow it. Other formats
    /// need no ending; a table, never printed, is dropped.
    public func closeAfterFailure() {
        if format == .json && count > 0 { output("\n]\n") }
    }

    /// One RFC 4180 line: fields quoted when they hold the separator, a quote, CR or LF. NULL is
    /// `null` unquoted (an empty field by default); an empty string, and any value that reads as
    /// `null` does, is quoted (`""`, `"NULL"`), so the two stay distinct, as PostgreSQL's
    /// `COPY ... CSV` writes them. `style` applies to values, never to the `null` text the user
    /// chose, and before the comparison with it.
    static func delimited(_ values: [DatabaseValue], separator: Character, null: String, style: CSVStyle = .plain) -> String {
        values.map { value -> String in
            let text: String
            switch value {
            case .null: return null
            case .blob(let data): text = style.cell(data.base64EncodedString())
            default: text = style.cell(value.textValue ?? "")
            }
            if text.isEmpty || text == null || text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return text
        }.joined(separator: String(separator)) + "\r\n"
    }

    /// A value as a table cell, escaped as the brief escapes its cells (`MarkdownText.escape`).
    ///
    /// Why: only `|` was escaped, so a value `*draft*` rendered in italics without its stars,
    /// `<b>x</b>` as bold HTML, and `a\|b` without its backslash (written `a\\|b`, read as
    /// `a|b`). Line breaks are already `↵` (`TextTable.display`), so no cell holds one.
    private static func markdownCell(_ text: String) -> String {
        MarkdownText.escape(text)
    }

    private func markdownHeader() -> String {
        "| " + columns.map { Self.markdownCell(TextTable.visible($0)) }.joined(separator: " | ") + " |\n|" + columns.map { _ in " --- |" }.joined() + "\n"
    }

    private func markdownRow(_ row: [DatabaseValue]) -> String {
        "| " + row.map { Self.markdownCell(TextTable.display($0, null: null)) }.joined(separator: " | ") + " |\n"
    }
}
