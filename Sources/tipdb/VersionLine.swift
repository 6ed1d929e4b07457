import Foundation
import Storage

/// What `tipdb --version` prints: `0.1.0 (schema version 60; executable SHA-256 5f3a...)`.
///
/// Why more than the version: it stayed 0.1.0 through over a thousand commits that changed what
/// a brief says, so it identified no build (audit, session 52). The schema version says what the
/// build's migrations make; the SHA-256 of the running executable names the build itself, as the
/// Makefile's `swift build` makes it, with no commit hash to generate into the sources. A brief
/// records the version and the schema version, not the digest: a golden brief would change with
/// every build.
enum VersionLine {
    static func text() -> String {
        var parts = ["schema version \(Migration.latestVersion)"]
        if let digest = executableDigest() { parts.append("executable SHA-256 \(digest)") }
        return "\(TipdbVersion.current) (\(parts.joined(separator: "; ")))"
    }

    /// The SHA-256 of the running executable's file; nil when it cannot be read (the line then
    /// gives the versions alone rather than fail).
    private static func executableDigest() -> String? {
        #if os(Linux)
        let path = "/proc/self/exe"
        #else
        guard let path = Bundle.main.executablePath else { return nil }
        #endif
        return try? Checksum.sha256(fileAtPath: path)
    }
}
