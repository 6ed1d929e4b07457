import Foundation
import Testing

/// `report lineage`'s "Repeated by" (text and Markdown) draws each figure under the figure it
/// cites. Listed by depth, c1 (which cites b1) stood under b2, and d1's faithful 1 million
/// under e1's flagged 2 million, citations that do not exist (review of session 49). The JSON
/// keeps its list nearest first (`LineageAllRepeatersTests`).
@Suite("report lineage: Repeated by as a tree (built binary)")
struct LineageTreeTests {
    private func makeTree(in dir: URL) throws {
        try RepeatChain.make(in: dir)
        try RepeatChain.write([("f3.csv", RepeatChain.f3)], in: dir)
        #expect(try Tipdb.run(["ingest", "--quiet", "f3.csv"], in: dir).status == 0)
    }

    @Test("text: c1 under b1, d1 under c1, e1 and its FLAG under b2")
    func text() throws {
        try withTemporaryDirectory { dir in
            try makeTree(in: dir)
            let result = try Tipdb.run(["report", "lineage", "a1"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let repeated = """
                Repeated by:
                  b1 (Agency B 2012): 1 million, World, 2008
                    c1 (Smith 2014): 1 million, World, 2008
                      d1 (Jones 2016): 1 million, World, 2008
                  b2 (Smith 2014): 1 million, World, 2008
                    e1 (Jones 2016): 2 million, World, 2008
                      FLAG: Jones 2016 changes what it repeats from Smith 2014: the number (2 million, not 1 million).

                References:
                """
            #expect(result.stdout.contains(repeated), "\(result.stdout)")
        }
    }

    @Test("Markdown: each list item nested in the item of the figure it cites")
    func markdown() throws {
        try withTemporaryDirectory { dir in
            try makeTree(in: dir)
            let result = try Tipdb.run(["report", "lineage", "a1", "--format", "md"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let repeated = """
                ## Repeated by

                - **b1** (Agency B 2012): 1 million, World, 2008
                  - **c1** (Smith 2014): 1 million, World, 2008
                    - **d1** (Jones 2016): 1 million, World, 2008
                - **b2** (Smith 2014): 1 million, World, 2008
                  - **e1** (Jones 2016): 2 million, World, 2008
                    - **FLAG:** Jones 2016 changes what it repeats from Smith 2014: the number (2 million, not 1 million).

                """
            #expect(result.stdout.contains(repeated), "\(result.stdout)")
        }
    }
}
