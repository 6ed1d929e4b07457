import Foundation
import Testing

/// An infinite REAL in `tipdb sql` JSON output: JSON has no infinity, and `null` would read as SQL NULL.
@Suite("tipdb sql: infinite REALs in JSON and NDJSON (built binary)")
struct SQLInfinityTests {
    @Test("json and ndjson write \"Infinity\" and \"-Infinity\", null only for NULL; csv keeps inf")
    func infinity() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let sql = "SELECT 1e999 AS up, -1e999 AS down, NULL AS missing, 2.5 AS real"
            let json = try Tipdb.run(["sql", "--format", "json", sql], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            #expect(json.stdout == "[\n  {\"up\": \"Infinity\", \"down\": \"-Infinity\", \"missing\": null, \"real\": 2.5}\n]\n", "\(json.stdout)")
            let ndjson = try Tipdb.run(["sql", "--format", "ndjson", sql], in: dir)
            #expect(ndjson.stdout == "{\"up\":\"Infinity\",\"down\":\"-Infinity\",\"missing\":null,\"real\":2.5}\n", "\(ndjson.stdout)")
            let csv = try Tipdb.run(["sql", "--format", "csv", sql], in: dir)
            #expect(csv.stdout == "up,down,missing,real\ninf,-inf,,2.5\n" || csv.stdout == "up,down,missing,real\r\ninf,-inf,,2.5\r\n", "\(csv.stdout)")
            let help = try Tipdb.run(["sql", "--help"], in: dir)
            #expect(help.stdout.replacingOccurrences(of: "\n", with: " ").contains("\"Infinity\""), "\(help.stdout)")
        }
    }
}
