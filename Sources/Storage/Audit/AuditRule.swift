/// A check of `Audit` that gives at most one finding and passes its rows on one at a time, so
/// that a long list (every figure without a quote) is never held whole.
///
/// Its message is known before its rows: a JSON finding writes `message` before `rows`.
public struct AuditRule {
    let severity: Finding.Severity
    let check: String
    let message: String
    /// Calls its argument with each row of the finding, in order; never, when there is nothing to report.
    let rows: (_ row: (String) -> Void) throws -> Void

    /// A rule another module adds (`Audit(db:moreRules:)`): ingest's disclosure rules over derived
    /// counts, which need the case derivation that lives there.
    public init(severity: Finding.Severity, check: String, message: String, rows: @escaping (_ row: (String) -> Void) throws -> Void) {
        self.severity = severity
        self.check = check
        self.message = message
        self.rows = rows
    }
}
