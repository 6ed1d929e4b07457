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
    /// The keys (or row descriptions) concerned.
    public var rows: [String]

    public init(severity: Severity, check: String, message: String, rows: [String]) {
        self.severity = severity
        self.check = check
        self.message = message
        self.rows = rows
    }
}
