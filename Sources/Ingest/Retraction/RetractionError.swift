import Foundation

/// Why `tipdb retract` withdrew nothing: one sentence per figure that cannot go, each naming it
/// and saying what to do. Every key is checked before anything is written, so one run lists
/// every problem, and the database is unchanged.
public struct RetractionError: LocalizedError, Equatable, Sendable {
    /// Every problem, in the order the keys were given.
    public let problems: [String]

    public var errorDescription: String? { problems.joined(separator: "\n") }
}
