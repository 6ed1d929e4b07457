import Foundation
import Testing

/// A figure's history that changes no number in place is told in `report lineage` and the brief
/// (review of session 52, audit 4 and 6): a later load that cites the same number to another
/// source and page, and a figure withdrawn and restored with another number. Lineage showed the
/// new attribution, or the restored number, alone, and an auditor holding the older brief took it
/// for wrong.
@Suite("lineage and the brief tell a number cited elsewhere before, and the number a restored figure held when withdrawn (built binary)")
struct FigureHistoryLineageTests {
    static let sources = "key,title,publisher,date,kind\nsrc-a,Report on forced labour in Nepal,Institute A,2022,report\n"
        + "src-b,Follow-up report,Institute B,2022,report\n"
    static let header = "key,measure,value,unit,place,period,source,locator\n"

    private static func run(_ arguments: [String], in dir: URL) throws -> ProcessResult {
        let out = try Tipdb.run(arguments, in: dir)
        #expect(out.status == 0, "\(arguments): \(out.stdout)\(out.stderr)")
        return out
    }

    /// Batches 1 sources.csv, 2 v1.csv (40,000, Institute B p. 10), 3 v2.csv (40,000, Institute A p. 7).
    private static func reattributed(in dir: URL) throws {
        _ = try run(["init"], in: dir)
        try IngestPartWarningTests.write(sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(header + "f2,forced-labour,40000,persons,NPL,2021,src-b,p. 10\n", "v1.csv", in: dir)
        try IngestPartWarningTests.write(header + "f2,forced-labour,40000,persons,NPL,2021,src-a,p. 7\n", "v2.csv", in: dir)
        _ = try run(["ingest", "--quiet", "sources.csv", "v1.csv"], in: dir)
        _ = try run(["ingest", "--quiet", "v2.csv"], in: dir)
    }

    @Test("a number re-attributed to another source and page: lineage (text and JSON) names where it was cited until the load that moved it; the brief's note says so")
    func reattribution() throws {
        try withTemporaryDirectory { dir in
            try Self.reattributed(in: dir)
            let line = "cited to Institute B 2022, p. 10 (batch 2: v1.csv) until batch 3 (v2.csv) cited the same number to Institute A 2022, p. 7"
            let text = try Self.run(["report", "lineage", "f2"], in: dir)
            #expect(text.stdout.contains("  \(line)\n"), "\(text.stdout)")
            let json = try Self.run(["report", "lineage", "f2", "--format", "json"], in: dir)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let chain = (document["chain"] as? [[String: Any]]) ?? []
            let moved = try #require((chain.first?["reattributions"] as? [[String: Any]])?.first, "\(json.stdout)")
            #expect(moved["source"] as? String == "src-b")
            #expect(moved["locator"] as? String == "p. 10")
            #expect(moved["movedBy"] as? Int == 3)
            #expect(moved["text"] as? String == line)
            let brief = try Self.run(["report", "brief", "--date", "2025-01-01", "--format", "md"], in: dir)
            #expect(brief.stdout.contains(
                "Until batch 3 (v2.csv) the same number was cited to Institute B 2022, p. 10; a brief made before then that cites f2 cites it there."),
                "\(brief.stdout)")
            let briefJSON = try Self.run(["report", "brief", "--date", "2025-01-01", "--format", "json"], in: dir)
            #expect(briefJSON.stdout.contains("\"history\": \"Until batch 3 (v2.csv) the same number was cited to Institute B 2022, p. 10;"),
                "\(briefJSON.stdout)")
        }
    }

    @Test("a figure withdrawn and restored with another number: lineage names the number withdrawn and the load that wrote it; the brief's note says a brief made before cites it")
    func restoredWithAnotherNumber() throws {
        try withTemporaryDirectory { dir in
            _ = try Self.run(["init"], in: dir)
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write(Self.header + "f2,forced-labour,40000,persons,NPL,2021,src-b,p. 10\n", "v1.csv", in: dir)
            try IngestPartWarningTests.write(Self.header + "f2,forced-labour,40500,persons,NPL,2021,src-b,p. 10\n", "v2.csv", in: dir)
            _ = try Self.run(["ingest", "--quiet", "sources.csv", "v1.csv"], in: dir)
            _ = try Self.run(["retract", "f2", "--reason", "wrong page"], in: dir)
            _ = try Self.run(["ingest", "--quiet", "--restore-retracted", "v2.csv"], in: dir)
            let day = try RetractCommandTests.sql("SELECT substr(retracted_at, 1, 10) FROM figure_retractions WHERE figure = 'f2'", in: dir)
            let line = "retracted on \(day) (batch 3: \"wrong page\"), then loaded again with --restore-retracted by batch 4 (v2.csv); it held 40,000 "
                + "when withdrawn (batch 2: v1.csv), and came back with another number: a brief made before batch 3 that cites f2 cites 40,000"
            let text = try Self.run(["report", "lineage", "f2"], in: dir)
            #expect(text.stdout.contains("  \(line)\n"), "\(text.stdout)")
            let json = try Self.run(["report", "lineage", "f2", "--format", "json"], in: dir)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let restored = try #require(((document["chain"] as? [[String: Any]])?.first)?["restored"] as? [String: Any], "\(json.stdout)")
            #expect(restored["withdrawnNumber"] as? String == "40,000")
            #expect(restored["withdrawnBy"] as? Int == 2)
            #expect(restored["text"] as? String == line)
            let brief = try Self.run(["report", "brief", "--date", "2025-01-01", "--format", "md"], in: dir)
            #expect(brief.stdout.contains(
                "Withdrawn on \(day) (batch 3: \"wrong page\") and loaded again with another number by batch 4; a brief made before then that cites f2 cites 40,000."),
                "\(brief.stdout)")
        }
    }
}
