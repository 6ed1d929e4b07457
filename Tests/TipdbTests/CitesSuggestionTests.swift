import Foundation
import Testing

/// A `cites` naming no figure gets the closest keys, as an unknown source does and `report
/// lineage` does for an unknown key; it got "unknown figure" alone (review of session 49).
@Suite("ingest: did you mean for a dangling cites (built binary)")
struct CitesSuggestionTests {
    @Test("a case slip and a long key mistyped get the nearest keys; nothing close, no question")
    func suggestions() throws {
        try withTemporaryDirectory { dir in
            try RepeatChain.make(in: dir)
            let typo = RepeatChain.header + """
                t1,trafficking-victims,1 million,persons,WLD,2008,srcD,A1,reported
                t2,trafficking-victims,1 million,persons,WLD,2008,srcD,unodc-2012-traficked-wld,reported
                t3,trafficking-victims,1 million,persons,WLD,2008,srcD,nothing-like-it,reported
                u1,trafficking-victims,1 million,persons,WLD,2008,srcD,,reported

                """
            let long = RepeatChain.header + """
                unodc-2012-trafficked-wld,trafficking-victims,1 million,persons,WLD,2008,srcB,,estimated

                """
            try RepeatChain.write([("typo.csv", typo), ("long.csv", long)], in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "long.csv"], in: dir).status == 0)
            let result = try Tipdb.run(["ingest", "typo.csv"], in: dir)
            #expect(result.status == 1)
            let expected = "Expected the key of a figure in the database or in this command\n"
            #expect(result.stderr.contains("typo.csv:2:56: cites: unknown figure \"A1\"; did you mean \"a1\", \"b1\" or \"c1\"? \(expected)"),
                    "\(result.stderr)")
            #expect(result.stderr.contains(
                "typo.csv:3:56: cites: unknown figure \"unodc-2012-traficked-wld\"; did you mean \"unodc-2012-trafficked-wld\"? \(expected)"),
                    "\(result.stderr)")
            #expect(result.stderr.contains(
                "typo.csv:4:56: cites: unknown figure \"nothing-like-it\"; expected the key of a figure in the database or in this command\n"),
                    "\(result.stderr)")
        }
    }
}
