import Foundation
import Testing

/// "Repeated by" lists every repeat, however many links away: it stopped at 100 without a word,
/// though the 101st repeat's own lineage reaches the figure (review of session 45).
@Suite("report lineage: every repeat past 100 links (built binary)")
struct LineageAllRepeatersTests {
    @Test("a chain of 102 repeats lists all 102, in text and JSON, the last 102 links in")
    func pastOneHundred() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            var sources = "key,kind,title,authors,publisher,date\n"
            var figures = "key,measure,value,unit,place,period,source,cites\n"
            for index in 0...102 {
                sources += "s\(index),article,T\(index),\"Auth\(String(format: "%03d", index)), X\",P,\(1900 + index)-01\n"
                figures += "f\(index),forced-labour,1000,persons,NPL,1899,s\(index),\(index == 0 ? "" : "f\(index - 1)")\n"
            }
            try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            _ = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n FROM figures"], in: dir).stdout == "n\r\n103\r\n")
            let text = try Tipdb.run(["report", "lineage", "f0"], in: dir)
            #expect(text.status == 0, "\(text.stderr)")
            let repeaters = text.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains(" (Auth") }
            #expect(repeaters.count == 102, "\(text.stdout)")
            #expect(text.stdout.contains("\n" + String(repeating: "  ", count: 101) + "  f102 (Auth102 2002): 1,000, Nepal, 1899\n"), "\(text.stdout.suffix(2000))")
            let json = try Tipdb.run(["report", "lineage", "f0", "--format", "json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let repeatedBy = object?["repeatedBy"] as? [[String: Any]] ?? []
            #expect(repeatedBy.count == 102)
            #expect(repeatedBy.last?["key"] as? String == "f102" && repeatedBy.last?["depth"] as? Int == 102)
        }
    }

    /// In text each figure is drawn under the figure it cites (a2 under a, not under b: session 49).
    @Test("repeats citing one figure are listed by key, each under the figure it cites")
    func branches() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date\nmse,report,Estimate,Institute,2019\nnews,news,Again,Daily,2020\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,cites
                root,forced-labour,900,persons,AUT,2019,mse,
                b,forced-labour,900,persons,AUT,2019,news,root
                a,forced-labour,900,persons,AUT,2019,news,root
                b2,forced-labour,900,persons,AUT,2019,news,b
                a2,forced-labour,900,persons,AUT,2019,news,a

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let text = try Tipdb.run(["report", "lineage", "root"], in: dir)
            #expect(text.stdout.contains("""
                Repeated by:
                  a (Daily 2020): 900, Austria, 2019
                    a2 (Daily 2020): 900, Austria, 2019
                  b (Daily 2020): 900, Austria, 2019
                    b2 (Daily 2020): 900, Austria, 2019

                """), "\(text.stdout)")
        }
    }
}
