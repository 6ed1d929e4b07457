import Foundation

/// A failure reported by SQLite, with everything needed to understand it and nothing sensitive.
///
/// Bound values are deliberately not part of the error: they may hold personal data from case
/// files, and errors end up in logs and terminal scroll-back.
public struct StorageError: Error, LocalizedError, CustomStringConvertible, Sendable {
    /// The primary result code (`SQLITE_CONSTRAINT` is 19, `SQLITE_BUSY` 5, ...).
    public var resultCode: Int32 { extendedCode & 0xFF }
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE` is 2067, ...).
    public var extendedCode: Int32
    /// SQLite's own message, read right after the failing call.
    public var message: String
    /// The SQL that failed, when there was one.
    public var sql: String?

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// True when the error means the database file itself cannot be used (as opposed to a bad statement).
    public var isDatabaseUnusable: Bool {
        [5, 6, 8, 10, 11, 13, 14, 26].contains(resultCode)
    }

    /// True when the failure happened while writing a file: a write, sync or truncation that
    /// failed, a full disk (or a file-size limit), a file that cannot be created or written.
    ///
    /// A connection opened read-only never fails this way, which is how a backup tells a copy
    /// it could not write from a database it could not read: SQLite reports both on the
    /// destination connection (see <https://sqlite.org/c3ref/backup_finish.html>).
    public var isWriteFailure: Bool {
        // SQLITE_READONLY, _FULL and _CANTOPEN, and the IOERR_WRITE, _FSYNC, _DIR_FSYNC, _TRUNCATE and _DELETE extended codes.
        extendedCode == 8 || [13, 14].contains(resultCode) || [778, 1034, 1290, 1546, 2570].contains(extendedCode)
    }

    /// One line: what SQLite said, its code, and the statement.
    public var description: String {
        var text = "\(message) (\(codeName), extended code \(extendedCode))"
        if let sql {
            let oneLine = sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ")
            text += " in `\(oneLine.count > 200 ? String(oneLine.prefix(200)) + "…" : oneLine)`"
        }
        return text
    }

    public var errorDescription: String? { description }
}
