import Foundation
import Migrations

/// One schema change: a `Migrations/mNNNN_name.sql` file embedded in the binary.
public struct Migration: Sendable, Equatable {
    /// The number from the file name; migrations apply in this order.
    public let version: Int
    /// The rest of the file name, e.g. `schema`.
    public let name: String
    /// The SQL script.
    public let sql: String
    /// SHA-256 of the file's bytes, recorded when applied so a changed file is noticed.
    public let sha256: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
        self.sha256 = Checksum.sha256(Array(sql.utf8))
    }

    /// Builds a migration from a file name of the form `mNNNN_name.sql`, or nil if it is not one.
    public init?(fileName: String, bytes: [UInt8]) {
        guard fileName.hasPrefix("m"), fileName.hasSuffix(".sql") else { return nil }
        let stem = fileName.dropFirst().dropLast(4)
        guard let underscore = stem.firstIndex(of: "_"), let version = Int(stem[..<underscore]) else { return nil }
        self.init(version: version, name: String(stem[stem.index(after: underscore)...]),
                  sql: String(decoding: bytes, as: UTF8.self))
    }

    /// The migrations compiled into this binary, in order.
    public static let bundled: [Migration] = EmbeddedMigrations.files
        .compactMap { Migration(fileName: $0.name, bytes: $0.bytes) }
        .sorted { $0.version < $1.version }

    /// The newest schema version this binary knows.
    public static var latestVersion: Int { bundled.last?.version ?? 0 }
}
