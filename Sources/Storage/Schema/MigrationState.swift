/// Whether one migration has been applied to a database.
public struct MigrationState: Sendable, Equatable, Codable {
    public let version: Int
    public let name: String
    /// When it was applied (UTC), or nil while pending.
    public let appliedAt: String?

    public var isApplied: Bool { appliedAt != nil }
}
