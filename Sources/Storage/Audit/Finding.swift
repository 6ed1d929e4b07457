/// One problem `tipdb check` found, naming the rows concerned.
public struct Finding: Codable, Sendable, Equatable {
    public enum Severity: String, Codable, Sendable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    /// A stable name for the check, e.g. `lineage-loop`.
    public var check: String
    /// What is wrong, in a sentence.
    public var message: String
    /// The rows concerned, each in words: a key, or a sentence that names it.
    public var rows: [String]
    /// What each row names, as data, in the order of `rows` (`FindingKeys`).
    public var rowKeys: [FindingKeys]

    public init(severity: Severity, check: String, message: String, rows: [String], rowKeys: [FindingKeys]) {
        self.severity = severity
        self.check = check
        self.message = message
        self.rows = rows
        self.rowKeys = rowKeys
    }

    /// A finding whose rows are each the key of a row of `kind`: `lineage-loop` lists figure keys.
    public init(severity: Severity, check: String, message: String, keys: [String], kind: String) {
        self.init(severity: severity, check: check, message: message, rows: keys, rowKeys: keys.map { FindingKeys(kind: kind, keys: [$0]) })
    }
}
