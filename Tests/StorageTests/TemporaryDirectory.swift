import Foundation

/// A unique directory under the system's temporary directory, removed when the body returns.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("tipdb-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

/// The SHA-256 of a file, to prove it was not changed.
func fileDigest(_ url: URL) throws -> Data {
    try Data(contentsOf: url)
}
