import Foundation
import Testing

/// A link `tipdb check` calls a `repeat-before-original` error (b1's source redated to 2009,
/// before a1's 2010) is flagged by `report lineage` (text, Markdown, JSON) and the brief's "How
/// these numbers travel", the figures resting on it get a caution of their own, and b1's caution
/// names b1 as check's row does. Lineage said "Primary source reached" with no flag, JSON
/// `flags: []`, and c1 and d1 had no caution (review of session 49).
@Suite("lineage and brief flag a repeat dated before its original (built binary)")
struct LineageEarlyRepeatTests {
    static let redate = """
        key,kind,title,authors,publisher,date
        srcB,report,Second report,,Agency B,2009

        """
    static let flag = "b1 (Agency B 2009) repeats a1 (Agency A 2010), a figure first published "
        + "after it: tipdb check calls the link an error (repeat-before-original); its cites or a date is wrong, so the chain "
        + "from b1 on may credit the wrong original."

    private func makeEarly(in dir: URL) throws {
        try RepeatChain.make(in: dir)
        try RepeatChain.write([("redate.csv", Self.redate)], in: dir)
        let redated = try Tipdb.run(["ingest", "redate.csv"], in: dir)
        #expect(redated.stderr.contains("repeat-before-original"), "\(redated.stderr)")
    }

    @Test("text: a FLAG on the link, in the chain and under b1 in Repeated by")
    func text() throws {
        try withTemporaryDirectory { dir in
            try makeEarly(in: dir)
            let chain = try Tipdb.run(["report", "lineage", "d1"], in: dir)
            #expect(chain.status == 0, "\(chain.stderr)")
            #expect(chain.stdout.contains("Primary source reached: a1.\nFLAG: \(Self.flag)\n"), "\(chain.stdout)")
            let repeats = try Tipdb.run(["report", "lineage", "a1"], in: dir)
            #expect(repeats.stdout.contains("  b1 (Agency B 2009): 1 million, World, 2008\n    FLAG: \(Self.flag)\n"), "\(repeats.stdout)")
        }
    }

    @Test("JSON: a repeat-before-original flag naming the repeat and what it repeats")
    func json() throws {
        try withTemporaryDirectory { dir in
            try makeEarly(in: dir)
            let result = try Tipdb.run(["report", "lineage", "b1", "--format", "json"], in: dir)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let flags = (document["flags"] as? [[String: Any]]) ?? []
            #expect(flags.count == 1, "\(flags)")
            #expect(flags.first?["code"] as? String == "repeat-before-original")
            #expect(flags.first?["figure"] as? String == "b1")
            #expect(flags.first?["repeats"] as? String == "a1")
            #expect(flags.first?["text"] as? String == Self.flag)
        }
    }

    @Test("brief: the link's chains flagged, b1's caution names b1, and c1 and d1 get a caution of their own")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try makeEarly(in: dir)
            let result = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let row = "b1 (srcB, published 2009) cites a1 (srcA, published 2010)"
            let sentence = " Agency B 2009 repeats a figure of Agency A 2010 first published after it (\(row)): the database's own "
                + "checks flag the link as an error, since the figure it cites or a date is wrong, so this chain may credit the wrong original."
            #expect(result.stdout.contains("- **Flag:** 1 million (Agency B 2009 [2]) repeats Agency A 2010 [1]: an estimate for 2008.\(sentence)\n"),
                    "\(result.stdout)")
            #expect(result.stdout.contains("which repeats Agency A 2010 [1]: an estimate for 2008.\(sentence)\n"))
            #expect(result.stdout.contains("it repeats a figure first published after it: \(row) (repeat-before-original)"), "\(result.stdout)")
            for key in ["c1", "d1"] {
                #expect(result.stdout.contains(
                    "the figure 1 million (\(key)) rests on a link of its chain that cannot be right as stored: \(row), a repeat "
                        + "published before what it repeats (repeat-before-original). The database's own checks flag that link as an error; "
                        + "the chain may credit the wrong original. Do not cite the figure as resting on it until the link is corrected "
                        + "against the source."), "\(result.stdout)")
            }
        }
    }
}
