extension CSVRecord {
    /// Why a data row of a dataset file cannot be read as a row of its table: a quote out of
    /// place, or a field count other than the header's (`header` names it in the message); nil
    /// for a row of the right shape. One check for every dataset loader.
    func shapeIssue(file: String, width: Int, header: String = "the header") -> IngestIssue? {
        if let problem { return IngestIssue(problem, file: file) }
        guard count != width else { return nil }
        let at = min(count, width) - 1
        return IngestIssue(file: file, line: line(at: at), column: column(at: at),
                           message: "row has \(count) field\(count == 1 ? "" : "s"); expected \(width) as in \(header)")
    }
}
