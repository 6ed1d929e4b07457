/// A check of `Audit` that gives at most one finding and passes its rows on one at a time, so
/// that a long list (every figure without a quote) is never held whole.
///
/// Its message is known before its rows: a JSON finding writes `message` before `rows`. Each row
/// comes with what it names as data (`FindingKeys`), for `tipdb check --format json`'s `rowKeys`.
public struct AuditRule {
    let severity: Finding.Severity
    let check: String
    let message: String
    /// Calls its argument with each row of the finding and what it names, in order; never, when there is nothing to report.
    let rows: (_ row: (_ text: String, _ keys: FindingKeys) -> Void) throws -> Void

    /// A rule whose rows each say what they name (`FindingKeys`): of several kinds, as the tables a
    /// text check reads.
    public init(
        severity: Finding.Severity, check: String, message: String,
        named rows: @escaping (_ row: (_ text: String, _ keys: FindingKeys) -> Void) throws -> Void
    ) {
        self.severity = severity
        self.check = check
        self.message = message
        self.rows = rows
    }

    /// A rule whose rows each name keys of one `kind` (`FindingKeys.figure`), the one a row is about first.
    public init(
        severity: Finding.Severity, check: String, message: String, kind: String,
        keyed rows: @escaping (_ row: (_ text: String, _ keys: [String]) -> Void) throws -> Void
    ) {
        self.init(severity: severity, check: check, message: message) { row in
            try rows { text, keys in row(text, FindingKeys(kind: kind, keys: keys)) }
        }
    }

    /// A rule whose rows are keys of one `kind` themselves (`lineage-loop` lists figure keys).
    public init(
        severity: Finding.Severity, check: String, message: String, kind: String,
        keys rows: @escaping (_ row: (String) -> Void) throws -> Void
    ) {
        self.init(severity: severity, check: check, message: message) { row in
            try rows { key in row(key, FindingKeys(kind: kind, keys: [key])) }
        }
    }
}
