import Foundation

/// The documentation of a database's tables and views, read from the database itself: the
/// one-line comments the migrations put after every CREATE line and column definition are kept
/// by SQLite in `sqlite_schema.sql`, so the schema documents itself, with one source of truth.
public struct SchemaDocumentation: Codable, Sendable, Equatable {
    public struct Column: Codable, Sendable, Equatable {
        public var name: String
        public var type: String
        public var notNull: Bool
        public var primaryKey: Bool
        /// The rest of the column's definition: defaults, CHECK, REFERENCES, UNIQUE.
        public var constraints: String
        public var description: String
    }

    public struct Object: Codable, Sendable, Equatable {
        public var name: String
        /// `table`, `view` or `virtual table`.
        public var kind: String
        public var description: String
        public var columns: [Column]
        /// Constraints on several columns at once (a composite primary key, a CHECK between
        /// columns): what a row written with SQL must satisfy beyond its columns' own rules.
        public var tableConstraints: [String]
    }

    public var objects: [Object]

    /// Reads the documentation of every user table and view (SQLite internals and full-text
    /// shadow tables excluded), in the order the migrations created them.
    public init(db: Database) throws {
        let rows = try db.rows(
            "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('table', 'view') AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
        let virtualTables = rows.filter { ($0.string("sql") ?? "").hasPrefix("CREATE VIRTUAL TABLE") }.compactMap { $0.string("name") }
        objects = []
        for row in rows {
            guard let name = row.string("name"), let sql = row.string("sql"), let type = row.string("type") else { continue }
            if virtualTables.contains(where: { name.hasPrefix($0 + "_") }) { continue }  // FTS5 shadow tables
            let isVirtual = sql.hasPrefix("CREATE VIRTUAL TABLE")
            let comments = Self.columnComments(sql, isView: type == "view")
            var columns: [Column] = []
            var description = Self.objectComment(sql)
            do {
                for info in try db.rows("SELECT name, type, \"notnull\", pk FROM pragma_table_xinfo(?) WHERE hidden = 0", [name]) {
                    let column = info.string("name") ?? ""
                    let comment = comments[column.lowercased()]
                    columns.append(Column(
                        name: column, type: info.string("type") ?? "", notNull: info.int("notnull") == 1,
                        primaryKey: (info.int("pk") ?? 0) > 0, constraints: comment?.constraints ?? "",
                        description: comment?.description ?? ""))
                }
            } catch let error as StorageError where error.resultCode == 1 {
                // A view over a table since dropped (another program's, or tipdb's own after a
                // table was dropped) failed the whole listing with tipdb's internal query; it is
                // described as it stands, and every other object as usual.
                description = (description.isEmpty ? "" : description + " ")
                    + "(cannot be read: \(error.message); drop it or restore what it reads from a backup)"
            }
            objects.append(Object(
                name: name, kind: isVirtual ? "virtual table" : type, description: description, columns: columns,
                tableConstraints: type == "table" && !isVirtual ? Self.tableConstraints(sql) : []))
        }
    }

    /// Only `name`, or nil when there is no such table or view.
    public func only(_ name: String) -> SchemaDocumentation? {
        let matching = objects.filter { $0.name.lowercased() == name.lowercased() }
        return matching.isEmpty ? nil : SchemaDocumentation(objects: matching)
    }

    init(objects: [Object]) {
        self.objects = objects
    }

    /// The comment on the CREATE line.
    static func objectComment(_ sql: String) -> String {
        guard let first = sql.split(separator: "\n", maxSplits: 1).first, let range = first.range(of: "-- ") else { return "" }
        return String(first[range.upperBound...]).trimmingCharacters(in: .whitespaces)
    }

    /// The table-level constraints of a CREATE TABLE statement: the migrations write each on a
    /// line of its own, starting with its keyword.
    static func tableConstraints(_ sql: String) -> [String] {
        let keywords = ["PRIMARY KEY", "UNIQUE", "CHECK", "FOREIGN KEY", "CONSTRAINT"]
        return sql.split(separator: "\n").dropFirst().compactMap { line in
            var text = String(line.split(separator: "--", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces)
            guard keywords.contains(where: { text.uppercased().hasPrefix($0) }) else { return nil }
            if text.hasSuffix(",") { text.removeLast() }
            return text
        }
    }

    /// Column name → (constraints, description) from the definition lines that carry a comment.
    static func columnComments(_ sql: String, isView: Bool) -> [String: (constraints: String, description: String)] {
        var result: [String: (constraints: String, description: String)] = [:]
        for line in sql.split(separator: "\n").dropFirst() {
            guard let range = line.range(of: " -- ") else { continue }
            let description = String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            var definition = String(line[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            if definition.hasSuffix(",") { definition.removeLast() }
            if isView {
                // `expression AS name`, or a bare column name.
                let name = definition.range(of: " AS ", options: .backwards).map { String(definition[$0.upperBound...]) }
                    ?? String(definition.split(separator: " ").last?.split(separator: ".").last ?? "")
                // A quoted name (`AS "column"`, open_rejects') is documented under the name itself.
                result[name.trimmingCharacters(in: CharacterSet(charactersIn: " \"`[]")).lowercased()] = ("", description)
                continue
            }
            let parts = definition.split(separator: " ", maxSplits: 2).map(String.init)
            guard let name = parts.first?.trimmingCharacters(in: CharacterSet(charactersIn: "\"`[]")) else { continue }
            let constraints = parts.count > 2 ? parts[2] : ""
            result[name.lowercased()] = (constraints, description)
        }
        return result
    }
}
