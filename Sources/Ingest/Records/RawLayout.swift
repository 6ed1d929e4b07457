/// How a record's `raw` text is written, so that a position inside a field's value (one element
/// of a `;` list) can be found again by reading the text once more.
public enum RawLayout: Sendable, Equatable {
    /// The text cannot be read again (a record built from parts, such as a CSL-JSON source).
    case unknown
    /// A CSV or TSV record, starting at column 1 of the record's first line.
    case csv
    /// A JSON object, or the NDJSON line holding it, starting at `column` of the record's first line.
    case json(column: Int)
}
