import Foundation
import Storage
import Testing

/// A count of persons above the world's population loaded as valid: `1.2 trillion` persons was
/// stored as 1.2e12, and a JSON number of 20 digits was stored rounded, each then added into
/// every brief. Such a value (and such a bound) is now refused naming the bound; money and cases
/// are not held to it.
@Suite("ingest: more persons than live in the world are refused (built binary)")
struct WorldPopulationBoundTests {
    static let why = "is more people than live in the world (8.2 billion); expected at most 8,200,000,000 persons: check the number and its scale word (million, billion), and give a sum of money in USD"

    /// A new database, with source `x`, and `text` saved as `name` and ingested with it.
    static func ingest(_ text: String, as name: String, in dir: URL) throws -> ProcessResult {
        try IngestPartWarningTests.write("key,title,publisher\nx,Survey X,Institute X\n", "sources.csv", in: dir)
        try IngestPartWarningTests.write(text, name, in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        return try Tipdb.run(["ingest", "sources.csv", name], in: dir)
    }

    @Test("1.2 trillion persons, and a low or high above 8.2 billion, are refused at their cells; nothing is loaded")
    func csv() throws {
        try withTemporaryDirectory { dir in
            let refused = try Self.ingest("""
                key,measure,value,low,high,unit,place,period,source
                v32,forced-labour,1.2 trillion,,,persons,FRA,2021,x
                b1,forced-labour,8 billion,1 billion,9 billion,persons,WLD,2021,x
                ok,forced-labour,27.6 million,,,persons,WLD,2021,x

                """, as: "figures.csv", in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") }.map(String.init)
            #expect(errors == [
                "figures.csv:2:19: value: \"1.2 trillion\" \(Self.why)",
                "figures.csv:3:38: high: \"9 billion\" \(Self.why)",
            ], "\(refused.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }

    @Test("a JSON number of 20 digits is refused, not stored rounded")
    func json() throws {
        try withTemporaryDirectory { dir in
            let refused = try Self.ingest("""
                [{"key": "j1", "measure": "forced-labour", "value": 12345678901234567890, "place": "FRA", "period": "2021", "source": "x"}]

                """, as: "figures.json", in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.json:") }.map(String.init)
            #expect(errors == ["figures.json:1:53: value: \"12345678901234567890\" \(Self.why)"], "\(refused.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }

    @Test("8.2 billion persons is the bound itself and loads; money and cases are not held to it")
    func atTheBoundAndOtherUnits() throws {
        try withTemporaryDirectory { dir in
            let load = try Self.ingest("""
                key,measure,value,unit,place,period,source
                all,forced-labour,8.2 billion,persons,WLD,2021,x
                profits,forced-labour-profits,1.2 trillion,USD,WLD,2021,x
                offences,trafficking-offences,9 billion,cases,WLD,2021,x

                """, as: "figures.csv", in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT key, value FROM figures ORDER BY key", "--format", "csv"], in: dir).stdout
                == "key,value\r\nall,8200000000.0\r\noffences,9000000000.0\r\nprofits,1200000000000.0\r\n")
        }
    }

    /// Rows written by another tool (the sqlite3 shell, a script) were never held to the bound:
    /// check passed 1.2 trillion persons and the brief added it in without a word.
    @Test("check calls a count of persons above 8.2 billion written with another tool an error, at the value or a bound; the brief cautions about it; cases are not held to it")
    func rowsWrittenByOtherTools() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("UPDATE figures SET value = 1.2e12 WHERE key = 'ilo-2012-forced-labour-male-wld'")
            for (key, measure, value, high, unit) in [
                ("high-above", "trafficking-victims", 5e9, 9e9, "persons"), ("at-bound", "trafficking-victims", 8.2e9, 8.2e9, "persons"),
                ("offences", "trafficking-offences", 9e9, 9e9, "cases"),
            ] {
                try db.execute("""
                    INSERT INTO figures (key, measure, value, high, unit, place, period_start, period_end, source, batch_id, created_at, updated_at)
                    SELECT ?, ?, ?, ?, ?, 'WLD', '2016', '2016', source, batch_id, created_at, updated_at FROM figures LIMIT 1
                    """, [key, measure, value, high, unit])
            }
            db.close()
            let why = "more than the world's population of 8.2 billion in persons"
            let check = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(check.status == 1)
            let report = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
            let rows = (report?["findings"] as? [[String: Any]] ?? []).filter { $0["check"] as? String == "value-outside-unit" }
                .flatMap { $0["rows"] as? [String] ?? [] }
            #expect(rows == ["high-above (\(why))", "ilo-2012-forced-labour-male-wld (\(why))"], "\(check.stdout)")
            let text = try Tipdb.run(["check"], in: dir)
            #expect(text.stdout.contains("more persons than the world's population (8.2 billion)"), "\(text.stdout)")

            let brief = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("(ilo-2012-forced-labour-male-wld) cannot be right as stored: its number is one its unit cannot hold: \(why) (value-outside-unit)."), "\(brief.stdout)")
        }
    }
}
