import Foundation
import Storage
import Testing

/// `tipdb migrate --status` on a current schema another program damaged: it listed every
/// migration as applied, exit 0, where `tipdb migrate` says "current but damaged", exit 2 (an
/// operator's review, session 46). It now says so too, with the same exit code.
@Suite("migrate --status on a current but damaged schema (built binary)")
struct MigrateStatusDamagedSchemaTests {
    static let damage = "tipdb.sqlite: the schema is current, but tipdb's index figures_by_place is missing (dropped by another program, "
        + "such as the sqlite3 shell; tipdb check reports it as its schema error): tipdb migrate --repair recreates index "
        + "figures_by_place from tipdb's definitions without losing a row"

    @Test("migrate --status: the list, then the damaged line and what --repair does, exit 2; after --repair, the list alone and exit 0")
    func migrateStatus() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try MigrateDamagedSchemaTests.sqlite("DROP INDEX figures_by_place;", in: dir)
            let result = try Tipdb.run(["migrate", "--status"], in: dir)
            #expect(result.status == 2)
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == Migration.latestVersion + 2, "\(result.stdout)")
            #expect(lines.dropLast(2).allSatisfy { $0.hasPrefix("applied ") }, "\(result.stdout)")
            #expect(result.stdout.hasSuffix("\n" + MigrateDamagedSchemaTests.damagedLine), "\(result.stdout)")
            #expect(result.stderr == "tipdb: error: " + Self.damage + "\n", "\(result.stderr)")

            #expect(try Tipdb.run(["migrate", "--repair"], in: dir).status == 0)
            let again = try Tipdb.run(["migrate", "--status"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stderr.isEmpty, "\(again.stderr)")
            #expect(again.stdout.split(separator: "\n").count == Migration.latestVersion, "\(again.stdout)")
        }
    }
}
