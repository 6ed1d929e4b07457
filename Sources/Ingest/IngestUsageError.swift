import Foundation

/// An ingest option that cannot do what it says for the files given: read by none of their
/// formats, or naming a measure or source that nothing defines.
///
/// A usage error (exit 64), like an unknown option, not an input error: nothing in the files is
/// wrong, and loading them without the option would load them otherwise than the user asked.
public struct IngestUsageError: LocalizedError, Equatable, Sendable {
    public let message: String

    public var errorDescription: String? { message }
}
