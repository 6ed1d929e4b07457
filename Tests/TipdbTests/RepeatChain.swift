import Foundation
import Testing

/// The chain of repeats a lineage reviewer built (session 49): d1 (Jones 2016) repeats c1 (Smith
/// 2014), which repeats b1 (Agency B 2012), which repeats a1 (Agency A 2010, primary), loaded in
/// three batches (sources and f1.csv in batches 1 and 2, f2.csv in batch 3), with the files the
/// reviewer's steps load next.
enum RepeatChain {
    static let sources = """
        key,kind,title,authors,publisher,date
        srcA,report,Primary survey,,Agency A,2010
        srcB,report,Second report,,Agency B,2012
        srcC,article,Third article,Smith,,2014
        srcD,article,Blog post,Jones,,2016

        """
    static let header = "key,measure,value,unit,place,period,source,cites,method\n"
    static let f1 = header + """
        a1,trafficking-victims,"1,000,000",persons,WLD,2008,srcA,,estimated
        b1,trafficking-victims,1 million,persons,WLD,2008,srcB,a1,reported

        """
    static let f2 = header + """
        c1,trafficking-victims,1 million,persons,WLD,2008,srcC,b1,reported
        d1,trafficking-victims,1 million,persons,WLD,2008,srcD,c1,reported

        """
    /// b1 again with its cites cleared, as `retract`'s advice asks before a1 is withdrawn.
    static let b1WithoutCites = header + """
        b1,trafficking-victims,1 million,persons,WLD,2008,srcB,,reported

        """
    /// A second repeat of a1 (b2), and e1 changing b2's number: a1 has two repeaters.
    static let f3 = header + """
        b2,trafficking-victims,1 million,persons,WLD,2008,srcC,a1,reported
        e1,trafficking-victims,2 million,persons,WLD,2008,srcD,b2,reported

        """

    /// Writes `files` (name and text) into `dir`.
    static func write(_ files: [(String, String)], in dir: URL) throws {
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
    }

    /// A database in `dir` holding the chain d1 → c1 → b1 → a1.
    static func make(in dir: URL) throws {
        try write([("src.csv", sources), ("f1.csv", f1), ("f2.csv", f2)], in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let first = try Tipdb.run(["ingest", "--quiet", "src.csv", "f1.csv"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try Tipdb.run(["ingest", "--quiet", "f2.csv"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
    }

    /// The chain, then b1's cites cleared (batch 4) and a1 retracted (batch 5: "fabricated survey").
    static func makeWithdrawn(in dir: URL) throws {
        try make(in: dir)
        try write([("b1nocite.csv", b1WithoutCites)], in: dir)
        let cleared = try Tipdb.run(["ingest", "--quiet", "b1nocite.csv"], in: dir)
        #expect(cleared.status == 0, "\(cleared.stderr)")
        let retracted = try Tipdb.run(["retract", "a1", "--reason", "fabricated survey"], in: dir)
        #expect(retracted.status == 0, "\(retracted.stderr)")
    }

    /// The day a1 was retracted, as the messages give it (`2026-12-05`).
    static func retractionDay(in dir: URL) throws -> String {
        try RetractCommandTests.sql("SELECT substr(retracted_at, 1, 10) FROM figure_retractions WHERE figure = 'a1'", in: dir)
    }
}
