import Foundation

/// A file of given bytes in the temporary directory, removed when the value goes away: for the
/// readers that take a path (`JSONArrayReader`, `NDJSONReader`), tested on a real file too.
///
/// Non-copyable, so that one value owns the file and removes it once.
public struct TemporaryFile: ~Copyable {
    public let path: String

    /// Writes `bytes` to a new file whose name ends in `.extension`.
    public init(_ bytes: [UInt8], extension: String) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("tipdb-test-\(UUID().uuidString).\(`extension`)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
