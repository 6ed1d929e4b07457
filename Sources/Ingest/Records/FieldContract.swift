import Storage

/// The columns a file of each kind may have: the file contract documented in the README and in
/// `tipdb ingest --help`.
public struct FieldContract: Sendable {
    public let kind: RecordKind
    /// Accepted column names (lower case), in documentation order.
    public let fields: [String]
    /// Columns that must be present in every row.
    public let required: [String]

    public static func of(_ kind: RecordKind) -> FieldContract {
        switch kind {
        case .figures: figures
        case .sources: sources
        case .studies: studies
        }
    }

    public static let figures = FieldContract(
        kind: .figures,
        fields: ["key", "measure", "value", "low", "high", "ci_level", "unit", "place", "period", "period_start",
                 "period_end", "period_basis", "sex", "age_group", "form", "source", "study", "locator", "quote", "cites",
                 "method", "notes", "tags"],
        required: ["measure", "value", "place", "period", "source"])

    public static let sources = FieldContract(
        kind: .sources,
        fields: ["key", "kind", "title", "authors", "publisher", "date", "url", "doi", "accessed", "license", "notes"],
        required: ["key", "title"])

    public static let studies = FieldContract(
        kind: .studies,
        fields: ["key", "title", "source", "method", "period", "places", "population", "sample_size", "summary"],
        required: ["key", "title"])

    /// Fields that hold a `;`-separated list, which JSON may also give as an array.
    public static let listFields: Set<String> = ["tags", "places", "authors"]

    /// Whether a column name is allowed: a contract field, or an `x_` extra column.
    public func accepts(_ name: String) -> Bool {
        Self.isExtraColumn(name) || fields.contains(name.lowercased())
    }

    /// Whether `name` starts with `x_` or `X_`: a column kept as extra data.
    ///
    /// Compared on bytes: this runs for every column of every row (`RowReader.extraJSON`), and
    /// lowercasing each name first cost more than the rest of reading the row.
    public static func isExtraColumn(_ name: String) -> Bool {
        var bytes = name.utf8.makeIterator()
        guard let first = bytes.next(), first == 0x78 || first == 0x58 else { return false }
        return bytes.next() == 0x5F
    }

    /// The message for a column that is not in the contract: the contract's field that a common
    /// header name means (`ColumnSynonyms`), else the names it is a typing mistake away from.
    ///
    /// - Parameter noun: what the name is called in the input: `column` in CSV and TSV, `field`
    ///   for a member of a JSON object, which has no columns.
    public func unknownColumnMessage(_ name: String, noun: String = "column") -> String {
        let expected = "expected one of \(fields.joined(separator: ", ")), or a name starting with x_ to keep it as extra data"
        if let meant = ColumnSynonyms.field(meant: name, kind: kind), fields.contains(meant) {
            return Suggestions.message("unknown \(noun) \"\(name)\"", suggesting: [meant], expected: expected)
        }
        return Suggestions.message("unknown \(noun) \"\(name)\"", for: name, among: fields, expected: expected)
    }
}
