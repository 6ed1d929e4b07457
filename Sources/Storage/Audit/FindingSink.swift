/// Where `Audit.run(into:)` writes its findings as it finds them.
///
/// A check can name most of the figures (`no-quote-or-locator` named 900,030 of the bench's
/// 1,000,000): holding every such list until the audit ends, and then a JSON copy of all of them,
/// peaked at 203 MB. A sink receives each row once and may write it out at once, keep a few, or
/// only count it.
///
/// Findings arrive in the order of `Audit.run()`: errors first, then by check name. A finding
/// begins only once it has a row, so a sink never sees one without rows.
public protocol FindingSink: AnyObject {
    /// A finding starts; its rows follow, then `end()`.
    func begin(severity: Finding.Severity, check: String, message: String)
    /// One row of the current finding: a key, or a sentence that names it, and what it names as data.
    func row(_ text: String, keys: FindingKeys)
    /// The current finding has no more rows.
    func end()
}
