import Foundation
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
}
