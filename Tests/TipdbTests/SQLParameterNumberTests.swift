import Foundation
import Testing

/// `?NNN` parameters may skip numbers: SQLite gives each skipped number a nameless slot, which
/// is not a plain `?` the user wrote.
@Suite("tipdb sql (built binary): ?NNN parameters that skip numbers")
struct SQLParameterNumberTests {
    @Test("?2 alone, ?1 with ?3, and ?3 in JSON bind to --param 2, 1 and 3, 3")
    func gaps() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let alone = try Tipdb.run(["sql", "SELECT ?2 AS v", "--format", "csv", "--param", "2=y"], in: dir)
            #expect(alone.status == 0, "\(alone.stderr)")
            #expect(alone.stdout == "v\r\ny\r\n")
            let two = try Tipdb.run(["sql", "SELECT ?1 AS a, ?3 AS b", "--format", "csv", "--param", "1=x", "--param", "3=y"], in: dir)
            #expect(two.status == 0, "\(two.stderr)")
            #expect(two.stdout == "a,b\r\nx,y\r\n")
            let json = try Tipdb.run(["sql", "SELECT ?3 AS v", "--format", "json", "--param", "3=y"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            #expect(json.stdout.contains("\"v\": \"y\""), "\(json.stdout)")
            // A ? in a string, a quoted name or a comment is no parameter.
            let quoted = try Tipdb.run(["sql", "SELECT '?' || ?2 AS \"why?\" -- really?\n /* ? */", "--format", "csv", "--param", "2=y"], in: dir)
            #expect(quoted.status == 0, "\(quoted.stderr)")
            #expect(quoted.stdout == "why?\r\n?y\r\n")
        }
    }

    @Test("a plain ? is still refused next to ?NNN, and a number the statement skips is unknown")
    func refusals() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let plain = try Tipdb.run(["sql", "SELECT ?, ?3", "--param", "3=y"], in: dir)
            #expect(plain.status == 1)
            #expect(plain.stderr == "tipdb: error: a plain ? parameter cannot be given by name; write ?1 or :name and pass --param 1=VALUE or --param name=VALUE\n")
            let skipped = try Tipdb.run(["sql", "SELECT ?2", "--param", "1=x", "--param", "2=y"], in: dir)
            #expect(skipped.status == 1)
            #expect(skipped.stderr == "tipdb: error: --param 1 does not match any parameter in the statement; expected one of its :name, @name, $name or ?NNN parameters\n")
            let missing = try Tipdb.run(["sql", "SELECT ?1, ?3", "--param", "1=x"], in: dir)
            #expect(missing.status == 1)
            #expect(missing.stderr == "tipdb: error: parameter ?3 has no value; pass --param 3=VALUE\n")
        }
    }
}
