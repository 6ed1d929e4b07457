import Foundation
import Storage
import Testing

/// `tipdb migrate` without `--repair` on a current database that another program damaged: it said
/// "nothing to apply" and exit 0 as if all were well (session 42). Now it names what is missing or
/// changed, as `tipdb check` does, says what `tipdb migrate --repair` makes again and what it
/// cannot, and exits 2 (a damaged database).
@Suite("migrate on a current but damaged schema (built binary)")
struct MigrateDamagedSchemaTests {
    static func sqlite(_ script: String, in dir: URL) throws {
        let result = try Tipdb.runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["sqlite3", "tipdb.sqlite", script], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
    }

    static let damagedLine = "tipdb.sqlite: schema version \(Migration.latestVersion), current but damaged\n"

    @Test("a dropped table a series vintage shows held rows: named with what it held and its index, exit 2, restore advised")
    func droppedDataTable() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("""
                INSERT INTO series_vintages (series, source, released, sha256, figures, batch_id)
                SELECT 'unodc-glotip', (SELECT key FROM sources LIMIT 1), '2024-01-01', 'ab' || n, 0, 1 FROM (SELECT 1 AS n UNION SELECT 2 UNION SELECT 3);
                DROP TABLE series_figures;
                """, in: dir)
            let result = try Tipdb.run(["migrate"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout == Self.damagedLine, "\(result.stdout)")
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: the schema is current, but tipdb's table series_figures, index "
                + "series_figures_by_vintage are missing (dropped by another program, such as the sqlite3 shell; tipdb check reports "
                + "them as its schema error): tipdb migrate --repair cannot make table series_figures (the vintages each figure of a "
                + "series appeared in; 3 series vintages refer to it) again, nor index series_figures_by_vintage on it: it may have "
                + "held data, which no repair can make again; restore tipdb.sqlite from a backup made before the drop: tipdb backup "
                + "--db BACKUP --force tipdb.sqlite (first back up this file, tipdb backup --db tipdb.sqlite DEST, if it holds "
                + "ingests the backup lacks)\n", "\(result.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("  table series_figures: missing\n  index series_figures_by_vintage: missing\n"), "\(check.stdout)")
        }
    }

    @Test("a dropped index, view and table shown empty: each named, all repairable, exit 2; after --repair, nothing to apply and exit 0")
    func repairable() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("DROP INDEX figures_by_place; DROP VIEW figure_citations; DROP TABLE series_figures;", in: dir)
            let result = try Tipdb.run(["migrate"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout == Self.damagedLine, "\(result.stdout)")
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: the schema is current, but tipdb's view figure_citations, "
                + "index figures_by_place, table series_figures, index series_figures_by_vintage are missing (dropped by another "
                + "program, such as the sqlite3 shell; tipdb check reports them as its schema error): tipdb migrate --repair recreates "
                + "view figure_citations, index figures_by_place, table series_figures, index series_figures_by_vintage from tipdb's "
                + "definitions without losing a row\n", "\(result.stderr)")
            #expect(try Tipdb.run(["migrate", "--repair"], in: dir).status == 0)
            let again = try Tipdb.run(["migrate"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == "tipdb.sqlite: schema version \(Migration.latestVersion), nothing to apply\n", "\(again.stdout)")
            #expect(again.stderr.isEmpty, "\(again.stderr)")
        }
    }

    @Test("a changed view and a changed table: named as changed; the view repairable, the table not")
    func changed() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("DROP VIEW figure_citations; CREATE VIEW figure_citations AS SELECT 1 AS x; ALTER TABLE figure_tags ADD COLUMN x TEXT;", in: dir)
            let result = try Tipdb.run(["migrate"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout == Self.damagedLine, "\(result.stdout)")
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: the schema is current, but tipdb's view figure_citations, table "
                + "figure_tags are changed (by another program, such as the sqlite3 shell; tipdb check reports them as "
                + "its schema error): tipdb migrate --repair recreates view figure_citations from tipdb's definitions without losing "
                + "a row; it cannot recreate table figure_tags with its rows: restore it from a backup made before the change "
                + "(tipdb backup)\n", "\(result.stderr)")
        }
    }

    @Test("an undamaged database: nothing to apply, exit 0, as before")
    func undamaged() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["migrate"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "tipdb.sqlite: schema version \(Migration.latestVersion), nothing to apply\n", "\(result.stdout)")
        }
    }
}
