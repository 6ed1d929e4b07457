import Foundation

/// One statement checked to be read-only, with its parameters bound: what `tipdb sql` runs.
///
/// Read-only is guaranteed three ways: the connection is opened read-only with `query_only`
/// on, and every statement is checked here before it runs (`sqlite3_stmt_readonly`, plus an
/// explicit refusal of ATTACH, DETACH, VACUUM and PRAGMAs that set or act, which can write files
/// even on a read-only connection: `ReadOnlyQuery.PragmaUse`).
public struct ReadOnlyQuery {
    public let statement: Statement

    /// Compiles `sql`, refuses anything that could write, and binds `parameters`.
    ///
    /// `EXPLAIN` and `EXPLAIN QUERY PLAN` run whatever they explain: they list how SQLite would
    /// run it and never run it (<https://sqlite.org/lang_explain.html>). Only a PRAGMA can act
    /// while being compiled (<https://sqlite.org/pragma.html>), so an explained PRAGMA is checked
    /// as the PRAGMA itself is.
    ///
    /// - Parameters:
    ///   - parameters: values by parameter name, with or without its prefix (`key`, `:key`, `1` for `?1`).
    /// - Throws: `SQLRefusal` for several statements, a writing statement or a parameter
    ///   problem; `StorageError` for SQL that does not compile.
    public init(db: Database, sql: String, parameters: [(name: String, value: DatabaseValue)]) throws {
        let scanned = Self.scan(sql, words: 6)
        guard let keyword = scanned.first?.word else {
            // Text that starts with no word (`-1`, `(SELECT 1)`) is SQL SQLite refuses, not
            // empty SQL: its compiler names what is wrong, and says "empty" only when it is.
            _ = try db.prepareSingle(sql)
            throw SQLRefusal.empty
        }
        let explains = keyword == "explain"
        let explained = explains ? Array(scanned.dropFirst(scanned.dropFirst().prefix(2).map(\.word) == ["query", "plan"] ? 3 : 1)) : scanned
        if !explains {
            if ["attach", "detach", "vacuum", "reindex", "analyze"].contains(keyword) {
                throw SQLRefusal.notReadOnly(keyword: keyword.uppercased())
            }
            if ["begin", "commit", "end", "rollback", "savepoint", "release"].contains(keyword) {
                throw SQLRefusal.transactionControl(keyword: keyword.uppercased())
            }
        }
        // A refusal names the pragma: "PRAGMA is refused" did not say which one.
        var refused = keyword.uppercased()
        var readsJournalMode = false
        if explained.first?.word == "pragma" {
            let pragma = try PragmaUse(explained.dropFirst().first)
            refused = "PRAGMA \(pragma.name)"  // sql-constant: a message, never executed
            readsJournalMode = pragma.name == "journal_mode"
        }
        let statement = try db.prepareSingle(sql)
        // SQLite counts `PRAGMA journal_mode` as writing even without a value (it could switch the
        // journal), and an EXPLAIN as its statement: neither writes here (`PragmaUse` refused a value).
        if !statement.isReadOnly && !statement.isExplain && !readsJournalMode {
            if explained.first?.word == "with", let led = Self.statementAfterWith(sql) { refused = led.uppercased() }
            throw SQLRefusal.notReadOnly(keyword: refused)
        }
        try Self.bind(parameters, to: statement, sql: sql)
        self.statement = statement
    }

    /// Column names of the result.
    public var columns: [String] { (0..<Int(statement.columnCount)).map(statement.columnName(at:)) }

    /// The first `limit` words of the SQL, lower-cased, skipping comments, each with the text
    /// that follows it (where a PRAGMA's value starts).
    static func scan(_ sql: String, words limit: Int) -> [(word: String, rest: Substring)] {
        var text = Substring(sql)
        var words: [(word: String, rest: Substring)] = []
        while words.count < limit {
            // Blanks, comments, `;` and `(` in any order before a word.
            guard var next = skippingComments(text) else { return words }
            while let first = next.first, first == ";" || first == "(" {
                guard let after = skippingComments(next.dropFirst()) else { return words }
                next = after
            }
            text = next
            let word = text.prefix(while: { $0.isLetter || $0 == "_" || $0 == "." || $0.isNumber })
            if word.isEmpty { return words }
            text = text.dropFirst(word.count)
            words.append((word.lowercased(), text))
        }
        return words
    }

    /// `text` after any whitespace and comments; nil when a block comment never ends.
    static func skippingComments(_ text: Substring) -> Substring? {
        var text = text
        while true {
            text = text.drop(while: \.isWhitespace)
            if text.hasPrefix("--") {
                // To the line end, as SQLite reads it; a Windows line end is one Character, "\r\n".
                text = text.drop(while: { $0 != "\n" && $0 != "\r\n" })
            } else if text.hasPrefix("/*") {
                guard let end = text.range(of: "*/") else { return nil }
                text = text[end.upperBound...]
            } else {
                return text
            }
        }
    }

    /// A command-line value as a typed SQL value: whole numbers as integers, decimals as reals, the rest as text.
    ///
    /// Only a number written the way SQLite would print it binds as one (`5`, `-2`, `2.5`,
    /// `1000.0`): `035` (an M49 code), `+5`, `5.50` and `1e3` stay text, since as numbers they
    /// would silently fail to match the text they were copied from.
    public static func value(fromArgument text: String) -> DatabaseValue {
        if let integer = Int64(text) { return String(integer) == text ? .integer(integer) : .text(text) }
        if let real = Double(text), real.isFinite, "\(real)" == text { return .real(real) }
        return .text(text)
    }
}
