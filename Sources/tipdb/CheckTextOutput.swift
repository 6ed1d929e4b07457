import Storage

/// `tipdb check`'s text report, written as the audit finds it: a finding's first line gives its
/// row count, so each finding keeps only the rows it will print (`--max-rows`) and counts the
/// rest, then prints once its rows are all counted.
final class CheckTextOutput: FindingSink {
    private let output = StandardOutput()
    private let maxRows: Int
    private(set) var errors = 0
    private(set) var warnings = 0
    private var heading = ""
    private var shown: [String] = []
    private var rows = 0

    init(maxRows: Int) {
        self.maxRows = maxRows
    }

    func begin(severity: Finding.Severity, check: String, message: String) {
        if severity == .error { errors += 1 } else { warnings += 1 }
        heading = "\(severity.rawValue): \(check): \(message)"
        shown.removeAll()
        rows = 0
    }

    func row(_ text: String, keys: FindingKeys) {
        if rows < maxRows { shown.append(text) }
        rows += 1
    }

    func end() {
        output.write("\(heading) (\(rows))\n")
        for row in shown { output.write("  \(row)\n") }
        if rows > maxRows { output.write("  … and \(rows - maxRows) more (--max-rows or --format json)\n") }
    }

    /// Drops the part of the report not yet written, when the audit fails: a short report then
    /// leaves standard output to the failure alone, as when the report was printed whole.
    func abandon() {
        output.discard()
    }

    /// Prints the closing count, `PATH: N errors, M warnings`.
    func finish(database: String) {
        output.write("\(database): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        output.flush()
    }
}
