import Foundation
import Testing

/// `tipdb check`'s `repeat-changed` names a repeat's number as one its original had before a
/// revision ("it repeats a superseded number") only when it was a number of the same figure: a
/// number the key held before a colleague's file reused it for another figure is no earlier
/// number of the figure the key holds now.
@Suite("check: a repeat of the number a key held before its reuse is no superseded number (built binary)")
struct KeyReuseRepeatTests {
    static let sources = """
        key,title,publisher,date,url
        rep,Report,Org,2019,https://example.org
        blog,A post,Blogger,2020,https://example.org/blog

        """
    static let header = "key,measure,value,place,period,source,cites,method\n"

    /// f1 held forced labour in Nepal (1.5 million) until a colleague's file reused it for
    /// trafficking victims (170,000), later revised to 180,000; r1 repeats the 1.5 million, r2 the 170,000.
    static func database(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(header + "f1,forced-labour,1500000,NPL,2016,rep,,estimated\n", "mine.csv", in: dir)
        try IngestPartWarningTests.write(header + "f1,trafficking-victims,170000,NPL,2016,rep,,estimated\n", "colleague.csv", in: dir)
        try IngestPartWarningTests.write(header + "f1,trafficking-victims,180000,NPL,2016,rep,,estimated\n", "revised.csv", in: dir)
        try IngestPartWarningTests.write(header + """
            r1,trafficking-victims,1500000,NPL,2016,blog,f1,reported
            r2,trafficking-victims,170000,NPL,2016,blog,f1,reported

            """, "repeats.csv", in: dir)
        for file in ["sources.csv", "mine.csv", "colleague.csv", "revised.csv", "repeats.csv"] {
            let load = try Tipdb.run(["ingest", "--quiet", file], in: dir)
            #expect(load.status == 0, "\(file): \(load.stderr)")
        }
    }

    /// The rows under check's warning `rule`.
    static func rows(_ rule: String, in check: String) -> [String] {
        check.components(separatedBy: "\n").drop { !$0.hasPrefix("warning: \(rule):") }.dropFirst()
            .prefix { $0.hasPrefix("  ") }.map { String($0.dropFirst(2)) }
    }

    @Test("r1 quotes the other figure's 1.5 million: a changed value, not a superseded one; r2's 170,000 is superseded")
    func repeatChanged() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(Self.rows("repeat-changed", in: check.stdout) == [
                "r1 repeats f1 with value 1500000, not 180000",
                "r2 repeats f1 with value 170000, not 180000 (it repeats an earlier number of f1: 170000, since revised to 180000)",
            ], "\(check.stdout)")
        }
    }
}
