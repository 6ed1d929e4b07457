/// The warnings of one CTDC file about text cells not stored (`CTDCLabels`): the first few, each
/// at its cell, then one that counts the rest.
///
/// Why a limit: a case-management export can hold a note in every row, and a warning per row of a
/// 250,000-row file would bury the summary; the positions of the first ones show where to look.
struct UnlistedText {
    static let listed = 10

    private(set) var first: [IngestIssue] = []
    private(set) var count = 0
    /// The columns of the cells beyond the first ones, in the order first met.
    private var columns: [String] = []

    mutating func add(_ issues: [IngestIssue]) {
        for issue in issues {
            count += 1
            if first.count < Self.listed {
                first.append(issue)
            } else if let name = issue.message.split(separator: ":").first.map(String.init), !columns.contains(name) {
                columns.append(name)
            }
        }
    }

    /// The warnings to add to the file's summary.
    var issues: [IngestIssue] {
        guard count > first.count, let last = first.last else { return first }
        return first + [IngestIssue(
            file: last.file, line: last.line, column: last.column,
            message: "\(count - first.count) more cells of \(columns.joined(separator: ", ")) after this one hold text that is "
                + "none of CTDC's labels: not stored (NULL), as above")]
    }
}
