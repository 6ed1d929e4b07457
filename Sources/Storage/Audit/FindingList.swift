/// A `FindingSink` that keeps every finding whole, for `Audit.run()`: tests and callers that
/// want the findings as values.
final class FindingList: FindingSink {
    private(set) var findings: [Finding] = []

    func begin(severity: Finding.Severity, check: String, message: String) {
        findings.append(Finding(severity: severity, check: check, message: message, rows: [], rowKeys: []))
    }

    func row(_ text: String, keys: FindingKeys) {
        findings[findings.count - 1].rows.append(text)
        findings[findings.count - 1].rowKeys.append(keys)
    }

    func end() {}
}
