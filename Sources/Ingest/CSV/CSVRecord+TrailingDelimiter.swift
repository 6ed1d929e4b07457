extension CSVRecord {
    /// For a row one field longer than `width` whose extra field is empty because the line ends
    /// in a delimiter, that delimiter's name (`tab`, `comma`); nil otherwise.
    ///
    /// Why: a line ending in a tab or comma, which an editor does not show, was told to "quote
    /// fields that contain the delimiter", the cause of a long row elsewhere, and left the user
    /// looking for a field that holds none.
    func trailingDelimiter(width: Int) -> String? {
        guard count == width + 1, let last = rawText.utf8.last else { return nil }
        switch last {
        case UInt8(ascii: "\t"): return "tab"
        case UInt8(ascii: ","): return "comma"
        default: return nil
        }
    }

    /// The message for a row longer than `width` fields, `header` naming where the width comes
    /// from (`the header`, `the header on line 3`).
    func tooManyFields(width: Int, header: String) -> String {
        if let delimiter = trailingDelimiter(width: width) {
            return "row has \(count) fields, the last one empty after a trailing \(delimiter); expected \(width) as in \(header): remove the \(delimiter) at the end of the line"
        }
        return "row has \(count) fields; expected \(width) as in \(header) (quote fields that contain the delimiter)"
    }
}
