import Foundation
import Storage
import Testing

/// `tipdb migrate --repair` on a database where a table of tipdb's was dropped with the `sqlite3`
/// shell: it stopped at the first index on that table with SQLite's "no such table" and nothing
/// else (a data manager's review, session 41). Now a search index or `source_labels`, which hold
/// nothing of their own, is made again; a table of data is named with what it held (exit 2), or,
/// when the rest of the database shows it was empty, made again empty (exit 0; review of session
/// 41: the advice to restore a backup threw away every ingest since, for a table never written).
@Suite("migrate --repair after a table of tipdb's was dropped (built binary)")
struct MigrateRepairDroppedTableTests {
    static func sqlite(_ script: String, in dir: URL) throws {
        let result = try Tipdb.runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["sqlite3", "tipdb.sqlite", script], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
    }

    static let versionLine = "tipdb.sqlite: schema version \(Migration.latestVersion), nothing to apply\n"

    static func restoreAdvice(_ path: String) -> String {
        "restore \(path) from a backup made before the drop: tipdb backup --db BACKUP --force \(path) "
            + "(first back up this file, tipdb backup --db \(path) DEST, if it holds ingests the backup lacks)\n"
    }

    static func emptyLine(_ table: String) -> String {
        "recreated table \(table): empty, as nothing in the database refers to rows it could have held\n"
    }

    @Test("a table of data the rest shows was empty (no batch refused a row): recreated empty with its index, exit 0, and the rest repaired")
    func emptyDataTable() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("DROP TABLE ingest_rejects; DROP INDEX figures_by_place;", in: dir)
            let result = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            #expect(result.stdout == Self.versionLine + "recreated index figures_by_place\n" + Self.emptyLine("ingest_rejects")
                + "recreated index ingest_rejects_by_batch\n", "\(result.stdout)")
            #expect(try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n FROM open_rejects"], in: dir).stdout == "n\r\n0\r\n")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("error: schema") && !check.stdout.contains("error: broken-view"), "\(check.stdout)")
        }
    }

    @Test("a table of data a batch shows may have held rows: exit 2, naming it, what it held, what shows it, the index not recreated, and how to restore")
    func dataTable() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("UPDATE ingest_batches SET rows_rejected = 2 WHERE id = 1; DROP TABLE ingest_rejects; DROP INDEX figures_by_place;", in: dir)
            let result = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout == Self.versionLine + "recreated index figures_by_place\n", "\(result.stdout)")
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: tipdb's table ingest_rejects (rows refused by an ingest run with --on-error skip; "
                + "1 ingest batch refused rows or ran with --on-error skip) is missing "
                + "(dropped by another program, such as the sqlite3 shell): it may have held data, which no repair can make again; "
                + "index ingest_rejects_by_batch on it was not recreated; " + Self.restoreAdvice("tipdb.sqlite"), "\(result.stderr)")
        }
    }

    @Test("series_figures of a database that never held a bulk series: recreated empty with its index and the views over it readable")
    func seriesFiguresEmpty() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("DROP TABLE series_figures;", in: dir)
            let result = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == Self.versionLine + Self.emptyLine("series_figures") + "recreated index series_figures_by_vintage\n", "\(result.stdout)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) FROM figure_changes"], in: dir).status == 0)
        }
    }

    @Test("series_figures with series vintages that refer to it: exit 2, saying how many")
    func seriesFiguresHeld() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("""
                INSERT INTO series_vintages (series, source, released, sha256, figures, batch_id)
                SELECT 'unodc-glotip', (SELECT key FROM sources LIMIT 1), '2024-01-01', 'ab' || n, 0, 1 FROM (SELECT 1 AS n UNION SELECT 2 UNION SELECT 3);
                DROP TABLE series_figures;
                """, in: dir)
            let result = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(result.status == 2)
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: tipdb's table series_figures (the vintages each figure of a series appeared in; "
                + "3 series vintages refer to it) is missing (dropped by another program, such as the sqlite3 shell): it may have held data, "
                + "which no repair can make again; index series_figures_by_vintage on it was not recreated; " + Self.restoreAdvice("tipdb.sqlite"), "\(result.stderr)")
        }
    }

    @Test("two tables of data: both named, in one line; one shown empty (derivations) is recreated")
    func twoTables() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.sqlite("DROP TABLE figure_tags; DROP TABLE study_tags; DROP TABLE derivations;", in: dir)
            let result = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout == Self.versionLine + Self.emptyLine("derivations"), "\(result.stdout)")
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: tipdb's table figure_tags (tags attached to figures), table study_tags "
                + "(tags attached to studies) are missing "
                + "(dropped by another program, such as the sqlite3 shell): they may have held data, which no repair can make again; "
                + "index figure_tags_by_tag on them was not recreated; " + Self.restoreAdvice("tipdb.sqlite"), "\(result.stderr)")
        }
    }

    @Test("a search index or one of its tables: made again and rebuilt, exit 0, and search finds what it found", arguments: [
        ("figures_fts", ["figures_fts", "figures_fts_data", "figures_fts_idx", "figures_fts_docsize", "figures_fts_config"]),
        ("figures_fts_data", ["figures_fts_data"]),
        ("figures_fts_config", ["figures_fts_config"]),
        ("sources_fts_idx", ["sources_fts_idx"]),
    ])
    func searchIndex(dropped: String, recreated: [String]) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let before = try Tipdb.run(["search", "trafficking"], in: dir)
            #expect(before.status == 0)
            try Self.sqlite("DROP TABLE \(dropped);", in: dir)
            let index = dropped.hasPrefix("figures") ? "figures_fts" : "sources_fts"
            let result = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            #expect(result.stdout == Self.versionLine + recreated.map { "recreated table \($0)\n" }.joined()
                + "rebuilt search index \(index) from the rows it indexes: it holds no data of its own, so nothing was lost\n", "\(result.stdout)")
            #expect(try Tipdb.run(["search", "trafficking"], in: dir).stdout == before.stdout)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("error: schema"), "\(check.stdout)")
            #expect(!check.stdout.contains("error: search-index"), "\(check.stdout)")
        }
    }

    @Test("source_labels, which tipdb derives from the sources: made again and filled, exit 0")
    func sourceLabels() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let query = ["sql", "--format", "csv", "SELECT source, label FROM source_labels ORDER BY source"]
            let before = try Tipdb.run(query, in: dir)
            try Self.sqlite("DROP TABLE source_labels;", in: dir)
            let result = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix(Self.versionLine + "recreated table source_labels\nrecreated index source_labels_by_short_label\nrecreated index source_labels_by_label\nlabelled source "), "\(result.stdout)")
            #expect(try Tipdb.run(query, in: dir).stdout == before.stdout)
        }
    }

    @Test("measure_revisions: recreated empty while no measures file loaded a measure; once one did, only a backup can tell (exit 2)")
    func measureRevisions() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data("code,label,counts,concept,definition,default_unit\nmy-rate,My rate,rate,forced-labour,Per 1000 adults.,per-1000\n".utf8)
                .write(to: dir.appendingPathComponent("m.csv"))
            let ingest = try Tipdb.run(["ingest", "m.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            try Self.sqlite("DROP TABLE measure_revisions;", in: dir)
            let result = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(result.status == 2, "\(result.stdout)")
            #expect(result.stderr.contains("1 measure loaded from a measures file may have been changed) is missing"), "\(result.stderr)")
        }
    }

    @Test("every table of tipdb's dropped in turn: exit 0 or 2, never SQLite's text alone, and the file readable after")
    func everyTable() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let original = dir.appendingPathComponent("original.sqlite")
            try FileManager.default.copyItem(at: dir.appendingPathComponent("tipdb.sqlite"), to: original)
            let db = try Database(path: original.path, mode: .readOnly)
            let tables = try db.rows("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name").compactMap { $0.string("name") }
            db.close()
            #expect(tables.count > 30)
            for table in tables {
                let file = dir.appendingPathComponent("tipdb.sqlite")
                try FileManager.default.removeItem(at: file)
                try FileManager.default.copyItem(at: original, to: file)
                try Self.sqlite("DROP TABLE \(table);", in: dir)
                let result = try Tipdb.run(["migrate", "--repair"], in: dir)
                let rebuilt = table == "source_labels" || table.contains("_fts")
                    || ["series_figures", "ingest_rejects", "figure_retractions", "derivations", "cases", "measure_revisions"].contains(table)
                #expect(result.status == (rebuilt ? 0 : 2), "\(table): \(result.stderr)")
                if !rebuilt {
                    #expect(result.stderr.hasPrefix("tipdb: error: tipdb.sqlite: tipdb's table \(table) "), "\(table): \(result.stderr)")
                    #expect(result.stderr.hasSuffix(Self.restoreAdvice("tipdb.sqlite")), "\(table): \(result.stderr)")
                }
            }
        }
    }
}
