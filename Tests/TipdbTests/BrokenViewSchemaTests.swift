import Foundation
import Testing

/// A view another program made over a table it then dropped: `tipdb schema` and the Datasette
/// export failed whole with tipdb's internal query (a user-review, session 40).
@Suite("a broken view: schema and export describe the rest and name it (built binary)")
struct BrokenViewSchemaTests {
    @Test("schema TABLE, schema --format md and export datasette-metadata still work; the view is named as unreadable")
    func brokenView() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let sqlite = try Tipdb.runProcess(URL(fileURLWithPath: "/usr/bin/env"), [
                "sqlite3", "tipdb.sqlite", "CREATE TABLE scratch(a); CREATE VIEW my_summary AS SELECT a FROM scratch; DROP TABLE scratch;",
            ], in: dir)
            #expect(sqlite.status == 0, "\(sqlite.stderr)")
            let figures = try Tipdb.run(["schema", "figures"], in: dir)
            #expect(figures.status == 0, "\(figures.stderr)")
            #expect(figures.stdout.contains("figures"), "\(figures.stdout)")
            let all = try Tipdb.run(["schema", "--format", "md"], in: dir)
            #expect(all.status == 0, "\(all.stderr)")
            #expect(all.stdout.contains("## my_summary\n\n*view*: (cannot be read: no such table: main.scratch; drop it or restore what it reads from a backup)"), "\(all.stdout)")
            let export = try Tipdb.run(["export", "datasette-metadata"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
        }
    }
}
