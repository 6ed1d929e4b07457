import Foundation
import Testing

/// `tipdb check`'s lineage-unsourced rows name the end of a chain only when it is another figure:
/// "X (chain ends at X)" told the reader nothing (review W10).
@Suite("check: a figure reported without a source, with and without a hop (built binary)")
struct CheckUnsourcedWordsTests {
    @Test("a reported figure citing nothing reads 'reported, cites nothing'; one repeating it names it as the chain's end")
    func unsourcedRows() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,publisher,date
                un-2012,statement,Statement,United Nations Office on Drugs and Crime,2012
                blog-2013,blog-post,Blog post,The Asia Foundation,2013

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method,cites
                share-rescued,trafficking-victims,1,percent,WLD,1995-2004,un-2012,reported,
                blog-share,trafficking-victims,1,percent,WLD,1995-2004,blog-2013,reported,share-rescued

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("""
                  blog-share (chain ends at share-rescued)
                  share-rescued (reported, cites nothing)

                """), "\(check.stdout)")
            #expect(!check.stdout.contains("share-rescued (chain ends at share-rescued)"))
        }
    }
}
