extension RowReader {
    /// The warning at the `period` cell when it holds a month that is also how reports shorten a
    /// financial year or a span of years (`2011-12`: `FinancialYear.monthWarning`), or nil.
    ///
    /// Why one function for figures and studies: a studies file's `2011-12` was stored as the
    /// month December 2011 without the word a figures file got for the same cell.
    func periodMonthWarning() -> IngestIssue? {
        guard let text = text("period"), text.utf8.count == 7, let warning = FinancialYear.monthWarning(text),
              let field = field("period") else { return nil }
        return IngestIssue(file: file, line: field.line, column: field.column, message: "period: \(warning)")
    }
}
