import Foundation
import Testing

/// Tags are separated by semicolons. `ILO;global,estimate` was stored as the tags `ilo` and
/// `global,estimate`, without a word, so a brief's `--tag global` and SQL on `figure_tags` missed
/// the figure; now the comma is refused at the tag that holds it, and lower-casing is documented.
@Suite("ingest: a tag holding a comma is refused; tags are stored in lower case (built binary)")
struct TagCommaTests {
    @Test("\"ILO;global,estimate\" is refused at the second tag, naming the tags to write; nothing is loaded")
    func commaRefused() throws {
        try withTemporaryDirectory { dir in
            let result = try WorldPopulationBoundTests.ingest("""
                key,measure,value,place,period,source,tags
                t1,forced-labour,100,FRA,2016,x,"ILO;global,estimate"

                """, as: "figures.csv", in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains(
                "figures.csv:2:38: tags: tag \"global,estimate\" holds a comma; expected tags separated by semicolons, as in \"global; estimate\""),
                "\(result.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.hasPrefix("n\n-\n0\n"))
        }
    }

    @Test("\"ILO; SDG-16.2.2; ilo\" is stored as the two tags ilo and sdg-16.2.2")
    func lowerCase() throws {
        try withTemporaryDirectory { dir in
            let result = try WorldPopulationBoundTests.ingest("""
                key,measure,value,place,period,source,tags
                t1,forced-labour,100,FRA,2016,x,ILO; SDG-16.2.2; ilo

                """, as: "figures.csv", in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let tags = try Tipdb.run(["sql", "--format", "csv", "SELECT tag FROM figure_tags ORDER BY tag"], in: dir)
            #expect(tags.stdout == "tag\r\nilo\r\nsdg-16.2.2\r\n", "\(tags.stdout)")
        }
    }
}
