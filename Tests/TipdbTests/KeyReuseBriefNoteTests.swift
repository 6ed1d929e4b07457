import Foundation
import Testing

/// A brief that cites a figure whose key held another figure in an earlier batch says so in the
/// figure's note: a reader holding an older brief that cites the same key would otherwise take
/// the two for one figure revised.
@Suite("briefs note a key that held another figure until a batch (built binary)")
struct KeyReuseBriefNoteTests {
    static let note = "Key f1 held another figure until batch 3 (Forced labour, Nepal, 2016); a brief made before then that cites f1 cites that figure."

    @Test("Markdown: the figure's row has a note that names what the key held and until which batch")
    func markdown() throws {
        try withTemporaryDirectory { dir in
            #expect(try KeyReuseTests.reused(in: dir).status == 0)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains("""
                | Figure | Range | Place | Reference period | Subgroup | Method | Source | Note | Key |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                | 170,000 |  | Nepal | 2016 | all | estimated | Org 2019 [1, p. 9] | a | f1 |

                Notes:

                - a. \(Self.note)

                """), "\(md.stdout)")
            #expect(md.stdout.contains(
                "- a. Key f2 held another figure until batch 3 (Detected victims of trafficking, Nepal, 2016); "
                    + "a brief made before then that cites f2 cites that figure.\n"), "\(md.stdout)")
        }
    }

    @Test("JSON: the figure carries the sentence as keyReused; a key never reused has no such member")
    func json() throws {
        try withTemporaryDirectory { dir in
            #expect(try KeyReuseTests.reused(in: dir).status == 0)
            let result = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "json"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let groups = object?["figureGroups"] as? [[String: Any]] ?? []
            let figures = groups.flatMap { $0["figures"] as? [[String: Any]] ?? [] }
            let f1 = try #require(figures.first { $0["key"] as? String == "f1" }, "\(result.stdout)")
            #expect(f1["keyReused"] as? String == Self.note)
        }
    }

    @Test("CSV: the notes column, after the locator and the empty quote, holds the sentence")
    func csv() throws {
        try withTemporaryDirectory { dir in
            #expect(try KeyReuseTests.reused(in: dir).status == 0)
            let result = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let row = try #require(result.stdout.split(separator: "\r\n").first { $0.hasPrefix("f1,") }, "\(result.stdout)")
            #expect(row.contains(",p. 9,,\"\(Self.note)\","), "\(row)")
        }
    }

    @Test("a key moved twice names both figures it held, each until its batch, in the brief's note and in lineage")
    func movedTwice() throws {
        try withTemporaryDirectory { dir in
            #expect(try KeyReuseTests.reused(in: dir).status == 0)
            try IngestPartWarningTests.write("key,measure,value,place,period,source,locator\nf1,trafficking-victims,90000,IND,2016,rep,p. 10\n", "third.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "third.csv"], in: dir).status == 0)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains(
                "Key f1 held other figures until batch 4 (Forced labour, Nepal, 2016, until batch 3; "
                    + "Victims of trafficking in persons (estimated), Nepal, 2016, until batch 4); "
                    + "a brief made before then that cites f1 cites one of them."), "\(md.stdout)")
            let lineage = try Tipdb.run(["report", "lineage", "f1"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("key reused: until batch 3 it held another figure (Forced labour, Nepal, 2016: 1.5 million)"), "\(lineage.stdout)")
            #expect(lineage.stdout.contains(
                "key reused: until batch 4 it held another figure (Victims of trafficking in persons (estimated), Nepal, 2016: 170,000)"),
                "\(lineage.stdout)")
        }
    }

    @Test("a key that only ever held one figure, revised, gets no such note")
    func revisedOnly() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(RevisionUnitTests.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source\ng1,forced-labour,100,NPL,2016,rep\n", "a.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source\ng1,forced-labour,120,NPL,2016,rep\n", "b.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "a.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "b.csv"], in: dir).status == 0)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.stdout.contains("120 (revised from 100)"), "\(md.stdout)")
            #expect(!md.stdout.contains("held another figure"), "\(md.stdout)")
        }
    }

    /// A user-review (session 39): a slip moved `orig` from Nigeria to Ghana, a correction moved it
    /// back; lineage and the brief said the key "held another figure (…, Nigeria, 2020)", the one it holds.
    @Test("a figure moved to another place and corrected back is no reuse: no note, no lineage line, revisions 0 in figure_citations")
    func movedBack() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("key,title,publisher,date\nngo-2021,Annual report 2021,Example NGO,2021-05\n", "src.csv", in: dir)
            let row = "key,measure,value,unit,place,period,source\norig,detected-trafficking-victims,5000,persons,PLACE,2020,ngo-2021\n"
            try IngestPartWarningTests.write(row.replacingOccurrences(of: "PLACE", with: "NGA"), "fig.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "src.csv", "fig.csv"], in: dir).status == 0)
            try IngestPartWarningTests.write(row.replacingOccurrences(of: "PLACE", with: "GHA"), "fig.csv", in: dir)
            let slip = try Tipdb.run(["ingest", "fig.csv"], in: dir)
            #expect(slip.stderr.contains("warning: fig.csv:2:48: place: key \"orig\" held detected-trafficking-victims, NGA, 2020 (5000), and this row gives it place GHA"), "\(slip.stderr)")
            try IngestPartWarningTests.write(row.replacingOccurrences(of: "PLACE", with: "NGA"), "fig.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "--correction", "fig.csv"], in: dir).status == 0)
            let lineage = try Tipdb.run(["report", "lineage", "orig"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(!lineage.stdout.contains("key reused"), "\(lineage.stdout)")
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.stdout.contains("| 5,000 |"), "\(md.stdout)")
            #expect(!md.stdout.contains("held another figure"), "\(md.stdout)")
            let view = try Tipdb.run(["sql", "SELECT revisions, corrections, place FROM figure_citations WHERE figure = 'orig'"], in: dir)
            // Revisions 0 (the Ghana load changed no number) and corrections 0 (the correction changed the place, not the number).
            #expect(view.stdout.contains("        0            0  NGA\n"), "\(view.stdout)")
        }
    }
}
