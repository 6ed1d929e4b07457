/// A check of `Audit` that gives at most one finding and passes its rows on one at a time, so
/// that a long list (every figure without a quote) is never held whole.
///
/// Its message is known before its rows: a JSON finding writes `message` before `rows`.
struct AuditRule {
    let severity: Finding.Severity
    let check: String
    let message: String
    /// Calls its argument with each row of the finding, in order; never, when there is nothing to report.
    let rows: (_ row: (String) -> Void) throws -> Void
}
