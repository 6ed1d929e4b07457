extension CSVRecord {
    /// Why a data row of a dataset file cannot be read as a row of its table: a quote out of
    /// place, or a field count other than the header's (`header` names it in the message); nil
    /// for a row of the right shape. One check for every dataset loader.
    ///
    /// Positions and hints are those of a figures file's rows (`CSVRecordSource`): a short row
    /// at its end, where the missing field would go, naming the columns it lacks; a long row at
    /// its first field beyond the header, with the usual cause (a field holding the delimiter).
    func shapeIssue(file: String, names: [String], header: String = "the header") -> IngestIssue? {
        if let problem { return IngestIssue(problem, file: file) }
        let width = names.count
        guard count != width else { return nil }
        let fields = "row has \(count) field\(count == 1 ? "" : "s"); expected \(width) as in \(header)"
        if count < width {
            let missing = names[count...].map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            return IngestIssue(file: file, line: end.line, column: end.column,
                               message: fields + (missing.isEmpty ? "" : " (missing: \(missing.joined(separator: ", ")))"))
        }
        return IngestIssue(file: file, line: line(at: width), column: column(at: width),
                           message: tooManyFields(width: width, header: header))
    }
}
