/// A finding of `Audit.loadedBatchFindings`, with the figure keys (or source keys) each of its rows names.
///
/// Why the keys beside the text: ingest places each warning at the line of the file that gave
/// one of the row's figures (review W27), and a key cannot be read back out of a row's text,
/// since keys may hold spaces, parentheses and `>`.
public struct BatchFinding: Sendable, Equatable {
    public var finding: Finding
    /// The keys of the figures each row names, in the order of `finding.rows`.
    public var keys: [[String]]
    /// Whether `keys` are of sources (`source-without-date`), placed at the line of the sources
    /// file that gave them, not of figures.
    public var namesSources: Bool

    public init(finding: Finding, keys: [[String]], namesSources: Bool = false) {
        self.finding = finding
        self.keys = keys
        self.namesSources = namesSources
    }
}
