/// The garbled texts of one audit, read once for the two checks that list them
/// (`garbled-text`, `garbled-word`).
///
/// Why: each reading scans every text column of the figures table, and the two checks are listed
/// in their own turns, errors before warnings; garbled rows are few, so holding them costs nothing.
final class GarbledTextScan {
    /// A row of either check, with the row of the table it names.
    typealias Row = (text: String, keys: FindingKeys)
    typealias Rows = (texts: [Row], words: [Row])

    private var found: Rows?

    /// The audit's garbled texts and words, read on the first call.
    func rows(of audit: Audit) throws -> Rows {
        if let found { return found }
        let rows = try audit.garbledRows()
        found = rows
        return rows
    }
}
