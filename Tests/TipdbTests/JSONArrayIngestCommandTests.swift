import Foundation
import Storage
import Testing

@Suite("tipdb ingest: a JSON array read one element at a time (built binary)")
struct JSONArrayIngestCommandTests {
    /// A JSON array of `count` figures citing `bench-source-0` ... `bench-source-4`, one object per
    /// line (line `index + 2`), with `last` in place of the last object when given.
    private func figures(_ count: Int, last: String? = nil) -> String {
        var objects = (0..<count).map { index in
            #"{"key": "a-\#(index)", "measure": "forced-labour", "value": \#(10 + index), "place": "WLD", "period": "2016", "source": "bench-source-\#(index % 5)"}"#
        }
        if let last { objects[count - 1] = last }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    @Test("an array of 5,000 figures (several 64 KB chunks) loads; one broken in its last element is refused at its position, exit 1, database unchanged")
    func largeArray() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try LargeFile.sources(at: dir.appendingPathComponent("sources.csv"))
            #expect(try Tipdb.run(["ingest", "sources.csv"], in: dir).status == 0)
            try Data(figures(5_000).utf8).write(to: dir.appendingPathComponent("figures.json"))
            let loaded = try Tipdb.run(["ingest", "figures.json"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            // Each of the five sources gives one figure (WLD, 2016) 1,000 times: same-figure-twice warns once per source.
            #expect(loaded.stdout.hasPrefix("figures.json: 5000 read, 5000 inserted, 0 updated, 0 unchanged, 0 rejected, 5 warnings (batch "))
            #expect(loaded.stderr.contains("note: figures.json: kind figures from the field names"))

            let broken = #"{"key": "b-4999", "measure": "forced-labour", "value": 1 2, "place": "WLD"}"#
            try Data(figures(5_000, last: broken).replacingOccurrences(of: "\"a-", with: "\"b-").utf8)
                .write(to: dir.appendingPathComponent("broken.json"))
            let database = dir.appendingPathComponent("tipdb.sqlite")
            let refused = try Tipdb.run(["ingest", "broken.json"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("broken.json:5001:58: expected ',' or '}' after an object member, found '2'\n"), "\(refused.stderr)")
            let db = try Database(path: database.path, mode: .readOnly)
            #expect(try db.integer("SELECT count(*) FROM figures") == 5_000)
            #expect(try db.integer("SELECT count(*) FROM figures WHERE key LIKE 'b-%'") == 0)
        }
    }

    @Test("an x_ number whose power of ten does not fit in an Int loads, and loads again changed, without stopping tipdb")
    func hugeExponentExtra() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data("key,kind,title,publisher,date\nsrc,report,A report,A publisher,2020\n".utf8).write(to: dir.appendingPathComponent("sources.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            func load(_ extra: String) throws -> ProcessResult {
                try Data(#"[{"key": "f1", "measure": "forced-labour", "value": 5, "place": "FRA", "period": "2019", "source": "src", "x_n": \#(extra)}]"#.utf8)
                    .write(to: dir.appendingPathComponent("figures.json"))
                return try Tipdb.run(["ingest", "--quiet", "figures.json"], in: dir)
            }
            #expect(try load("1").status == 0)
            // Comparing the stored 1 with this one added to its exponent past Int.max: the process
            // stopped with "arithmetic overflow" (exit 132), and so did every later load of f1.
            for extra in ["100e9223372036854775806", "1e99999999999999999999", "1"] {
                let result = try load(extra)
                #expect(result.status == 0, "\(extra): \(result.stderr.prefix(300))")
            }
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT extra FROM figures WHERE key = 'f1'"], in: dir)
            #expect(stored.stdout.contains(#"{""x_n"":1}"#), "\(stored.stdout)")
        }
    }
}
