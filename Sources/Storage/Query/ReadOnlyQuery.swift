import Foundation

/// One statement checked to be read-only, with its parameters bound: what `tipdb sql` runs.
///
/// Read-only is guaranteed three ways: the connection is opened read-only with `query_only`
/// on, and every statement is checked here before it runs (`sqlite3_stmt_readonly`, plus an
/// explicit refusal of ATTACH, DETACH, VACUUM and setting PRAGMAs, which can write files even
/// on a read-only connection).
public struct ReadOnlyQuery {
    public let statement: Statement

    /// PRAGMAs that only report: anything else (and any `PRAGMA x = y`) is refused.
    static let readingPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "page_count", "page_size", "freelist_count",
        "user_version", "schema_version", "application_id", "encoding", "journal_mode", "compile_options",
        "database_list", "collation_list", "function_list", "module_list", "pragma_list", "foreign_keys",
        "data_version",
    ]

    /// Compiles `sql`, refuses anything that could write, and binds `parameters`.
    ///
    /// - Parameters:
    ///   - parameters: values by parameter name, with or without its prefix (`key`, `:key`, `1` for `?1`).
    /// - Throws: `SQLRefusal` for several statements, a writing statement or a parameter
    ///   problem; `StorageError` for SQL that does not compile.
    public init(db: Database, sql: String, parameters: [(name: String, value: DatabaseValue)]) throws {
        let keyword = Self.firstKeyword(of: sql)
        guard !keyword.isEmpty else { throw SQLRefusal.empty }
        if ["attach", "detach", "vacuum", "reindex", "analyze"].contains(keyword) {
            throw SQLRefusal.notReadOnly(keyword: keyword.uppercased())
        }
        if ["begin", "commit", "end", "rollback", "savepoint", "release"].contains(keyword) {
            throw SQLRefusal.transactionControl(keyword: keyword.uppercased())
        }
        // A refusal names the pragma: "PRAGMA is refused" did not say which one.
        var refused = keyword.uppercased()
        if keyword == "pragma" {
            let words = Self.words(of: sql)
            let name = words.dropFirst().first.map { $0.split(separator: ".").last.map(String.init) ?? $0 } ?? ""
            refused = "PRAGMA \(name)"  // sql-constant: a message, never executed
            if sql.contains("=") || !Self.readingPragmas.contains(name) {
                throw SQLRefusal.notReadOnly(keyword: refused)
            }
        }
        let statement = try db.prepareSingle(sql)
        if !statement.isReadOnly {
            // SQLite counts some reporting pragmas as writing (journal_mode can switch the journal).
            throw SQLRefusal.notReadOnly(keyword: refused)
        }
        try Self.bind(parameters, to: statement, sql: sql)
        self.statement = statement
    }

    /// Column names of the result.
    public var columns: [String] { (0..<Int(statement.columnCount)).map(statement.columnName(at:)) }

    /// The statement's first keyword, lower-cased, after whitespace and comments.
    static func firstKeyword(of sql: String) -> String {
        words(of: sql).first ?? ""
    }

    /// The first few words of the SQL, skipping comments, lower-cased.
    static func words(of sql: String) -> [String] {
        var text = Substring(sql)
        var words: [String] = []
        while words.count < 3 {
            text = text.drop(while: { $0.isWhitespace || $0 == ";" || $0 == "(" })
            if text.hasPrefix("--") {
                // To the line end, as SQLite reads it; a Windows line end is one Character, "\r\n".
                text = text.drop(while: { $0 != "\n" && $0 != "\r\n" })
            } else if text.hasPrefix("/*") {
                if let end = text.range(of: "*/") { text = text[end.upperBound...] } else { return words }
            } else if text.isEmpty {
                return words
            } else {
                let word = text.prefix(while: { $0.isLetter || $0 == "_" || $0 == "." || $0.isNumber })
                if word.isEmpty { return words }
                words.append(word.lowercased())
                text = text.dropFirst(word.count)
            }
        }
        return words
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
