import Foundation
import Storage
import Testing

/// `tipdb init` on a current database another program damaged said "already up to date" and exit 0
/// (session 43), where `tipdb migrate` names each object missing and what `--repair` makes again,
/// exit 2. `init` now says the same.
@Suite("init on a current but damaged schema (built binary)")
struct InitDamagedSchemaTests {
    @Test("a dropped index and view: migrate's message and exit 2, not already up to date; after migrate --repair, up to date")
    func droppedIndexAndView() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try MigrateDamagedSchemaTests.sqlite("DROP INDEX figures_by_place; DROP VIEW figure_citations;", in: dir)
            let result = try Tipdb.run(["init"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout == MigrateDamagedSchemaTests.damagedLine, "\(result.stdout)")
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: the schema is current, but tipdb's view figure_citations, "
                + "index figures_by_place are missing (dropped by another program, such as the sqlite3 shell; tipdb check reports "
                + "them as its schema error): tipdb migrate --repair recreates view figure_citations, index figures_by_place from "
                + "tipdb's definitions without losing a row\n", "\(result.stderr)")
            let migrate = try Tipdb.run(["migrate"], in: dir)
            #expect(migrate.stderr == result.stderr, "the same message: \(migrate.stderr)")
            #expect(try Tipdb.run(["migrate", "--repair"], in: dir).status == 0)
            let again = try Tipdb.run(["init"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == "tipdb.sqlite: schema version \(Migration.latestVersion), already up to date\n", "\(again.stdout)")
        }
    }

    @Test("a dropped index in a folder this user cannot write: the same message, exit 2", .enabled(if: ReadOnlyFileTests.canDropPrivileges))
    func readOnly() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try MigrateDamagedSchemaTests.sqlite("DROP INDEX figures_by_place;", in: dir)
            // Root ignores permissions: as root, init runs as nobody, for whom the folder is read-only.
            let command = getuid() == 0
                ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Tipdb.executable.path] : [Tipdb.executable.path]
            if getuid() != 0 { try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir.path) }
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path) }
            let result = try Tipdb.runProcess(URL(fileURLWithPath: command[0]), Array(command.dropFirst()) + ["init"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout == MigrateDamagedSchemaTests.damagedLine, "\(result.stdout)")
            #expect(result.stderr == "tipdb: error: tipdb.sqlite: the schema is current, but tipdb's index figures_by_place is missing "
                + "(dropped by another program, such as the sqlite3 shell; tipdb check reports it as its schema error): tipdb migrate "
                + "--repair recreates index figures_by_place from tipdb's definitions without losing a row\n", "\(result.stderr)")
        }
    }
}
