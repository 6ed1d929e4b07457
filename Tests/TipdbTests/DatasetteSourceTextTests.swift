import Foundation
import Testing

/// Datasette shows a table's `source` above its rows. For a database whose figures come from
/// several sources, tipdb's metadata says there where each row's source is; it once sent
/// figure_lineage, figure_breakdowns and figure_revisions to "the source column", which none of
/// them has. These tests read the exported JSON over the Fixtures (eleven sources) and check
/// every column a table's `source` text names against the table itself.
@Suite("export datasette-metadata: per-row source texts name real columns (built binary)")
struct DatasetteSourceTextTests {
    private static func tables(in dir: URL) throws -> [String: [String: Any]] {
        let result = try Tipdb.run(["export", "datasette-metadata"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let databases = try #require(root["databases"] as? [String: Any])
        return try #require((databases["tipdb"] as? [String: Any])?["tables"] as? [String: [String: Any]])
    }

    private static func columns(of table: String, in dir: URL) throws -> Set<String> {
        let result = try Tipdb.run(["sql", "SELECT name FROM pragma_table_info(:t)", "--param", "t=\(table)", "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return Set(result.stdout.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").dropFirst().map(String.init))
    }

    /// `the NAME column` names a column of the table itself; `table.column` one of another table.
    private static func namedColumns(in text: String, of table: String) throws -> [(table: String, column: String)] {
        var named: [(String, String)] = []
        let own = try Regex(#"the ([a-z_]+) column"#)
        for match in text.matches(of: own) { named.append((table, String(text[match.range].dropFirst(4).dropLast(7)))) }
        let qualified = try Regex(#"\b[a-z_]+\.[a-z_]+\b"#)
        for match in text.matches(of: qualified) {
            let parts = text[match.range].split(separator: ".")
            named.append((String(parts[0]), String(parts[1])))
        }
        return named
    }

    @Test("every table whose metadata gives a source names only columns that exist, and at least one")
    func everyNamedColumnExists() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let tables = try Self.tables(in: dir)
            var checked: [String] = []
            for (name, table) in tables.sorted(by: { $0.key < $1.key }) {
                guard let text = table["source"] as? String else { continue }
                let named = try Self.namedColumns(in: text, of: name)
                #expect(!named.isEmpty, "\(name): \(text) names no column")
                for (owner, column) in named {
                    #expect(try Self.columns(of: owner, in: dir).contains(column), "\(name): \(text) names \(owner).\(column), which does not exist")
                }
                checked.append(name)
            }
            #expect(checked == ["figure_breakdowns", "figure_citations", "figure_lineage", "figure_revisions", "figures", "latest_estimates"])
        }
    }

    @Test("figure_lineage, figure_breakdowns and figure_revisions say how to reach the source")
    func tablesWithoutASourceColumn() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let tables = try Self.tables(in: dir)
            #expect(tables["figure_lineage"]?["source"] as? String
                == "Each row follows a figure to the source its number comes from: see the primary_source column and the sources table; the figure's own source is figures.source (join the figure column to figures.key)")
            #expect(tables["figure_breakdowns"]?["source"] as? String
                == "Each row restricts a figure, which cites its own source: join the figure column to figures.key and see figures.source and the sources table")
            #expect(tables["figure_revisions"]?["source"] as? String
                == "Each row keeps an earlier state of a figure, which cites its own source: join the figure column to figures.key and see figures.source and the sources table (the source before the change is in the previous column, as JSON)")
            // The join the texts describe finds a source for every breakdown of the Fixtures.
            let join = try Tipdb.run(["sql", "SELECT count(*) AS n, count(f.source) AS with_source FROM figure_breakdowns b LEFT JOIN figures f ON f.key = b.figure", "--format", "csv"], in: dir)
            #expect(join.status == 0, "\(join.stderr)")
            let row = join.stdout.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").dropFirst().first.map(String.init) ?? ""
            let counts = row.split(separator: ",")
            #expect(counts.count == 2 && counts[0] == counts[1], "\(row)")
        }
    }
}
