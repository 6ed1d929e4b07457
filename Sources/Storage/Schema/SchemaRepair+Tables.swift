import Foundation

extension SchemaRepair {
    /// Makes again a search index (`Plan.SearchIndex`) whose virtual table or one of whose shadow
    /// tables (`figures_fts_data`, `_idx`, `_docsize`, `_config`) another program dropped.
    ///
    /// Why it can be: an FTS5 index of external content holds nothing but what it indexes, so
    /// `'rebuild'` makes it again whole. A dropped shadow table left the index unusable, and even
    /// `DROP TABLE figures_fts` then fails ("vtable constructor failed"), so a missing shadow table
    /// is created from tipdb's definition with the rows a new index has (its `version` and empty
    /// structure), which `'rebuild'` then replaces.
    static func recreate(_ index: Plan.SearchIndex, in db: Database, reference: Database) throws {
        for shadow in index.dropped {
            try db.execute("DROP TABLE \(quoted(shadow))")  // sql-constant: a name from tipdb's schema, quoted
        }
        for definition in index.created {
            try db.execute(definition.sql)
            guard index.shadowsOnly else { continue }
            for row in try reference.rows("SELECT * FROM \(quoted(definition.name))") {  // sql-constant: a name from tipdb's schema, quoted
                let marks = Array(repeating: "?", count: row.values.count).joined(separator: ", ")
                try db.execute("INSERT INTO \(quoted(definition.name)) VALUES (\(marks))", row.values)  // sql-constant: a name from tipdb's schema, quoted, and ? marks
            }
        }
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
