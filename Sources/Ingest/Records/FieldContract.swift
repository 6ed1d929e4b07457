import Storage

/// The columns a file of each kind may have: the file contract documented in the README and in
/// `tipdb ingest --help`.
public struct FieldContract: Sendable {
    public let kind: RecordKind
    /// The required columns as a message lists them: a figures file's `value` may be replaced
    /// by `low` and `high` (a range-only estimate), as JSON and `tipdb ingest --help` allow.
    public var requiredWords: String {
        required.map { $0 == "value" && kind == .figures ? "value (or low and high)" : $0 }.joined(separator: ", ")
    }

    /// Whether `names` (lower case) lack the required column `name`: a figures file with `low`
    /// and `high` needs no `value` column, since each of its rows may be a range-only estimate.
    public func lacks(_ name: String, in names: Set<String>) -> Bool {
        if names.contains(name) { return false }
        if kind == .figures && name == "value" && names.contains("low") && names.contains("high") { return false }
        return true
    }

    /// Accepted column names (lower case), in documentation order.
    public let fields: [String]
    /// Columns that must be present in every row.
    public let required: [String]

    public static func of(_ kind: RecordKind) -> FieldContract {
        switch kind {
        case .figures: figures
        case .sources: sources
        case .studies: studies
        case .measures: measures
        }
    }

    public static let figures = FieldContract(
        kind: .figures,
        fields: ["key", "measure", "value", "censored", "low", "high", "ci_level", "unit", "place", "period", "period_start",
                 "period_end", "period_basis", "sex", "age_group", "form", "breakdown", "source", "study", "locator", "quote", "cites",
                 "method", "notes", "tags", "value_last_digit", "low_last_digit", "high_last_digit", "price_year"],
        required: ["measure", "value", "place", "period", "source"])

    public static let sources = FieldContract(
        kind: .sources,
        fields: ["key", "kind", "title", "authors", "publisher", "container", "date", "url", "doi", "accessed", "license", "notes"],
        required: ["key", "title"])

    public static let studies = FieldContract(
        kind: .studies,
        fields: ["key", "title", "source", "method", "period", "places", "population", "sample_size", "summary"],
        required: ["key", "title"])

    /// A measure a user defines: the columns of the measures table (`MeasureBuilder`).
    public static let measures = FieldContract(
        kind: .measures,
        fields: ["code", "label", "counts", "concept", "definition", "legal_basis", "parent", "default_unit"],
        required: ["code", "label", "counts", "concept", "definition"])

    /// The columns of `figures` that no figures file gives: `tipdb sql 'SELECT * FROM figures'`
    /// exports them, and a "did you mean key?" for `id` sent its user the wrong way. `extra` is
    /// not one: a figures file may give it (`ExtraObjectColumn`), so that x_ columns travel.
    static let storedOnlyFigureColumns = ["id", "batch_id", "created_at", "updated_at"]

    /// Fields that take a JSON `true` or `false` (as the brief's JSON writes `censored`), read as
    /// the text `true` or `false`; any other field refuses one.
    public static let booleanFields: Set<String> = ["censored"]

    /// Fields that hold a `;`-separated list, which JSON may also give as an array.
    public static let listFields: Set<String> = ["tags", "places", "authors"]

    /// Whether a column name is allowed: a contract field, an `x_` extra column, or a figures
    /// file's `extra`, the object of x_ columns that `tipdb sql` exports (`ExtraObjectColumn`).
    public func accepts(_ name: String) -> Bool {
        Self.isExtraColumn(name) || fields.contains(name.lowercased()) || (kind == .figures && name.lowercased() == ExtraObjectColumn.name)
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
        if kind == .figures, Self.storedOnlyFigureColumns.contains(name.lowercased()) {
            return "unknown \(noun) \"\(name)\": it is a column tipdb keeps in figures for itself, which SELECT * exports and ingest does "
                + "not read; expected a figures file's columns only: select them by name (README, \"Export and load back\"), leaving out "
                + Self.storedOnlyFigureColumns.joined(separator: ", ")
        }
        let expected = "expected one of \(fields.joined(separator: ", ")), or a name starting with x_ to keep it as extra data"
        if let meant = ColumnSynonyms.field(meant: name, kind: kind), fields.contains(meant) {
            return Suggestions.message("unknown \(noun) \"\(name)\"", suggesting: [meant], expected: expected)
        }
        return Suggestions.message("unknown \(noun) \"\(name)\"", for: name, among: fields, expected: expected)
    }
}
