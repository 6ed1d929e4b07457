import Storage

/// Ingest's warning at a row that `--restore-retracted` loads again with values other than the
/// figure withdrawn had (`Database.restoreChange`): a value a correction had replaced, or a
/// number a later load had revised.
///
/// Why a warning and not the withdrawn values: a restore loads the row as its file gives it, a
/// new figure without the old one's revisions, and a value kept without its revision would be
/// undone as a "revision" by the next load of the file. But the restore silently brought back
/// 4,567 where a correction had made the report's 4,568 (a review of session 48), and 1 million
/// where the source had revised it to 1.5 million, so the figures repeating it lost their "since
/// revised" (a review of session 49). The warning names what the restore undid and how to load it
/// again.
enum RestoredCorrectionWarning {
    /// One warning per figure, at the row's number (`value`, else the row) when the number is
    /// among what it undid.
    ///
    /// - Parameter files: the file each batch named loaded (`ingest_batches.file`), where it read one.
    static func warning(
        _ change: RestoredFigureChange, key: String, retraction: Retraction?, files: [Int64: String], cells: KeyReuseCheck.Cells,
        file: String
    ) -> IngestIssue {
        let when = retraction.map { " (\($0.particulars))" } ?? ""
        var parts: [String] = []
        var remedies: [String] = []
        if !change.undone.isEmpty {
            let batches = Array(Set(change.undone.map(\.batch))).sorted()
            let which = EnglishList.joined(batches.map { named($0, files) })
            let values = change.undone.map { "\($0.field) \($0.given) where the correction made it \($0.kept)" }.joined(separator: "; ")
            parts.append("\(values): \(which) had corrected \(change.undone.count == 1 ? "that value" : "those values") (tipdb ingest --correction)")
            remedies.append(batches.count == 1 && files[batches[0]] != nil
                ? "load \(files[batches[0]] ?? "") again with tipdb ingest --correction"
                : "load a figures file giving the corrected values under this key with tipdb ingest --correction")
        }
        if let number = change.number {
            parts.append("value \(number.restored) where the figure held \(number.retracted), as \(named(number.batch, files)) wrote it")
            remedies.append(files[number.batch].map { "load \($0) again after this command" } ?? "load the file that gives it again")
        }
        let atNumber = change.number != nil || change.undone.contains { $0.field == "value" }
        let position = atNumber ? cells.number ?? cells.row : cells.row
        return IngestIssue(
            file: file, line: position.line, column: position.column,
            message: "figure \(key) is restored as this file gives it, \(parts.joined(separator: "; and ")), before it was retracted\(when); "
                + "a restored figure is a new one, without the retracted one's values or revisions; "
                + "expected, if \(parts.count == 1 && change.number == nil ? "the correction" : "what it held") still holds: \(remedies.joined(separator: ", then "))")
    }

    /// `batch 3 (fix.csv)`, or `batch 3` for a batch that read no file.
    private static func named(_ batch: Int64, _ files: [Int64: String]) -> String {
        "batch \(batch)" + (files[batch].map { " (\($0))" } ?? "")
    }
}
