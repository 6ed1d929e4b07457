/// One row of a CSV/TSV file or one object of a JSON file, before validation.
public struct InputRecord: Sendable {
    /// Where the record starts.
    public var line: Int
    public var column: Int
    /// The record's original text, kept for `ingest_rejects`.
    public var raw: String
    public var fields: [InputField]
    /// A structural problem the reader found (such as a wrong number of fields): the record is
    /// rejected as a whole.
    public var problem: IngestIssue?
    /// Lower-cased field name → position in `fields`, shared by every row of a CSV file so that
    /// it is built once per header rather than once per row (empty: built on demand).
    var fieldIndex = FieldIndex()
    /// For CSL-JSON sources: the fields tipdb does not model, as a JSON object, kept for re-export.
    public var cslExtra: String?
    /// For CSL-JSON sources: an `issued` date the date column cannot hold (`{"raw": "Spring
    /// 2016"}`), its text at the member's value, which the warning that the source has no date
    /// quotes and points at (`RowWarning.unreadDateMessage`).
    public var unreadDate: InputField?
    /// For JSON records: each `x_` member's value as compact JSON, so that `extra` keeps numbers,
    /// lists and objects as they were written instead of as text.
    public var extraJSON: [String: String] = [:]
    /// Problems with single fields found while reading (a JSON `true` where text was expected):
    /// listed with everything else wrong in the record, whose other fields are still checked.
    public var fieldProblems: [IngestIssue] = []
    /// The lower-cased names of the fields `fieldProblems` refused.
    public var refusedFields: Set<String> = []
    /// How `raw` is written, for finding an element of a list field in it again.
    public var rawLayout: RawLayout = .unknown
    /// Whether the record has a `value_last_digit`, `low_last_digit` or `high_last_digit` field
    /// (`PrintedDigitColumns`): set once per header for a CSV file, so that a file without them,
    /// as nearly every one is, pays no look-up of them per row.
    public var givesPrintedDigits = false

    public init(line: Int, column: Int = 1, raw: String, fields: [InputField]) {
        self.line = line
        self.column = column
        self.raw = raw
        self.fields = fields
    }
}

extension InputRecord {
    /// Lists `issue` with the record's other problems, and lists no second error for `fields`
    /// (contract names): no "missing title" after "title: expected text". The record is refused,
    /// but every other field is still checked.
    mutating func refuse(_ issue: IngestIssue, fields: [String]) {
        fieldProblems.append(issue)
        for field in fields { refusedFields.insert(field.lowercased()) }
    }
}
