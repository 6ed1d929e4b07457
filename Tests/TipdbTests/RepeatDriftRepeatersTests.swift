import Foundation
import Testing

/// A drift (each repeat a rounding of the one before, the end no rounding of the start) is
/// flagged wherever the drifting repeat is listed: under "Repeated by" (text, Markdown, JSON
/// `repeatedBy`), and in a longer chain whose first link changes the number, as `tipdb check`
/// tests each repeat's own chain (review of session 45).
@Suite("drifts under Repeated by and below a changed link (built binary)")
struct RepeatDriftRepeatersTests {
    /// 2,449,000 → 2.45 million (Smith 2019a) → 2.5 million (Smith 2019b) → 2.5 million (Jones
    /// 2020) → 3 million (Lee 2021).
    private func makeDatabase(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write("""
            key,kind,title,authors,publisher,date
            stats,dataset,Official statistics,,Nepal Statistics Office,2018-01
            smith-a,report,Forced labour in Nepal,"Smith, John",Kathmandu Press,2019-03
            smith-b,report,Trafficking in Nepal revisited,"Smith, John",Kathmandu Press,2019-09
            jones,article,Numbers that travel,"Jones, Amy",Policy Journal,2020-05
            blog,blog-post,A blog about numbers,"Lee, Kim",Blogspot,2021-02

            """, "sources.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,unit,place,period,source,cites,quote
            stats-fl,forced-labour,"2,449,000",persons,NPL,2017,stats,,
            smith-a-fl,forced-labour,2.45 million,persons,NPL,2017,smith-a,stats-fl,2.45 million
            smith-b-fl,forced-labour,2.5 million,persons,NPL,2017,smith-b,smith-a-fl,2.5 million
            jones-fl,forced-labour,2.5 million,persons,NPL,2017,jones,smith-b-fl,2.5 million
            blog-fl,forced-labour,3 million,persons,NPL,2017,blog,jones-fl,3 million

            """, "figures.csv", in: dir)
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private static func drift(_ label: String) -> String {
        "\(label) drifts from Nepal Statistics Office 2018 through the repeats between them, each a rounding of the one before: the number (2.5 million, not 2.449 million)."
    }

    private static let change = "Lee 2021 changes what it repeats from Jones 2020: the number (3 million, not 2.5 million)."

    @Test("each repeat listed under Repeated by carries its own drift, in text, Markdown and JSON")
    func repeatedBy() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let text = try Tipdb.run(["report", "lineage", "stats-fl"], in: dir)
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.contains("""
                Repeated by:
                  smith-a-fl (Smith 2019a): 2.45 million, Nepal, 2017
                    smith-b-fl (Smith 2019b): 2.5 million, Nepal, 2017
                      FLAG: \(Self.drift("Smith 2019b"))
                      jones-fl (Jones 2020): 2.5 million, Nepal, 2017
                        FLAG: \(Self.drift("Jones 2020"))
                        blog-fl (Lee 2021): 3 million, Nepal, 2017
                          FLAG: \(Self.change)

                """), "\(text.stdout)")

            let md = try Tipdb.run(["report", "lineage", "stats-fl", "--format", "md"], in: dir)
            #expect(md.stdout.contains("""
                  - **smith-b-fl** (Smith 2019b): 2.5 million, Nepal, 2017
                    - **FLAG:** \(Self.drift("Smith 2019b"))
                    - **jones-fl** (Jones 2020): 2.5 million, Nepal, 2017
                      - **FLAG:** \(Self.drift("Jones 2020"))

                """), "\(md.stdout)")

            let json = try Tipdb.run(["report", "lineage", "stats-fl", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let repeats = try #require(object?["repeatedBy"] as? [[String: Any]])
            let flags = repeats.map { ($0["key"] as? String ?? "", ($0["flags"] as? [[String: Any]])?.map { $0["code"] as? String ?? "" } ?? []) }
            #expect(flags.map(\.0) == ["smith-a-fl", "smith-b-fl", "jones-fl", "blog-fl"])
            #expect(flags.map(\.1) == [[], ["repeat-drifts"], ["repeat-drifts"], ["repeat-changes"]], "\(json.stdout)")
            let jones = (repeats[2]["flags"] as? [[String: Any]])?.first
            #expect(jones?["text"] as? String == Self.drift("Jones 2020"))
            #expect(jones?["figure"] as? String == "jones-fl")
            #expect(jones?["repeats"] as? String == "stats-fl")
            #expect(jones?["changes"] as? [String] == ["value"])
        }
    }

    @Test("a repeat listed under a figure its chain passes through is tested to the chain's own end")
    func ownChainBeyondTheFigure() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let text = try Tipdb.run(["report", "lineage", "smith-a-fl"], in: dir)
            #expect(text.stdout.contains("""
                Repeated by:
                  smith-b-fl (Smith 2019b): 2.5 million, Nepal, 2017
                    FLAG: \(Self.drift("Smith 2019b"))

                """), "\(text.stdout)")
        }
    }

    @Test("a chain whose first link changes the number still flags the drift below it: lineage, JSON and the brief")
    func driftBelowAChange() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let text = try Tipdb.run(["report", "lineage", "blog-fl"], in: dir)
            #expect(text.stdout.contains("\nFLAG: \(Self.change)\nFLAG: \(Self.drift("Jones 2020"))\n"), "\(text.stdout)")

            let json = try Tipdb.run(["report", "lineage", "blog-fl", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let flags = try #require(object?["flags"] as? [[String: Any]])
            #expect(flags.map { $0["code"] as? String } == ["repeat-changes", "repeat-drifts"], "\(json.stdout)")
            #expect(flags.last?["figure"] as? String == "jones-fl")
            #expect(flags.last?["repeats"] as? String == "stats-fl")

            let md = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(md.stdout.contains(
                "- **Flag:** 3 million (Lee 2021 [2]) repeats Jones 2020 [3] (2.5 million), which repeats Smith 2019b [4], which repeats Smith 2019a [5] (2.45 million), "
                    + "which repeats Nepal Statistics Office 2018 [1] (2.449 million): an estimate for 2017. \(Self.change) \(Self.drift("Jones 2020"))\n"),
                "\(md.stdout)")
            let html = try Tipdb.run(["report", "brief", "--format", "html"], in: dir)
            #expect(html.stdout.contains("\(Self.change) \(Self.drift("Jones 2020"))</li>"), "\(html.stdout)")
        }
    }

    @Test("a drift is named once, at the figure nearest the chain's start whose own chain drifts")
    func namedOnce() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let text = try Tipdb.run(["report", "lineage", "jones-fl"], in: dir)
            #expect(text.stdout.contains("\nFLAG: \(Self.drift("Jones 2020"))\n"), "\(text.stdout)")
            #expect(!text.stdout.contains("Smith 2019b drifts"), "\(text.stdout)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("jones-fl repeats stats-fl through smith-b-fl, smith-a-fl with value 2500000, not 2449000"), "\(check.stdout)")
            #expect(check.stdout.contains("smith-b-fl repeats stats-fl through smith-a-fl with value 2500000, not 2449000"), "\(check.stdout)")
        }
    }
}
