import Foundation
import Testing

/// A number rounded again at each repeat drifts from its evidence though every link is a
/// rounding: the brief, `report lineage` and `tipdb check` compare the chain's first figure with
/// the one it ends at too (review of session 30, `RepeatChange.drifts`).
@Suite("Repeats that drift through a chain of roundings (built binary)")
struct RepeatDriftTests {
    private func makeDatabase(in dir: URL, lastValue: String) throws {
        try Tipdb.run(["init"], in: dir)
        try Data("""
            key,kind,title,publisher,date
            p1,report,Primary,Institute P,2018
            r1,article,Repeat one,Paper R,2019
            s1,article,Repeat two,Paper S,2020

            """.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data("""
            key,measure,value,unit,place,period,source,cites,method
            prim,forced-labour,2449000,persons,IND,2017,p1,,estimated
            rep-r,forced-labour,2.45 million,persons,IND,2017,r1,prim,reported
            rep-s,forced-labour,\(lastValue),persons,IND,2017,s1,rep-r,reported

            """.utf8).write(to: dir.appendingPathComponent("f.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("2,449,000 → 2.45 million → 2.5 million: each link a rounding, the chain a change, named once")
    func drift() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir, lastValue: "2.5 million")
            let brief = try Tipdb.run(["report", "brief"], in: dir)
            let sentence = "Paper S 2020 drifts from Institute P 2018 through the repeats between them, each a rounding of the one before: the number (2.5 million, not "
            #expect(brief.stdout.contains(sentence), "\(brief.stdout)")
            #expect(brief.stdout.components(separatedBy: "drifts from").count == 2, "\(brief.stdout)")
            #expect(!brief.stdout.contains("changes what it repeats"))

            let lineage = try Tipdb.run(["report", "lineage", "rep-s"], in: dir)
            #expect(lineage.stdout.contains("\nFLAG: " + sentence), "\(lineage.stdout)")
            let json = try Tipdb.run(["report", "lineage", "rep-s", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let flags = object?["flags"] as? [[String: Any]]
            #expect(flags?.map { $0["code"] as? String } == ["repeat-drifts"], "\(json.stdout)")
            #expect(flags?.first?["changes"] as? [String] == ["value"])

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains(
                "rep-s repeats prim through rep-r with value 2500000, not 2449000 (each repeat a rounding of the one before, the number no rounding of the first)"),
                "\(check.stdout)")
            #expect(!check.stdout.contains("rep-r repeats"), "\(check.stdout)")
        }
    }

    @Test("a chain whose end still rounds its start, and one whose link changes the number, raise no drift")
    func noDrift() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir, lastValue: "2.4 million")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("through rep-r"), "\(check.stdout)")
            #expect(!(try Tipdb.run(["report", "brief"], in: dir)).stdout.contains("drifts from"))
        }
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir, lastValue: "24 million")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("rep-s repeats rep-r with value 24000000, not 2450000"), "\(check.stdout)")
            #expect(!check.stdout.contains("through rep-r"), "\(check.stdout)")
        }
    }
}
