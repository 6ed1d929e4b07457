import Crypto
import Foundation

/// SHA-256 digests, for migration checksums and the provenance of ingested files.
public enum Checksum {
    /// The hex SHA-256 of `bytes`.
    public static func sha256<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The hex SHA-256 of the pieces of `bytes` at `ranges`, one after another, as if copied into
    /// one array first: a brief hashes its figures' lines in key order without that copy.
    public static func sha256(_ bytes: [UInt8], pieces ranges: some Sequence<Range<Int>>) -> String {
        var hasher = SHA256()
        bytes.withUnsafeBytes { all in
            for range in ranges { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: all[range])) }
        }
        return hex(hasher.finalize())
    }

    /// The hex SHA-256 of a file's bytes, read in chunks so memory stays flat whatever its size.
    public static func sha256(fileAtPath path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hex(hasher.finalize())
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
