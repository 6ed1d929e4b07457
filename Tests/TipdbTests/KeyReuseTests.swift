import Foundation
import Testing

/// A row that updates a stored figure by key but gives another measure, place, period or subgroup
/// puts another figure under the key: ingest writes it and warns at the cell that changed; briefs,
/// `figure_citations` and `report lineage` never give what the key held as an earlier number.
@Suite("a key reused for another figure: warned at ingest, no revised from (built binary)")
struct KeyReuseTests {
    /// f1 moved from forced labour to trafficking victims, f2 from Nepal 2016 to India 2017.
    static func reused(in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(RevisionUnitTests.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,place,period,source,locator
            f1,forced-labour,1.5 million,NPL,2016,rep,p. 4
            f2,detected-trafficking-victims,1500,NPL,2016,rep,p. 5

            """, "mine.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,place,period,source,locator
            f1,trafficking-victims,170000,NPL,2016,rep,p. 9
            f2,detected-trafficking-victims,1700,IND,2017,rep,p. 6

            """, "colleague.csv", in: dir)
        #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "mine.csv"], in: dir).status == 0)
        return try Tipdb.run(["ingest", "colleague.csv"], in: dir)
    }

    @Test("ingest writes the rows and warns at the measure and the place that changed")
    func warning() throws {
        try withTemporaryDirectory { dir in
            let load = try Self.reused(in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("colleague.csv: 2 read, 0 inserted, 2 updated, 0 unchanged, 0 rejected, 2 warnings (batch 3)"), "\(load.stdout)")
            let tail = "another figure, whose number is no revision of that one's (briefs will not say \"revised from\"); "
                + "expected a new key for a new figure; updated as given, the earlier figure kept in figure_revisions"
            #expect(IngestPartWarningTests.warnings(load.stderr) == [
                "warning: colleague.csv:2:4: measure: key \"f1\" held forced-labour, NPL, 2016 (1500000), and this row gives it "
                    + "measure trafficking-victims: " + tail,
                "warning: colleague.csv:3:38: place: key \"f2\" held detected-trafficking-victims, NPL, 2016 (1500), and this row gives it "
                    + "place IND and period 2017: " + tail,
            ], "\(load.stderr)")
        }
    }

    @Test("the earlier number is written with its bounds, as a kept correction's note writes one")
    func boundedNumber() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(RevisionUnitTests.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,ci_level,place,period,source
                f3,forced-labour,12000,11000,13000,0.95,NPL,2016,rep

                """, "mine.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,ci_level,place,period,source
                f3,forced-labour,12000,11000,13000,0.95,IND,2016,rep

                """, "colleague.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "mine.csv"], in: dir).status == 0)
            let load = try Tipdb.run(["ingest", "colleague.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let tail = "another figure, whose number is no revision of that one's (briefs will not say \"revised from\"); "
                + "expected a new key for a new figure; updated as given, the earlier figure kept in figure_revisions"
            #expect(IngestPartWarningTests.warnings(load.stderr) == [
                "warning: colleague.csv:2:41: place: key \"f3\" held forced-labour, NPL, 2016 (12000 (11000 to 13000, ci_level 0.95)), "
                    + "and this row gives it place IND: " + tail,
            ], "\(load.stderr)")
        }
    }

    @Test("a correction that moves a figure is no reuse: no warning")
    func correction() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(RevisionUnitTests.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source\nf1,forced-labour,1500,NPL,2016,rep\n", "a.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source\nf1,forced-labour,1500,IND,2016,rep\n", "b.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "a.csv"], in: dir).status == 0)
            let fixed = try Tipdb.run(["ingest", "--correction", "b.csv"], in: dir)
            #expect(fixed.status == 0, "\(fixed.stderr)")
            #expect(IngestPartWarningTests.warnings(fixed.stderr).isEmpty, "\(fixed.stderr)")
        }
    }

    @Test("a plain reload back to the figure the key held says so and asks for --correction; with it, no warning")
    func reloadBack() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(RevisionUnitTests.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source\nq1,forced-labour,1500,NGA,2016,rep\n", "nigeria.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source\nq1,forced-labour,1500,GHA,2016,rep\n", "colleague.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "nigeria.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "colleague.csv"], in: dir).status == 0)
            let reload = try Tipdb.run(["ingest", "--dry-run", "nigeria.csv"], in: dir)
            #expect(reload.status == 0, "\(reload.stderr)")
            #expect(IngestPartWarningTests.warnings(reload.stderr) == [
                "warning: nigeria.csv:2:23: place: key \"q1\" held forced-labour, GHA, 2016 (1500), and this row gives it place NGA: "
                    + "the figure the key held until batch 3 (colleague.csv) moved it away, so briefs and lineage will say the key "
                    + "held another figure until this load; expected --correction if batch 3 filed this figure wrongly (a correction "
                    + "that moves it back is no reuse); updated as given, the earlier figure kept in figure_revisions",
            ], "\(reload.stderr)")
            let corrected = try Tipdb.run(["ingest", "--correction", "nigeria.csv"], in: dir)
            #expect(corrected.status == 0, "\(corrected.stderr)")
            #expect(IngestPartWarningTests.warnings(corrected.stderr).isEmpty, "\(corrected.stderr)")
            let lineage = try Tipdb.run(["report", "lineage", "q1"], in: dir)
            #expect(!lineage.stdout.contains("key reused"), "\(lineage.stdout)")
        }
    }

    @Test("the brief prints no revised from, figure_citations counts none, lineage says the key was reused")
    func noRevision() throws {
        try withTemporaryDirectory { dir in
            #expect(try Self.reused(in: dir).status == 0)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(!md.stdout.contains("revised"), "\(md.stdout)")
            #expect(md.stdout.contains("| Victims of trafficking in persons (estimated) | Nepal | 170,000 |"), "\(md.stdout)")

            let view = try Tipdb.run(["sql", "--format", "csv",
                                      "SELECT figure, revisions, previous_value, previous_unit, corrections FROM figure_citations ORDER BY figure"], in: dir)
            #expect(view.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "figure,revisions,previous_value,previous_unit,corrections\nf1,0,,,0\nf2,0,,,0\n",
                    "\(view.stdout)")

            let lineage = try Tipdb.run(["report", "lineage", "f1"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(!lineage.stdout.contains("revised"), "\(lineage.stdout)")
            #expect(lineage.stdout.contains(
                "\n  key reused: until batch 3 it held another figure (Forced labour, Nepal, 2016: 1.5 million), no earlier number of this one\n"),
                "\(lineage.stdout)")
            let json = try Tipdb.run(["report", "lineage", "f2", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let flags = object?["flags"] as? [[String: Any]] ?? []
            let flag = try #require(flags.first { $0["code"] as? String == "key-reused" }, "\(json.stdout)")
            #expect(flag["text"] as? String
                == "key reused: until batch 3 it held another figure (Detected victims of trafficking, Nepal, 2016: 1,500), no earlier number of this one.")
            #expect(flag["figure"] as? String == "f2")
        }
    }

    @Test("a revision after the reuse is the new figure's own: revised from its number, not the old figure's")
    func revisionAfterReuse() throws {
        try withTemporaryDirectory { dir in
            #expect(try Self.reused(in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,measure,value,place,period,source,locator
                f1,trafficking-victims,180000,NPL,2016,rep,p. 9

                """, "later.csv", in: dir)
            let later = try Tipdb.run(["ingest", "later.csv"], in: dir)
            #expect(later.status == 0 && IngestPartWarningTests.warnings(later.stderr).isEmpty, "\(later.stderr)")
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(md.stdout.contains("| Victims of trafficking in persons (estimated) | Nepal | 180,000 (revised from 170,000) |"), "\(md.stdout)")
            #expect(!md.stdout.contains("1.5 million"), "\(md.stdout)")
            let view = try Tipdb.run(["sql", "--format", "csv", "SELECT revisions, previous_value FROM figure_citations WHERE figure = 'f1'"], in: dir)
            #expect(view.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "revisions,previous_value\n1,170000.0\n", "\(view.stdout)")
        }
    }
}
