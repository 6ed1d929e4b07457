extension ReadOnlyQuery {
    /// The statement a `WITH` clause leads to (`update` in `WITH x AS (SELECT 1) UPDATE figures …`),
    /// lower-cased; nil when none is found.
    ///
    /// Why: a refusal named the first word, and "WITH is refused" was false (`WITH … SELECT`
    /// runs); the statement refused is the one after the common table expressions. Their bodies
    /// are in parentheses, so the first of SQL's statement words outside them is that statement.
    /// Quoted text and comments are skipped, so a `'delete'` in a CTE's string is no statement.
    static func statementAfterWith(_ sql: String) -> String? {
        let statements: Set<String> = ["select", "insert", "replace", "update", "delete", "values"]
        var depth = 0
        var text = Substring(sql)
        while let next = skippingComments(text), let first = next.first {
            switch first {
            case "(": depth += 1; text = next.dropFirst()
            case ")": depth -= 1; text = next.dropFirst()
            case "'", "\"", "`", "[":
                // A string or quoted name runs to its closing mark (a doubled quote reopens it at once).
                let close: Character = first == "[" ? "]" : first
                let rest = next.dropFirst()
                guard let end = rest.firstIndex(of: close) else { return nil }
                text = rest[rest.index(after: end)...]
            default:
                let word = next.prefix(while: { $0.isLetter || $0 == "_" || $0.isNumber })
                if word.isEmpty { text = next.dropFirst(); continue }
                if depth == 0, statements.contains(word.lowercased()) { return word.lowercased() }
                text = next.dropFirst(word.count)
            }
        }
        return nil
    }
}
