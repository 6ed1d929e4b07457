import Foundation
import Storage
import Testing

/// A rate above its base counts more people than live in the place: `1500` per 1,000 or
/// `250000` per 100,000 loaded as valid, where a share over 100 percent was refused. Now ingest
/// refuses such a value or bound at its cell, and check calls a row written with another tool an
/// error, as it does a share over 100 percent.
@Suite("ingest and check: a rate is at most its base (built binary)")
struct RateBoundTests {
    @Test("1500 per-1000, 250000 per-100000 and a high of 1200 per-1000 are refused at their cells; nothing is loaded")
    func refused() throws {
        try withTemporaryDirectory { dir in
            let result = try WorldPopulationBoundTests.ingest("""
                key,measure,value,low,high,unit,place,period,source
                rt1,forced-labour,1500,,,per-1000,FRA,2016,x
                rt2,forced-labour,250000,,,per-100000,DEU,2016,x
                rt3,forced-labour,900,800,1200,per-1000,ITA,2016,x

                """, as: "figures.csv", in: dir)
            #expect(result.status == 1)
            let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") }.map(String.init)
            #expect(errors == [
                "figures.csv:2:19: value: \"1500\" is more than the whole population (1,000 per 1,000); expected 0 to 1,000 (a count goes in persons, a rate per 100,000 in per-100000)",
                "figures.csv:3:19: value: \"250000\" is more than the whole population (100,000 per 100,000); expected 0 to 100,000 (a count goes in persons, a rate per 100,000 in per-100000)",
                "figures.csv:4:27: high: \"1200\" is more than the whole population (1,000 per 1,000); expected 0 to 1,000 (a count goes in persons, a rate per 100,000 in per-100000)",
            ], "\(result.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }

    @Test("the base itself loads; check calls a rate over its base written with SQL an error (exit 1)")
    func atTheBoundAndCheck() throws {
        try withTemporaryDirectory { dir in
            let load = try WorldPopulationBoundTests.ingest("""
                key,measure,value,unit,place,period,source
                all,forced-labour,1000,per-1000,FRA,2016,x
                some,forced-labour,3.4,per-1000,DEU,2016,x

                """, as: "figures.csv", in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let clean = try Tipdb.run(["check"], in: dir)
            #expect(!clean.stdout.contains("value-outside-unit"), "\(clean.stdout)")
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("UPDATE figures SET value = 1500 WHERE key = 'some'")
            db.close()
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 1, "\(check.stdout)")
            #expect(check.stdout.contains("some (more than the whole population of 1,000 in per-1000)"), "\(check.stdout)")
        }
    }
}
