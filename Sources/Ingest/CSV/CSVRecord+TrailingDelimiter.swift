extension CSVRecord {
    /// For a row longer than `width` whose extra fields are all empty because the line ends in
    /// as many delimiters as it has extra fields, that delimiter's name (`tab`, `comma`) and how
    /// many end the line; nil otherwise.
    ///
    /// Why: a line ending in a tab or comma, which an editor does not show, was told to "quote
    /// fields that contain the delimiter", the cause of a long row elsewhere, and left the user
    /// looking for a field that holds none. A spreadsheet writes several (`src,,,`) when cells
    /// right of the table were once used, and those were still told so (a user-review, session 45).
    func trailingDelimiters(width: Int) -> (name: String, count: Int)? {
        let extra = count - width
        guard extra >= 1 else { return nil }
        let tail = Array(rawText.utf8.suffix(extra))
        guard tail.count == extra, let last = tail.last, tail.allSatisfy({ $0 == last }) else { return nil }
        switch last {
        case UInt8(ascii: "\t"): return ("tab", extra)
        case UInt8(ascii: ","): return ("comma", extra)
        default: return nil
        }
    }

    /// The message for a row longer than `width` fields, `header` naming where the width comes
    /// from (`the header`, `the header on line 3`).
    func tooManyFields(width: Int, header: String) -> String {
        if let (delimiter, extra) = trailingDelimiters(width: width) {
            if extra == 1 {
                return "row has \(count) fields, the last one empty after a trailing \(delimiter); expected \(width) as in \(header): remove the \(delimiter) at the end of the line"
            }
            return "row has \(count) fields, the last \(extra) empty after \(extra) trailing \(delimiter)s; expected \(width) as in \(header): "
                + "remove the \(extra) \(delimiter)s at the end of the line (in a spreadsheet, delete the empty columns right of the table)"
        }
        return "row has \(count) fields; expected \(width) as in \(header) (quote fields that contain the delimiter)"
    }
}
