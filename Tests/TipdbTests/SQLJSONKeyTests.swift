import Foundation
import Testing

/// JSON and NDJSON objects of `tipdb sql` need one key per column, or a JSON reader keeps one of two.
@Suite("tipdb sql: one JSON key per column (built binary)")
struct SQLJSONKeyTests {
    @Test("a repeated name is numbered after its first use, skipping a number another column's name takes")
    func numbered() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let sql = "SELECT 1 AS key, 2 AS key, 3 AS \"key:2\", 4 AS key"
            let json = try Tipdb.run(["sql", "--format", "json", sql], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            #expect(json.stdout == "[\n  {\"key\": 1, \"key:3\": 2, \"key:2\": 3, \"key:4\": 4}\n]\n", "\(json.stdout)")
            let ndjson = try Tipdb.run(["sql", "--format", "ndjson", sql], in: dir)
            #expect(ndjson.stdout == "{\"key\":1,\"key:3\":2,\"key:2\":3,\"key:4\":4}\n", "\(ndjson.stdout)")
            let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Int]]
            #expect(parsed?.first?.count == 4)
        }
    }
}
