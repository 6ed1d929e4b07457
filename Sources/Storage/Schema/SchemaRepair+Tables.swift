import Foundation

extension SchemaRepair {
    /// A search index (`figures_fts`) with its shadow tables, of which some were missing and are now
    /// made again, to be rebuilt from the rows it indexes.
    struct RecreatedSearchIndex {
        var name: String
        /// The tables made again: the index itself with all its shadow tables, or the shadow tables that were missing.
        var tables: [String]
    }

    /// Makes again the search indexes whose virtual table or one of whose shadow tables
    /// (`figures_fts_data`, `_idx`, `_docsize`, `_config`) another program dropped.
    ///
    /// Why they can be: an FTS5 index of external content holds nothing but what it indexes, so
    /// `'rebuild'` makes it again whole. A dropped shadow table left the index unusable, and even
    /// `DROP TABLE figures_fts` then fails ("vtable constructor failed"), so a missing shadow table
    /// is created from tipdb's definition with the rows a new index has (its `version` and empty
    /// structure), which `'rebuild'` then replaces. An index whose indexed table is missing is
    /// left for that table's message: it could only be rebuilt empty.
    static func recreateSearchIndexes(
        in db: Database, expected: [Object], actual: [String: (type: String, sql: String)], reference: Database
    ) throws -> [RecreatedSearchIndex] {
        var recreated: [RecreatedSearchIndex] = []
        for index in expected where index.type == "table" && index.sql.hasPrefix("CREATE VIRTUAL TABLE") {
            let shadows = expected.filter { $0.type == "table" && $0.name.hasPrefix(index.name + "_") }.map(\.name)
            let missing = ([index.name] + shadows).filter { actual[$0] == nil }
            let indexed = String(index.name.dropLast("_fts".count))
            guard !missing.isEmpty, index.name.hasSuffix("_fts"), actual[indexed]?.type == "table" else { continue }
            if actual[index.name] == nil {
                for shadow in shadows where actual[shadow] != nil {
                    try db.execute("DROP TABLE \(quoted(shadow))")  // sql-constant: a name from tipdb's schema, quoted
                }
                try db.execute(index.sql)
                recreated.append(RecreatedSearchIndex(name: index.name, tables: [index.name] + shadows))
                continue
            }
            for shadow in missing {
                guard let definition = expected.first(where: { $0.name == shadow }) else { continue }
                try db.execute(definition.sql)
                for row in try reference.rows("SELECT * FROM \(quoted(shadow))") {  // sql-constant: a name from tipdb's schema, quoted
                    let marks = Array(repeating: "?", count: row.values.count).joined(separator: ", ")
                    try db.execute("INSERT INTO \(quoted(shadow)) VALUES (\(marks))", row.values)  // sql-constant: a name from tipdb's schema, quoted, and ? marks
                }
            }
            recreated.append(RecreatedSearchIndex(name: index.name, tables: missing))
        }
        return recreated
    }

    /// What a table held, from the comment its definition starts with, up to the end of its first
    /// clause (a colon or a full stop before a space): "rows refused by an ingest run with
    /// --on-error skip"; "forms of exploitation a figure can be restricted to (figures.form)".
    static func holdings(_ sql: String) -> String {
        let comment = SchemaDocumentation.objectComment(sql)
        let end = [": ", ". "].compactMap { comment.range(of: $0)?.lowerBound }.min() ?? comment.endIndex
        let clause = comment[..<end].trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard let first = clause.first else { return "" }
        let second = clause.dropFirst().first
        return (second?.isLowercase ?? true ? first.lowercased() : String(first)) + clause.dropFirst()
    }

    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
