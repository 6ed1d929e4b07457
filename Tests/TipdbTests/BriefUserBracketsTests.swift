import Foundation
import Testing

/// Brackets that come with the data are text, never a citation: a retraction's reason and a
/// publisher's name reach the data gaps and lineage lines, which carry tipdb's own `[n]`, and a
/// user's `[3]` was linked to reference 3 in HTML and left as a citation in Markdown. And a scope
/// whose figures `tipdb retract` withdrew, all of them, says so rather than "no figures match".
@Suite("The brief's citations are tipdb's alone; a scope retract emptied says so (built binary)")
struct BriefUserBracketsTests {
    static let reason = "duplicate of row [3] in the 2024 table"
    static let blogKey = RetractCommandTests.blogKey

    static let sources = """
        key,kind,title,publisher,date
        ilo-2005,report,A global alliance against forced labour,International Labour Office,2005
        unodc-2020,report,Global Report on Trafficking in Persons 2020,UNODC,2021
        news-2013,news,Trafficking [2] today,Daily News [2],2013

        """

    /// A primary estimate, a newspaper's repeat of it (whose publisher's name holds a `[2]`), and
    /// a figure to withdraw.
    static let figures = """
        measure,value,place,period,source,quote,notes,cites
        forced-labour,12.3 million,World,1995-2004,ilo-2005,at least 12.3 million people are victims of forced labour,Minimum estimate,
        forced-labour,12 million,World,1995-2004,news-2013,12 million,,ilo-2005:forced-labour:WLD:1995-2004
        detected-trafficking-victims,2.4 million,World,2012,unodc-2020,2.4 million according to the United Nations,typed from the blog,

        """

    private func brief(_ format: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--format", format], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("a retraction's reason and a publisher's name with [n] print as written: escaped in Markdown, not linked in HTML, unchanged in JSON")
    func bracketsInUserText() throws {
        try withTemporaryDirectory { dir in
            try RetractCommandTests.makeDatabase(in: dir, sources: Self.sources, figures: Self.figures)
            let retract = try Tipdb.run(["retract", Self.blogKey, "--reason", Self.reason], in: dir)
            #expect(retract.status == 0, "\(retract.stderr)")
            let date = try RetractCommandTests.sql("SELECT substr(retracted_at, 1, 10) FROM figure_retractions", in: dir)

            let md = try brief("md", in: dir)
            #expect(md.contains("""

                - 1 figure matching this brief's filters was withdrawn with tipdb retract and is not in it: \(Self.blogKey) \
                (batch 3, \(date): "duplicate of row \\[3\\] in the 2024 table"). tipdb sql "SELECT figure, retracted\\_at, \
                reason, previous FROM figure\\_retractions ORDER BY figure" lists every withdrawn figure with its last values.

                """), "\(md)")
            // tipdb's own citations stay [n] beside the publisher's [2].
            #expect(md.contains("\n- 12 million (Daily News \\[2\\] 2013 [2]) repeats ILO 2005 [1] (12.3 million): an estimate for 1995-2004.\n"), "\(md)")

            let html = try brief("html", in: dir)
            #expect(html.contains("""

                <li>1 figure matching this brief&#39;s filters was withdrawn with tipdb retract and is not in it: \(Self.blogKey) \
                (batch 3, \(date): &quot;duplicate of row [3] in the 2024 table&quot;). tipdb sql &quot;SELECT figure, retracted_at, \
                reason, previous FROM figure_retractions ORDER BY figure&quot; lists every withdrawn figure with its last values.</li>

                """), "\(html)")
            #expect(html.contains("""
                >12 million (Daily News [2] 2013 <a id="cite-2" href="#ref-2" aria-label="Reference 2: Daily News [2] 2013">[2]</a>) \
                repeats ILO 2005 <a href="#ref-1" aria-label="Reference 1: ILO 2005">[1]</a> \
                (12.3 million): an estimate for 1995-2004.</li>

                """), "\(html)")
            // The brief cites two sources: nothing may point at a third.
            #expect(!html.contains("#ref-3"), "\(html)")
            // A sentence built as a String around a cited text would print the struct.
            #expect(!md.contains("CitedText(") && !html.contains("CitedText("))

            let json = try JSONSerialization.jsonObject(with: Data(try brief("json", in: dir).utf8)) as? [String: Any] ?? [:]
            let gaps = json["gaps"] as? [String: Any] ?? [:]
            #expect((gaps["sentences"] as? [String])?.last == """
                1 figure matching this brief's filters was withdrawn with tipdb retract and is not in it: \(Self.blogKey) \
                (batch 3, \(date): "duplicate of row [3] in the 2024 table"). tipdb sql "SELECT figure, retracted_at, \
                reason, previous FROM figure_retractions ORDER BY figure" lists every withdrawn figure with its last values.
                """)
            let batches = (gaps["retracted"] as? [String: Any])?["batches"] as? [[String: Any]]
            #expect(batches?.first?["reason"] as? String == Self.reason)
            let lineage = json["lineage"] as? [[String: Any]]
            #expect(lineage?.first?["text"] as? String == "12 million (Daily News [2] 2013 [2]) repeats ILO 2005 [1] (12.3 million): an estimate for 1995-2004.")
        }
    }

    static let oneWithdrawn = "1 figure matches --measure detected-trafficking-victims, but it was withdrawn with tipdb retract, "
        + "so there is nothing to report; tipdb sql \"SELECT figure, retracted_at, reason, previous FROM figure_retractions "
        + "ORDER BY figure\" lists it with its reason and last values"

    @Test("a scope whose figures were all withdrawn says how many and how to list them, at the empty scope's exit code 1, and writes nothing")
    func allWithdrawn() throws {
        try withTemporaryDirectory { dir in
            try RetractCommandTests.makeDatabase(in: dir, sources: Self.sources, figures: Self.figures)
            #expect(try Tipdb.run(["retract", Self.blogKey, "--reason", Self.reason], in: dir).status == 0)

            let md = try Tipdb.run(["report", "brief", "--measure", "detected-trafficking-victims", "-o", "out.md"], in: dir)
            #expect(md.status == 1)
            #expect(md.stderr == "tipdb: error: \(Self.oneWithdrawn)\n")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.md").path))
            let json = try Tipdb.run(["report", "brief", "--measure", "detected-trafficking-victims", "--format", "json"], in: dir)
            #expect(json.status == 1)
            let error = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            #expect(error?["error"] as? String == Self.oneWithdrawn)
            #expect(error?["exitCode"] as? Int == 1)
            let sources = try Tipdb.run(["report", "sources", "--measure", "detected-trafficking-victims"], in: dir)
            #expect(sources.status == 1)
            #expect(sources.stderr == "tipdb: error: \(Self.oneWithdrawn)\n")

            // A scope with nothing ever loaded still says that, and a scope with figures left is a brief.
            let france = try Tipdb.run(["report", "brief", "--place", "France"], in: dir)
            #expect(france.status == 1)
            #expect(france.stderr.hasPrefix("tipdb: error: no figures match --place France; "), "\(france.stderr)")
            #expect(try Tipdb.run(["report", "brief", "--measure", "forced-labour"], in: dir).status == 0)

            // Every figure withdrawn, and no filters: said of the database file, as for one with no figures yet.
            let rest = ["ilo-2005:forced-labour:WLD:1995-2004", "news-2013:forced-labour:WLD:1995-2004"]
            let all = try Tipdb.run(["retract"] + rest + ["--reason", "test data"], in: dir)
            #expect(all.status == 0, "\(all.stderr)")
            let empty = try Tipdb.run(["report", "brief"], in: dir)
            #expect(empty.status == 1)
            #expect(empty.stderr == "tipdb: error: tipdb.sqlite: 3 figures were loaded, but all were withdrawn with tipdb retract, "
                + "so there is nothing to report; tipdb sql \"SELECT figure, retracted_at, reason, previous FROM figure_retractions "
                + "ORDER BY figure\" lists them with their reasons and last values\n")
        }
    }
}
