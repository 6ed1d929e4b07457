import Foundation
import Storage
import Testing

/// A source another program changed (the `sqlite3` shell's `UPDATE sources SET authors = ...`)
/// kept its old label in `source_labels`, so SQL by label disagreed with the brief: `tipdb check`
/// and `tipdb migrate` name it, and the next ingest labels it again (review of session 44).
@Suite("sources changed by another program: check and migrate name the stale label, ingest labels it again (built binary)")
struct StaleSourceLabelTests {
    static let finding = "warning: source-label-stale: sources whose label in source_labels is not the one their values now give "
        + "(authors, publisher or date changed by another program than tipdb), so figure_citations.source_label, "
        + "figure_lineage.primary_source_label and source_usage.label disagree with the brief, which cites the label the values give, "
        + "and a query by the brief's label misses their figures; `tipdb migrate --repair` labels them again (so does the next tipdb ingest) (1)\n"
        + "  rv-2020: Dupont 2020, which its values now make Zed 2020\n"

    static let migrateWarning = "warning: tipdb.sqlite: 1 source whose label in source_labels is missing or not the one its values now give "
        + "(written or changed by another program than tipdb; tipdb check's source-without-label and source-label-stale), "
        + "so SQL by label disagrees with the brief: rv-2020: Dupont 2020, which its values now make Zed 2020; "
        + "tipdb migrate --repair labels it again (so does the next tipdb ingest)\n"

    /// A database holding `rv-2020` ("Dupont, Jean", 2020) and a figure citing it, loaded by tipdb;
    /// then its authors changed with SQL, as another program would.
    private func makeEditedDatabase(in dir: URL) throws {
        try Data("key,kind,title,authors,date,url\nrv-2020,report,Reviewer report 2020,\"Dupont, Jean\",2020,https://example.org/a\n".utf8)
            .write(to: dir.appendingPathComponent("src.csv"))
        try Data("key,measure,value,unit,place,period,source,quote,method\nrv-a,forced-labour,1000,persons,CIV,2019,rv-2020,Some 1000 people,estimated\n".utf8)
            .write(to: dir.appendingPathComponent("fig.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let loaded = try Tipdb.run(["ingest", "--quiet", "src.csv", "fig.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        defer { db.close() }
        try db.execute("UPDATE sources SET authors = 'Zed, Zoe' WHERE key = 'rv-2020'")
    }

    /// The label of `rv-2020`'s figure in the three views that carry one, one CSV line.
    private func labels(in dir: URL) throws -> String {
        let out = try Tipdb.run(["sql", "--format", "csv", """
            SELECT c.source_label, l.primary_source_label, u.label FROM figure_citations c
            JOIN figure_lineage l ON l.figure = c.figure JOIN source_usage u ON u.source = c.source WHERE c.figure = 'rv-a'
            """], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout.split(whereSeparator: \.isNewline).dropFirst().first.map(String.init) ?? ""
    }

    @Test("check warns with the stored and the current label; migrate says so on standard error, exit 0")
    func checkAndMigrateName() throws {
        try withTemporaryDirectory { dir in
            try makeEditedDatabase(in: dir)
            #expect(try labels(in: dir) == "Dupont 2020,Dupont 2020,Dupont 2020")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains(Self.finding), "\(check.stdout)")
            let migrate = try Tipdb.run(["migrate"], in: dir)
            #expect(migrate.status == 0, "\(migrate.stderr)")
            #expect(migrate.stdout == "tipdb.sqlite: schema version \(Migration.latestVersion), nothing to apply\n")
            #expect(migrate.stderr == Self.migrateWarning, "\(migrate.stderr)")

            let repaired = try Tipdb.run(["migrate", "--repair"], in: dir)
            #expect(repaired.stdout.hasSuffix("labelled source rv-2020: Zed 2020\n"), "\(repaired.stdout)")
            #expect(try labels(in: dir) == "Zed 2020,Zed 2020,Zed 2020")
            #expect(!(try Tipdb.run(["check"], in: dir)).stdout.contains("source-label-stale"))
            #expect(try Tipdb.run(["migrate"], in: dir).stderr == "")
        }
    }

    @Test("the next ingest labels it again, so SQL cites the label the brief cites")
    func ingestRelabels() throws {
        try withTemporaryDirectory { dir in
            try makeEditedDatabase(in: dir)
            try Data("key,measure,value,unit,place,period,source,method\nrv-b,forced-labour,5,persons,GHA,2019,rv-2020,estimated\n".utf8)
                .write(to: dir.appendingPathComponent("f2.csv"))
            let loaded = try Tipdb.run(["ingest", "--quiet", "f2.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(try labels(in: dir) == "Zed 2020,Zed 2020,Zed 2020")
            #expect(!(try Tipdb.run(["check"], in: dir)).stdout.contains("source-label-stale"))
        }
    }
}
