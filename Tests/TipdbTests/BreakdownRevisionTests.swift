import Foundation
import Testing

/// A figure loaded again under its key with another breakdown (`citizenship: Viet Nam`, then
/// `citizenship: Albania`) kept no revision, and `figure_changes` and `report lineage` said nothing
/// of it, where a brief made before cited the count as Vietnamese victims' (session 54). The
/// breakdown replaced is now kept in `figure_revisions`, as every other changed field.
@Suite("a changed breakdown is a revision: figure_revisions, figure_changes and report lineage (built binary)")
struct BreakdownRevisionTests {
    static let header = "key,measure,value,unit,place,period,source,breakdown\n"

    private func load(_ rows: String, as name: String, in dir: URL) throws -> ProcessResult {
        try IngestPartWarningTests.write(Self.header + rows + "\n", name, in: dir)
        return try Tipdb.run(["ingest", name], in: dir)
    }

    private func rows(_ query: String, in dir: URL) throws -> [String] {
        let result = try Tipdb.run(["sql", "--format", "csv", query], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\r\n").map(String.init)
    }

    @Test("a breakdown changed alone, with the number, and removed: each load keeps the one it replaced, and lineage tells it")
    func recorded() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(BreakdownColumnTests.nrmSource, "src.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "src.csv"], in: dir).status == 0)
            #expect(try load("b,detected-trafficking-victims,1000,persons,GBR,2023,ukho-nrm-2023,citizenship: Viet Nam", as: "f1.csv", in: dir).status == 0)
            let changed = try load("b,detected-trafficking-victims,1000,persons,GBR,2023,ukho-nrm-2023,citizenship: Albania", as: "f2.csv", in: dir)
            #expect(changed.status == 0, "\(changed.stderr)")
            #expect(changed.stdout.contains("f2.csv: 1 read, 0 inserted, 1 updated, 0 unchanged"), "\(changed.stdout)")
            // The same file again changes nothing, and keeps nothing more.
            let again = try load("b,detected-trafficking-victims,1000,persons,GBR,2023,ukho-nrm-2023,citizenship: Albania", as: "f2.csv", in: dir)
            #expect(again.stdout.contains("0 updated, 1 unchanged"), "\(again.stdout)")
            let both = try load("b,detected-trafficking-victims,1100,persons,GBR,2023,ukho-nrm-2023,citizenship: VNM", as: "f3.csv", in: dir)
            #expect(both.status == 0, "\(both.stderr)")
            #expect(try load("b,detected-trafficking-victims,1100,persons,GBR,2023,ukho-nrm-2023,", as: "f4.csv", in: dir).status == 0)

            #expect(try rows("SELECT batch_id, kind, previous ->> '$.breakdown' AS breakdown, previous ->> '$.value' AS value FROM figure_revisions WHERE figure = 'b' ORDER BY id", in: dir) == [
                "batch_id,kind,breakdown,value", "3,revision,citizenship: VNM,1000", "5,revision,citizenship: ALB,1000", "6,revision,citizenship: VNM,1100",
            ])
            #expect(try rows("SELECT batch_id FROM figures WHERE key = 'b'", in: dir) == ["batch_id", "6"])
            #expect(try rows("SELECT batch_id, field, old_value, new_value FROM figure_changes WHERE figure = 'b' AND change = 'updated' ORDER BY batch_id, field", in: dir) == [
                "batch_id,field,old_value,new_value",
                "3,breakdown,citizenship: VNM,citizenship: ALB",
                "5,breakdown,citizenship: ALB,citizenship: VNM",
                "5,value,1000.0,1100.0",
                "6,breakdown,citizenship: VNM,",
            ])

            let lineage = try Tipdb.run(["report", "lineage", "b"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("restricted to citizenship: Viet Nam (batch 2: f1.csv) until batch 3 (f2.csv) restricted it to citizenship: Albania\n"), "\(lineage.stdout)")
            #expect(lineage.stdout.contains("restricted to citizenship: Albania (batch 3: f2.csv) until batch 5 (f3.csv) restricted it to citizenship: Viet Nam\n"), "\(lineage.stdout)")
            #expect(lineage.stdout.contains("restricted to citizenship: Viet Nam (batch 5: f3.csv) until batch 6 (f4.csv) removed its breakdown\n"), "\(lineage.stdout)")
            let json = try Tipdb.run(["report", "lineage", "b", "--format", "json"], in: dir)
            #expect(json.stdout.contains("\"breakdownChanges\""), "\(json.stdout)")
            #expect(json.stdout.contains("\"previous\" : \"citizenship: VNM\"") || json.stdout.contains("\"previous\": \"citizenship: VNM\""), "\(json.stdout)")
        }
    }
}
