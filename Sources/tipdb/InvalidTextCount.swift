import Storage

/// The values of a `tipdb sql` result that are text but not valid UTF-8, counted per column, for
/// the note that says so once the rows are written (`Statement.checkedValue`).
///
/// Why a note and not an error: the rows are still the answer, and no output format can carry
/// those bytes as text (JSON and CSV are UTF-8; a JSON string cannot hold a byte 0xFF), so they are
/// written with U+FFFD (`�`) for each invalid sequence, as every UTF-8 reader shows them. Without a
/// word, an export compared or hashed against the database differed for no reason a user could
/// see (review of session 48); `hex(column)` shows the stored bytes, and `tipdb check` names the rows.
struct InvalidTextCount {
    private let columns: [String]
    private var counts: [Int]

    init(columns: [String]) {
        self.columns = columns
        counts = Array(repeating: 0, count: columns.count)
    }

    /// One more such value in column `index`.
    mutating func add(column index: Int) {
        counts[index] += 1
    }

    /// One note per column that held such a value, in the result's column order, without `note: `.
    var notes: [String] {
        zip(columns, counts).filter { $0.1 > 0 }.map { column, count in
            let name = VisibleText.escaping(column)
            let values = count == 1 ? "1 value is" : "\(count) values are"
            return "column \(name): \(values) text that is not valid UTF-8 (written by another program), written here with U+FFFD (\u{FFFD}) "
                + "for each invalid byte sequence; SELECT hex(\(name)) shows the bytes stored, and tipdb check names the rows (text-not-utf8)"  // sql-constant: a message, never executed
        }
    }
}
