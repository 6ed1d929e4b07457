import Foundation
import Storage

/// The SHA-256 of a file, computed on its own thread so that hashing a large case file overlaps
/// with loading it instead of adding to it.
final class BackgroundChecksum: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<String, any Error>?

    /// Starts hashing `path`.
    init(path: String) {
        let thread = Thread { [self] in
            let outcome = Result { try Checksum.sha256(fileAtPath: path) }
            condition.lock()
            result = outcome
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "tipdb checksum"
        thread.start()
    }

    /// Waits for the digest (hex).
    func value() throws -> String {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return try result?.get() ?? ""
    }
}
