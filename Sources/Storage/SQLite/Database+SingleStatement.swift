import Foundation
internal import CSQLite

extension Database {
    /// Compiles exactly one statement, refusing text that holds several.
    ///
    /// Trailing whitespace, semicolons and comments are allowed; a second statement is an error,
    /// because `tipdb sql` checks and runs one statement and must not silently skip the rest.
    public func prepareSingle(_ sql: String) throws -> Statement {
        let hasMore = try sql.withCString { start -> Bool in
            var first: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            try check(sqlite3_prepare_v3(handle, start, -1, 0, &first, &tail), sql: sql)
            guard let first else { throw SQLRefusal.empty }
            sqlite3_finalize(first)
            guard let tail else { return false }
            // Compiling the rest yields no statement when only whitespace and comments remain.
            var second: OpaquePointer?
            let rc = sqlite3_prepare_v3(handle, tail, -1, 0, &second, nil)
            sqlite3_finalize(second)
            return second != nil || rc != SQLITE_OK
        }
        if hasMore { throw SQLRefusal.multipleStatements }
        return try prepare(sql)
    }
}

/// Why `tipdb sql` refuses a statement before running it.
public enum SQLRefusal: Error, LocalizedError, Equatable, Sendable {
    case empty
    case multipleStatements
    case notReadOnly(keyword: String)
    /// `PRAGMA name = value` or `PRAGMA name(value)`: a value sets what the PRAGMA alone reports.
    case settingPragma(name: String, readsWithout: Bool)
    /// A PRAGMA that acts even without a value (`wal_checkpoint`, `optimize`), with what it does.
    case actingPragma(name: String, effect: String)
    /// A PRAGMA that reports nothing about the database, or that tipdb does not know to be safe.
    case pragmaNotReporting(name: String, reporting: [String])
    /// BEGIN, COMMIT, SAVEPOINT and the like: SQLite counts them as read-only, but one query
    /// has no transaction to control, and they printed an empty result.
    case transactionControl(keyword: String)
    /// A function that hands out or takes the address of native code (`fts3_tokenizer`): no query
    /// needs it, and its two-argument form is a known first step to running code through SQL.
    case nativeFunction(name: String)
    case plainParameter
    case missingParameter(String)
    case unknownParameter(String)

    public var errorDescription: String? {
        switch self {
        case .empty:
            "the SQL is empty (nothing but blanks, comments or ';'); expected one statement, such as \"SELECT count(*) FROM figures\", as an argument, with -f FILE or on standard input"
        case .multipleStatements:
            "several statements given; tipdb sql runs exactly one (remove the others or run them one at a time)"
        case .notReadOnly(let keyword):
            "\(keyword) is refused: tipdb sql is read-only and never changes the database (use tipdb ingest to add or correct data, tipdb retract KEY --reason TEXT to withdraw a figure)"
        case .settingPragma(let name, let readsWithout):
            "PRAGMA \(name) with a value is refused: tipdb sql is read-only, and a value changes the setting"  // sql-constant: a message, never executed
                + (readsWithout ? "; without one, PRAGMA \(name) reads it" : "")  // sql-constant: a message, never executed
        case .actingPragma(let name, let effect):
            "PRAGMA \(name) is refused: tipdb sql is read-only, and this pragma acts even without a value (\(effect))"  // sql-constant: a message, never executed
        case .pragmaNotReporting(let name, let reporting):
            "PRAGMA\(name.isEmpty ? "" : " " + name) is refused: tipdb sql is read-only and runs only the pragmas that report on the database: "  // sql-constant: a message, never executed
                + reporting.joined(separator: ", ")
        case .transactionControl(let keyword):
            "\(keyword) controls a transaction, which tipdb sql has no use for: it runs one query, which reads a consistent snapshot on its own"
        case .nativeFunction(let name):
            "\(name)() is refused: it reads or registers the address of native tokenizer code, which a read-only query has no use for (search the FTS5 indexes with MATCH, or tipdb search)"
        case .plainParameter:
            "a plain ? parameter cannot be given by name; write ?1 or :name and pass --param 1=VALUE or --param name=VALUE"
        case .missingParameter(let name):
            "parameter \(name) has no value; pass --param \(name.dropFirst())=VALUE"
        case .unknownParameter(let name):
            "--param \(name) does not match any parameter in the statement; expected one of its :name, @name, $name or ?NNN parameters"
        }
    }
}
