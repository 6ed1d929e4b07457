import Foundation
import Testing

/// `tipdb sql` naming a table or view that does not exist suggests the closest one, as `tipdb
/// schema NAME` does (user walkthrough of session 33: `latest_estimate` got SQLite's bare "no such
/// table").
@Suite("tipdb sql: an unknown table or view gets the closest name (built binary)")
struct SQLUnknownTableTests {
    @Test("latest_estimate is asked about latest_estimates; a name near nothing gets SQLite's message alone")
    func suggestion() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let near = try Tipdb.run(["sql", "SELECT * FROM latest_estimate"], in: dir)
            #expect(near.status == 1)
            #expect(near.stderr == """
                tipdb: error: no such table: latest_estimate (SQLITE_ERROR, extended code 1) in `SELECT * FROM latest_estimate`; \
                did you mean "latest_estimates"? (tipdb schema lists the tables and views)

                """, "\(near.stderr)")
            let far = try Tipdb.run(["sql", "SELECT * FROM zzqqxx"], in: dir)
            #expect(far.status == 1)
            #expect(far.stderr == "tipdb: error: no such table: zzqqxx (SQLITE_ERROR, extended code 1) in `SELECT * FROM zzqqxx`\n", "\(far.stderr)")
        }
    }
}
