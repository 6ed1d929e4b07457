import Foundation
import Storage
import Testing

/// A figure whose `cites` names a deleted figure is a broken chain, named with keys, not a chain
/// of more than 100 repeats.
@Suite("a cites naming a figure not in the database (built binary)")
struct BrokenLineageCheckTests {
    private struct Report: Decodable {
        struct Finding: Decodable {
            var check: String
            var rows: [String]
        }
        var findings: [Finding]
    }

    @Test("a figure citing a deleted figure: check says so with keys, figure_lineage says broken, not too-long")
    func brokenLineage() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let path = dir.appendingPathComponent("tipdb.sqlite").path
            let db = try Database(path: path, mode: .readWrite)
            try db.execute("PRAGMA foreign_keys = OFF")
            try db.execute("DELETE FROM figures WHERE key = 'unodc-2012-trafficked-wld'")
            let lineage = try db.rows("SELECT status, hops, primary_figure FROM figure_lineage WHERE figure = 'francis-2013-trafficked-wld'")
            #expect(lineage.first?.string("status") == "broken")
            #expect(lineage.first?.int("hops") == 1)
            #expect(lineage.first?.string("primary_figure") == nil)
            db.close()

            let result = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(result.status == 1)
            let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
            let rows = Dictionary(report.findings.map { ($0.check, $0.rows) }, uniquingKeysWith: +)
            #expect(rows["lineage-broken"] == ["francis-2013-trafficked-wld cites unodc-2012-trafficked-wld, which is not in the database"])
            #expect(rows["lineage-too-long"] == nil)
            let foreignKeys = rows["foreign-keys"] ?? []
            #expect(foreignKeys.contains("figures francis-2013-trafficked-wld: cites unodc-2012-trafficked-wld, which is not in figures"), "\(foreignKeys)")
            #expect(foreignKeys.contains { $0.hasPrefix("figure_tags figure unodc-2012-trafficked-wld, tag ") }, "\(foreignKeys)")
            #expect(!foreignKeys.contains { $0.contains(" row ") }, "\(foreignKeys)")
        }
    }
}
