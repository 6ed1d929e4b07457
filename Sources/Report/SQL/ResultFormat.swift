import Storage

/// Output formats of `tipdb sql`.
public enum ResultFormat: String, CaseIterable, Sendable {
    case table
    case csv
    case tsv
    case json
    case ndjson
    case md

    /// How NULL reads when `--null` does not say: `NULL` where a reader looks at the values, an
    /// empty field where a program reads them (as RFC 4180 tools expect); nil in JSON, which
    /// has a null of its own.
    public var defaultNullText: String? {
        switch self {
        case .table, .md: "NULL"
        case .csv, .tsv: ""
        case .json, .ndjson: nil
        }
    }

    /// Why `text` cannot stand for NULL in this format, as a usage message, or nil when it can.
    ///
    /// NULL's text must never be confused with a value: a value that reads the same is quoted,
    /// so the text itself must not need quotes (a CSV field holding a comma) or look quoted (a
    /// table cell `'x'`); and it must not break a row across lines.
    public func problem(nullText text: String) -> String? {
        guard defaultNullText != nil else {
            return "--null does not apply to --format \(rawValue), which writes NULL as null; use it with table, md, csv or tsv"
        }
        if text.contains(where: \.isNewline) {
            return "--null holds a line break, which would split the row; expected text on one line"
        }
        let separator: Character? = self == .csv ? "," : self == .tsv ? "\t" : nil
        // A tab or an escape (ESC [2J clears a terminal) reached the output raw, where stored
        // values' are written as \t and \u{1B}; TSV's own tab is refused below as its separator.
        if let control = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control && !(separator == "\t" && $0 == "\t") }) {
            return "--null holds a control character (\(CodePoint.name(control.value))), which would reach the output raw; expected visible text, such as NULL or n/a"
        }
        if let separator, text.contains(where: { $0 == separator || $0 == "\"" }) {
            return "--null \"\(text)\" holds a \(self == .csv ? "comma" : "tab") or a double quote, so it would be quoted, and a quoted field is a value, not NULL; expected text without them"
        }
        if separator == nil, TextTable.isQuoted(text) {
            return "--null \"\(text)\" is in single quotes, as a value that reads like NULL is shown; expected text that is not quoted"
        }
        return nil
    }
}
