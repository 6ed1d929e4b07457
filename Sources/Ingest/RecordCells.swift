/// Places warnings about rows of a file at the cells they blame (`RowWarning`), by reading the
/// rows they name again with the reader that loaded them.
///
/// Why the reader again: its fields carry the positions the file's errors are given at (a CSV
/// cell's line and column where the cell starts, a JSON member's value), so a warning and an error
/// about one cell name the same place. Reading stops after the last row named; a load without
/// such warnings reads nothing.
enum RecordCells {
    /// Where a row starts, as `KeyMemory` keeps it: its line, and its column (a JSON array may
    /// hold several objects on one line).
    private struct Start: Hashable {
        var line: Int
        var column: Int
    }

    /// `warnings` with each moved to the cell it blames in the row of `path` (a file of `format`)
    /// that starts where it is placed; left at the row's start when the row has none of its cells,
    /// or when the file is a dataset's, or can no longer be read.
    static func place(_ warnings: [RowWarning], path: String, format: InputFormat?) -> [IngestIssue] {
        let wanted = Set(warnings.filter { !$0.cells.isEmpty && $0.issue.line > 0 }.map { Start(line: $0.issue.line, column: $0.issue.column) })
        guard let last = wanted.map(\.line).max(), let format, let source = try? open(path, format: format) else {
            return warnings.map(\.issue)
        }
        var rows: [Start: InputRecord] = [:]
        while rows.count < wanted.count, let record = try? source.next(), record.line <= last {
            let start = Start(line: record.line, column: record.column)
            if wanted.contains(start) { rows[start] = record }
        }
        return warnings.map { warning in
            var issue = warning.issue
            guard let row = rows[Start(line: issue.line, column: issue.column)] else { return issue }
            if let unread = row.unreadDate, let message = warning.unreadDateMessage {
                (issue.line, issue.column, issue.message) = (unread.line, unread.column, message(unread.value ?? ""))
                return issue
            }
            guard let cell = cell(of: warning, in: row) else { return issue }
            issue.line = cell.line
            issue.column = cell.column
            return issue
        }
    }

    /// The field of `row` that `warning` blames: the first of its cells with a value, else (when
    /// an empty cell counts) the first the row has.
    private static func cell(of warning: RowWarning, in row: InputRecord) -> InputField? {
        let given = warning.cells.compactMap { name in row.fields.first { $0.name.lowercased() == name } }
        if let valued = given.first(where: { !($0.value ?? "").trimmingWhitespace().isEmpty }) { return valued }
        return warning.emptyCellCounts ? given.first : nil
    }

    /// The reader `Ingester` loaded a file of `format` with; nil for a dataset's, whose loader
    /// keeps no cells.
    static func open(_ path: String, format: InputFormat) throws -> (any RecordSource)? {
        switch format {
        case .csv: try CSVRecordSource(path: path, displayName: path, dialect: .csv)
        case .tsv: try CSVRecordSource(path: path, displayName: path, dialect: .tsv)
        case .json, .ndjson, .cslJSON: try JSONRecordSource(path: path, displayName: path, format: format)
        case .glotip, .ctdc, .owid: nil
        }
    }
}
