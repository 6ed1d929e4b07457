/// The garbled texts of one audit, read once for the two checks that list them
/// (`garbled-text`, `garbled-word`).
///
/// Why: each reading scans every text column of the figures table, and the two checks are listed
/// in their own turns, errors before warnings; garbled rows are few, so holding them costs nothing.
final class GarbledTextScan {
    private var found: (texts: [String], words: [String])?

    /// The audit's garbled texts and words, read on the first call.
    func rows(of audit: Audit) throws -> (texts: [String], words: [String]) {
        if let found { return found }
        let rows = try audit.garbledRows()
        found = rows
        return rows
    }
}
