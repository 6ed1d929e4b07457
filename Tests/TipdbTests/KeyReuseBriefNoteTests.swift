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
}
