import Foundation
import Testing

/// An earlier number in another unit is written in its own unit, named ("3.1 per 1,000 (revised
/// from 1.5 million persons)"), never as a number of the figure's new unit; a change of unit alone
/// is a revision of the number; `figure_citations` gives the earlier unit (`previous_unit`, m0046)
/// and counts what briefs show.
@Suite("revised from: the earlier number in its own unit (built binary)")
struct RevisionUnitTests {
    static let sources = """
        key,title,publisher,date,url
        rep,Report,Org,2019,https://example.org

        """

    /// The reviewer's database: forced labour in Nepal 1.5 million persons then 3.1 per 1,000, a
    /// share of 38% then 1,200 persons, and India's 3 persons then 3 per 1,000.
    static func revisedUnits(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,unit,place,period,source,locator
            k1,forced-labour,1.5 million,persons,NPL,2018,rep,p. 4
            h1,detected-trafficking-victims,38,percent,NPL,2018,rep,p. 5
            z1,forced-labour,3,persons,IND,2018,rep,p. 6

            """, "fig1.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,unit,place,period,source,locator
            k1,forced-labour,3.1,per-1000,NPL,2018,rep,p. 4
            h1,detected-trafficking-victims,"1,200",persons,NPL,2018,rep,p. 5
            z1,forced-labour,3,per-1000,IND,2018,rep,p. 6

            """, "fig2.csv", in: dir)
        #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "fig1.csv"], in: dir).status == 0)
        let second = try Tipdb.run(["ingest", "fig2.csv"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("fig2.csv: 3 read, 0 inserted, 3 updated, 0 unchanged, 0 rejected (batch 3)"), "\(second.stdout)")
    }

    @Test("brief, lineage and JSON write 1.5 million persons, 38% and 3 persons, each in its own unit")
    func briefAndLineage() throws {
        try withTemporaryDirectory { dir in
            try Self.revisedUnits(in: dir)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            let revised = md.stdout.split(separator: "\n").filter { $0.contains("revised from") }.map(String.init)
            #expect(revised.contains { $0.hasPrefix("| 3.1 per 1,000 |  | Nepal | 2018 | all | estimated; revised from 1.5 million persons (batch 2; replaced ") }, "\(revised)")
            #expect(revised.contains { $0.hasPrefix("| 1,200 |  | Nepal | 2018 | all | detected; revised from 38% (batch 2; replaced ") }, "\(revised)")
            #expect(revised.contains { $0.hasPrefix("| 3 per 1,000 |  | India | 2018 | all | estimated; revised from 3 persons (batch 2; replaced ") }, "\(revised)")
            #expect(revised.contains { $0.contains("| Nepal | 1,200 (revised from 38%) |") }, "\(revised)")
            #expect(!md.stdout.contains("per 1,000 (batch") && !md.stdout.contains("revised from 38 ("), "\(md.stdout)")

            let lineage = try Tipdb.run(["report", "lineage", "k1"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            let line = try #require(lineage.stdout.split(separator: "\n").first { $0.contains("revised from") })
            #expect(line.hasPrefix("  revised from 1.5 million persons (batch 2: fig1.csv; replaced "), "\(line)")

            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let entries = (object?["figureGroups"] as? [[String: Any]] ?? []).flatMap { $0["figures"] as? [[String: Any]] ?? [] }
            let share = try #require(entries.first { $0["key"] as? String == "h1" })
            #expect(share["revisedFrom"] as? String == "revised from 38%", "\(share)")
            let unitOnly = try #require(entries.first { $0["key"] as? String == "z1" })
            #expect(unitOnly["revisedFrom"] as? String == "revised from 3 persons", "\(unitOnly)")
        }
    }

    @Test("figure_citations: a unit change is a revision, previous_unit gives the earlier unit")
    func citations() throws {
        try withTemporaryDirectory { dir in
            try Self.revisedUnits(in: dir)
            let view = try Tipdb.run(["sql", "--format", "csv",
                                      "SELECT figure, value, unit, revisions, previous_value, previous_unit FROM figure_citations ORDER BY figure"], in: dir)
            #expect(view.status == 0, "\(view.stderr)")
            #expect(view.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                figure,value,unit,revisions,previous_value,previous_unit
                h1,1200.0,persons,1,38.0,percent
                k1,3.1,per-1000,1,1500000.0,persons
                z1,3.0,per-1000,1,3.0,persons

                """, "\(view.stdout)")
        }
    }
}
