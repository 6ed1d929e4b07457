/// A warning about a row of a file, placed at the start of the row until `RecordCells` finds the
/// cell it blames there.
///
/// Why two steps: the rules that warn about loaded figures (`LoadedFigureCheck`,
/// `RepeatTimingCheck`) run on the database after the file is read, and only the start of each
/// row was kept (`KeyMemory.firstRead`); the few rows they name are read again from the file at
/// once, so that a load without warnings costs nothing more.
struct RowWarning {
    /// The warning, at the start of its row (line 0 for one about no row).
    var issue: IngestIssue
    /// The fields whose cell the warning blames, in order of preference: the first with a value
    /// in the row is the one pointed at (`value`, else `low`, for a figure given as a range).
    var cells: [String]
    /// Whether the first field of `cells` the row has is blamed even when empty: a source's blank
    /// `date` cell is what `source-without-date` is about, where a blank `key` cell is no key.
    var emptyCellCounts = false
    /// For a warning that a source has no date: its message for a row whose date tipdb cannot
    /// read (a CSL item's `{"raw": "Spring 2016"}`, `InputRecord.unreadDate`), given the date's
    /// text; the warning is then placed at that date. Why: it was at the item's `{`, asking for a
    /// date the item gives, and the user could not tell which text tipdb failed to read.
    var unreadDateMessage: (@Sendable (_ text: String) -> String)?

    init(_ issue: IngestIssue, cells: [String] = [], emptyCellCounts: Bool = false) {
        self.issue = issue
        self.cells = cells
        self.emptyCellCounts = emptyCellCounts
    }
}
