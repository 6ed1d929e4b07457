import Foundation
import Storage
import Testing

/// Ingest and search on a current schema missing a search index or one of its triggers: exit 2
/// with the message `tipdb migrate` gives, before anything is written. With `figures_fts` dropped
/// both printed SQL of tipdb's own and exit 1; with `figures_fts_insert` dropped ingest loaded
/// figures no search found, without a word (review of session 44).
@Suite("ingest and search on a damaged search schema: exit 2, migrate's message, nothing written (built binary)")
struct DamagedSearchSchemaTests {
    static let triggerMessage = "tipdb: error: tipdb.sqlite: the schema is current, but tipdb's trigger figures_fts_insert is missing "
        + "(dropped by another program, such as the sqlite3 shell; tipdb check reports it as its schema error): "
        + "tipdb migrate --repair recreates trigger figures_fts_insert from tipdb's definitions without losing a row\n"

    /// The Fixtures, `drop` run on them as another program would, and a figures file citing one of their sources.
    private func makeDamaged(_ drop: String, in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        try db.execute(drop)
        db.close()
        try Data("key,measure,value,unit,place,period,source,quote,method\nflamingo-1,forced-labour,7,persons,GHA,2018,ilo-2005-global-alliance,flamingo count,estimated\n".utf8)
            .write(to: dir.appendingPathComponent("f3.csv"))
    }

    private func figureCount(in dir: URL) throws -> String {
        try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n FROM figures"], in: dir).stdout
    }

    @Test("search trigger dropped: ingest and search refuse, exit 2, naming it and the repair; nothing is loaded; after the repair both work")
    func triggerDropped() throws {
        try withTemporaryDirectory { dir in
            try makeDamaged("DROP TRIGGER figures_fts_insert", in: dir)
            let before = try figureCount(in: dir)
            let ingest = try Tipdb.run(["ingest", "--quiet", "f3.csv"], in: dir)
            #expect(ingest.status == 2)
            #expect(ingest.stderr == Self.triggerMessage, "\(ingest.stderr)")
            #expect(try figureCount(in: dir) == before)
            let json = try Tipdb.run(["ingest", "--json", "f3.csv"], in: dir)
            #expect(json.status == 2)
            #expect(json.stdout.contains("\"exitCode\" : 2") || json.stdout.contains("\"exitCode\": 2"), "\(json.stdout)")
            let search = try Tipdb.run(["search", "flamingo"], in: dir)
            #expect(search.status == 2)
            #expect(search.stderr == Self.triggerMessage, "\(search.stderr)")

            #expect(try Tipdb.run(["migrate", "--repair"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "f3.csv"], in: dir).status == 0)
            let found = try Tipdb.run(["search", "flamingo"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout.contains("flamingo-1"), "\(found.stdout)")
        }
    }

    @Test("search index dropped: ingest and search give migrate's message, exit 2, not tipdb's own SQL")
    func indexDropped() throws {
        try withTemporaryDirectory { dir in
            try makeDamaged("DROP TABLE figures_fts", in: dir)
            let migrate = try Tipdb.run(["migrate"], in: dir)
            #expect(migrate.status == 2)
            #expect(migrate.stderr.hasPrefix("tipdb: error: tipdb.sqlite: the schema is current, but tipdb's table figures_fts, table figures_fts_config, "), "\(migrate.stderr)")
            for arguments in [["ingest", "--quiet", "f3.csv"], ["search", "people"]] {
                let result = try Tipdb.run(arguments, in: dir)
                #expect(result.status == 2, "\(arguments)")
                #expect(result.stderr == migrate.stderr, "\(arguments): \(result.stderr)")
            }
        }
    }
}
