import Foundation
import Storage
import Testing

/// The README's "The schema" section lists every table and view a query can read, one line
/// each: it left out a dozen (the views among them) and nothing noticed (review W14).
@Suite("README: the schema section lists every table and view")
struct ReadmeSchemaListTests {
    /// The names the README's schema section lists: each line `- \`name\`: ...` between its
    /// heading and the next section.
    static func readmeNames() throws -> [String] {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "\n## The schema\n"))
        let rest = readme[start.upperBound...]
        let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        return section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("- `"), let end = line.dropFirst(3).firstIndex(of: "`") else { return nil }
            guard line[end...].hasPrefix("`: ") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 3)..<end])
        }
    }

    @Test("the list names exactly the tables and views of a freshly initialised database, each once")
    func listMatchesDatabase() throws {
        let db = try Database.inMemory()
        try Migrator().migrate(db)
        let objects = try db.rows("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")
        let virtual = objects.compactMap { row in
            (row.string("sql") ?? "").hasPrefix("CREATE VIRTUAL TABLE") ? row.string("name") : nil
        }
        // FTS5 keeps each index in tables of its own (`figures_fts_data`, ...): its internals, not the schema's.
        let shadows = Set(virtual.flatMap { name in ["data", "idx", "content", "docsize", "config"].map { "\(name)_\($0)" } })
        let queryable = Set(objects.compactMap { $0.string("name") }).subtracting(shadows)
        let listed = try Self.readmeNames()
        #expect(listed.count > 30, "the README's list was not read: \(listed)")
        #expect(Set(listed).count == listed.count, "listed twice: \(listed.filter { name in listed.filter { $0 == name }.count > 1 })")
        #expect(queryable.subtracting(listed).sorted() == [], "in the database, not in the README's schema section")
        #expect(Set(listed).subtracting(queryable).sorted() == [], "in the README's schema section, not in the database")
    }
}
