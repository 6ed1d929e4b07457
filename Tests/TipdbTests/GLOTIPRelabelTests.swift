import Foundation
import Testing

/// A newer GLOTIP export that only spells a category otherwise (`Dem. Rep. of the Congo` for `DR
/// Congo`, both COD) changed the figure's locator, and was counted `1 updated` with a revision
/// of kind `revision`, although the number did not change. It is now an unchanged figure that
/// cites the newer export, its locator quoting the newer row, with no revision.
@Suite("ingest: a GLOTIP export that re-spells a category is no revision (built binary)")
struct GLOTIPRelabelTests {
    static func export(date: String, category: String) -> String {
        GLOTIPFiles.top(date: date)
            + "CZE,Czechia,Europe,Eastern Europe,Detected trafficking victims,by citizenship,\(category),Total,Total,2019,Counts,7,GLOTIP\n"
    }

    @Test("DR Congo, then Dem. Rep. of the Congo: 1 unchanged, a note saying so, the new locator and source, no figure_revisions row, revisions 0")
    func relabelled() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.export(date: "14/04/2025", category: "DR Congo"), "glotip_v1.csv", in: dir)
            try IngestPartWarningTests.write(Self.export(date: "02/10/2025", category: "Dem. Rep. of the Congo"), "glotip_v2.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "glotip_v1.csv"], in: dir).status == 0)
            let second = try Tipdb.run(["ingest", "glotip_v2.csv"], in: dir)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(second.stdout.contains("glotip_v2.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected (batch 2)"), "\(second.stdout)")
            #expect(second.stderr.contains("note: glotip_v2.csv: vintage 2 of unodc-glotip: export of 2025-10-02 (source unodc-glotip-2025-10-02); "
                + "1 unchanged figure now cites this export (the vintages each appeared in are in figure_vintages); "
                + "1 unchanged figure is worded differently in this export (a category spelled otherwise, naming the same place or group): "
                + "its locator now quotes this export, and the value, unchanged, is no revision\n"), "\(second.stderr)")
            #expect(!second.stderr.contains("revised"), "\(second.stderr)")
            let key = "unodc-glotip:detected-trafficking-victims:CZE:2019:citizenship-COD"
            let figure = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value, source, locator FROM figures"], in: dir)
            #expect(figure.stdout == "key,value,source,locator\r\n\(key),7.0,unodc-glotip-2025-10-02,\"row CZE, Detected trafficking victims, by citizenship: Dem. Rep. of the Congo, Total, Total, 2019\"\r\n", "\(figure.stdout)")
            let revisions = try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) FROM figure_revisions"], in: dir)
            #expect(revisions.stdout == "count(*)\r\n0\r\n", "\(revisions.stdout)")
            let cited = try Tipdb.run(["sql", "--format", "csv", "SELECT revisions FROM figure_citations"], in: dir)
            #expect(cited.stdout == "revisions\r\n0\r\n", "\(cited.stdout)")
        }
    }

    @Test("a changed value beside a re-spelled category is still a revision")
    func revisedAndRelabelled() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.export(date: "14/04/2025", category: "DR Congo"), "glotip_v1.csv", in: dir)
            try IngestPartWarningTests.write(Self.export(date: "02/10/2025", category: "Dem. Rep. of the Congo").replacingOccurrences(of: ",7,", with: ",9,"), "glotip_v2.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "glotip_v1.csv"], in: dir).status == 0)
            let second = try Tipdb.run(["ingest", "glotip_v2.csv"], in: dir)
            #expect(second.stdout.contains("glotip_v2.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 2)"), "\(second.stdout)")
            #expect(second.stderr.contains("; 1 figure revised (previous values in figure_revisions)\n"), "\(second.stderr)")
            let cited = try Tipdb.run(["sql", "--format", "csv", "SELECT revisions FROM figure_citations"], in: dir)
            #expect(cited.stdout == "revisions\r\n1\r\n", "\(cited.stdout)")
        }
    }
}
