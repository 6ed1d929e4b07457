import Foundation
import Testing

/// A repeat whose `cites` was cleared so that what it repeated could be retracted (retract's own
/// advice) keeps its trail: the clearing load notes it, and lineage, the brief's "How these
/// numbers travel" and check say the figure repeated the withdrawn one, when and why that went.
/// They said its origin "is unknown", and check advised adding back the cites retract had asked
/// to clear (review of session 49).
@Suite("lineage, brief and check name a repeat's withdrawn origin (built binary)")
struct WithdrawnOriginTests {
    @Test("the load clearing a repeat's cites notes it, at the cites cell")
    func clearingNote() throws {
        try withTemporaryDirectory { dir in
            try RepeatChain.make(in: dir)
            try RepeatChain.write([("b1nocite.csv", RepeatChain.b1WithoutCites)], in: dir)
            let result = try Tipdb.run(["ingest", "b1nocite.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains(
                "note: b1nocite.csv:2:56: cites: figure b1 cited a1 until this load, which clears it: b1 now ends its chain "
                    + "(method reported), and figure_revisions keeps the cites it had; if a1 is retracted, report lineage, "
                    + "briefs and check name it as b1's withdrawn origin\n"), "\(result.stderr)")
        }
    }

    @Test("report lineage: a FLAG and the sentence name a1, the batch that cleared the cites, and the retraction; JSON flag withdrawn-origin")
    func lineage() throws {
        try withTemporaryDirectory { dir in
            try RepeatChain.makeWithdrawn(in: dir)
            let day = try RepeatChain.retractionDay(in: dir)
            let text = try Tipdb.run(["report", "lineage", "d1"], in: dir)
            #expect(text.status == 0, "\(text.stderr)")
            let flag = "b1 repeated a1 (Agency A 2010) until batch 4 (b1nocite.csv) cleared its cites; a1 was retracted on \(day) "
                + "(batch 5: \"fabricated survey\"), so the number rests on a withdrawn figure, not on no source at all."
            #expect(text.stdout.contains("FLAG: the chain ends at a figure reported without a source.\nFLAG: \(flag)\n"), "\(text.stdout)")
            #expect(text.stdout.contains(
                "1 million (Jones 2016 [1]) repeats Smith 2014 [2], which repeats Agency B 2012 [3], which reports it without a "
                    + "source now: it repeated figure a1 (Agency A 2010) until batch 4, and a1 was retracted on \(day) (batch 5: "
                    + "\"fabricated survey\"); the chain ends without a primary estimate.\n"), "\(text.stdout)")

            let json = try Tipdb.run(["report", "lineage", "b1", "--format", "json"], in: dir)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let flags = (document["flags"] as? [[String: Any]]) ?? []
            let withdrawn = flags.first { $0["code"] as? String == "withdrawn-origin" }
            #expect(withdrawn?["figure"] as? String == "b1")
            #expect(withdrawn?["repeats"] as? String == "a1")
            #expect(withdrawn?["text"] as? String == flag, "\(flags)")
        }
    }

    @Test("the brief's lineage names the withdrawn origin instead of \"where it comes from is unknown\"")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try RepeatChain.makeWithdrawn(in: dir)
            let day = try RepeatChain.retractionDay(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let withdrawn = "it repeated figure a1 (Agency A 2010) until batch 4, and a1 was retracted on \(day) (batch 5: \"fabricated survey\")"
            #expect(brief.stdout.contains(
                "- **Flag:** Victims of trafficking in persons (estimated) in the world, 2008: 1 million (Agency B 2012 [2]) is "
                    + "reported without a source now: \(withdrawn); no primary estimate backs it.\n"), "\(brief.stdout)")
            #expect(brief.stdout.contains("which reports it without a source now: \(withdrawn); the chain ends without a primary estimate."))
            #expect(!brief.stdout.contains("where it comes from is unknown"), "\(brief.stdout)")
        }
    }

    @Test("check's lineage-unsourced rows say the end figure cited a withdrawn figure, and the advice is not to add the cites back")
    func check() throws {
        try withTemporaryDirectory { dir in
            try RepeatChain.makeWithdrawn(in: dir)
            let day = try RepeatChain.retractionDay(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            let history = "cited a1 until batch 4 (b1nocite.csv), and a1 was retracted on \(day) (batch 5: \"fabricated survey\")"
            #expect(check.stdout.contains("  b1 (reported, cites nothing; it \(history))\n"), "\(check.stdout)")
            #expect(check.stdout.contains("  c1 (chain ends at b1, which \(history))\n"), "\(check.stdout)")
            #expect(check.stdout.contains("  d1 (chain ends at b1, which \(history))\n"), "\(check.stdout)")
            #expect(check.stdout.contains(
                "where the row says it cited a figure since retracted, cite what its source really repeated, or retract it too"), "\(check.stdout)")
        }
    }

    @Test("figure_lineage names the withdrawn figure in withdrawn_origin, its last column; NULL once the key holds another figure")
    func view() throws {
        try withTemporaryDirectory { dir in
            try RepeatChain.makeWithdrawn(in: dir)
            // status stays unsourced (a query on it finds the same rows); the new last column says why.
            let query = "SELECT figure, status, primary_figure, withdrawn_origin FROM figure_lineage ORDER BY figure"
            #expect(try RetractCommandTests.sql(query, in: dir) == "b1,unsourced,b1,a1\nc1,unsourced,b1,a1\nd1,unsourced,b1,a1")
            let columns = try RetractCommandTests.sql("SELECT name FROM pragma_table_info('figure_lineage') ORDER BY cid DESC LIMIT 2", in: dir)
            #expect(columns == "withdrawn_origin\nprimary_form")
            // The key reused for another figure (another place): no longer the repeat of a1, as lineage and check have it.
            try RepeatChain.write([("b1gbr.csv", RepeatChain.header + "b1,trafficking-victims,1 million,persons,GBR,2008,srcB,,reported\n")], in: dir)
            let moved = try Tipdb.run(["ingest", "--quiet", "b1gbr.csv"], in: dir)
            #expect(moved.status == 0, "\(moved.stderr)")
            #expect(try RetractCommandTests.sql(query, in: dir) == "b1,unsourced,b1,\nc1,unsourced,b1,\nd1,unsourced,b1,")
            #expect(try Tipdb.run(["check"], in: dir).stdout.contains("  b1 (reported, cites nothing)\n"))
        }
    }
}
