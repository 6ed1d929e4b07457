import Foundation
import Testing

/// A figure 10 or more times its neighbour in time within its series (same measure, place,
/// subgroup and unit), or a tenth of it, is most often a unit slip: `tipdb check` warns about it
/// (`series-jump`), and ingest warns about the pairs holding a figure it just loaded, at the value
/// cell of the row that gave it (review W19).
@Suite("series-jump: a 10-fold jump within a series is warned about by check and ingest (built binary)")
struct SeriesJumpTests {
    static let header = "key,measure,value,unit,place,period,sex,age_group,form,source,method,locator\n"
    static let message = "a figure is 10 or more times the figure before it in time in the same series (measure, place, sex, age group, form, unit and length of period, from any source; repeats left out), or a tenth of it or less: within one source most often a unit slip (thousands written as units, a fraction as a percent), between two sources more often a difference of method or coverage; kept as published: check both against their sources"

    /// A 48-fold rise, a 9-fold one, a share given as a fraction, another place, a change (also `BriefSeriesJumpTests`).
    static let rows = """
        fl-2019,forced-labour,900,persons,NPL,2019,total,total,,x,estimated,p. 1
        fl-2020,forced-labour,1000,persons,NPL,2020,total,total,,x,estimated,p. 1
        fl-2021,forced-labour,48000,persons,NPL,2021,total,total,,y,estimated,p. 1
        fl-f-2020,forced-labour,100,persons,NPL,2020,female,total,,x,estimated,p. 2
        fl-f-2021,forced-labour,900,persons,NPL,2021,female,total,,x,estimated,p. 2
        fl-ind-2021,forced-labour,5,persons,IND,2021,total,total,,x,estimated,p. 3
        share-2020,forced-labour,30,percent,NPL,2020,total,children,,x,estimated,p. 4
        share-2021,forced-labour,0.3,percent,NPL,2021,total,children,,x,estimated,p. 4
        profit-2020,forced-labour-profits,2,percent-change,NPL,2020,total,total,,x,estimated,p. 5
        profit-2021,forced-labour-profits,40,percent-change,NPL,2021,total,total,,x,estimated,p. 5

        """

    @Test("a 48-fold rise and a share given as a fraction are warned about at their value cells; other series, 9-fold and changes are not")
    func ingestAndCheck() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nx,Survey X,Institute X,2026\ny,Survey Y,Institute Y,2026\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write(Self.header + Self.rows, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            // The fraction is also the only share of its year: fraction-as-percent names it too, at the same cell.
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { !$0.contains("fraction-as-percent") } == [
                "warning: figures.csv:4:23: series-jump: fl-2021 (48000) is 48 times fl-2020 (1000), the figure before it in its series: \(Self.message)",
                "warning: figures.csv:9:26: series-jump: share-2021 (0.3) is 1/100 of share-2020 (30), the figure before it in its series: \(Self.message)",
            ], "\(loaded.stderr)")
            #expect(loaded.stderr.contains("warning: figures.csv:9:26: fraction-as-percent: share-2021 (0.3): x, forced-labour, NPL, 2021: "), "\(loaded.stderr)")
            #expect(loaded.stdout.contains("figures.csv: 10 read, 10 inserted, 0 updated, 0 unchanged, 0 rejected, 3 warnings (batch 2)"), "\(loaded.stdout)")

            // check names the same pairs, as a warning (exit 0).
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stdout)")
            #expect(check.stdout.contains("warning: series-jump: \(Self.message)"), "\(check.stdout)")
            #expect(check.stdout.contains("  fl-2021 (48000) is 48 times fl-2020 (1000), the figure before it in its series\n  share-2021 (0.3) is 1/100 of share-2020 (30), the figure before it in its series\n"), "\(check.stdout)")

            // A later file's figure is compared with the stored figure before it, and warned about at its own value cell.
            try IngestPartWarningTests.write(Self.header + "fl-2022,forced-labour,47,persons,NPL,2022,total,total,,x,estimated,p. 9\n", "later.csv", in: dir)
            let later = try Tipdb.run(["ingest", "later.csv"], in: dir)
            #expect(IngestPartWarningTests.warnings(later.stderr) == [
                "warning: later.csv:2:23: series-jump: fl-2022 (47) is 1/1021 of fl-2021 (48000), the figure before it in its series: \(Self.message)",
            ], "\(later.stderr)")
            // A file that touches no jump gets no warning about the earlier ones.
            try IngestPartWarningTests.write(Self.header + "fl-2023,forced-labour,50,persons,NPL,2023,total,total,,x,estimated,p. 9\n", "calm.csv", in: dir)
            let calm = try Tipdb.run(["ingest", "calm.csv"], in: dir)
            #expect(IngestPartWarningTests.warnings(calm.stderr).isEmpty, "\(calm.stderr)")
        }
    }

    @Test("the warning is at the value cell: a CSV row whose key is not its first column, an NDJSON record without a key")
    func atTheValue() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nx,Survey X,Institute X,2026\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                measure,place,period,value,unit,key,source
                forced-labour,NPL,2020,1000,persons,j-2020,x
                forced-labour,NPL,2021,48000,persons,j-2021,x

                """, "jump.csv", in: dir)
            try IngestPartWarningTests.write("""
                {"measure": "forced-labour", "place": "IND", "period": "2020", "value": 1000, "unit": "persons", "source": "x"}
                {"measure": "forced-labour", "place": "IND", "period": "2021", "value": 50000, "unit": "persons", "source": "x"}

                """, "jump.ndjson", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "jump.csv", "jump.ndjson"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: jump.csv:3:24: series-jump: j-2021 (48000) is 48 times j-2020 (1000), the figure before it in its series: \(Self.message)",
                "warning: jump.ndjson:2:73: series-jump: x:forced-labour:IND:2021 (50000) is 50 times x:forced-labour:IND:2020 (1000), "
                    + "the figure before it in its series: \(Self.message)",
            ], "\(loaded.stderr)")
        }
    }

    @Test("a figure whose source does not state its period is in no series: its stand-in publication year puts it before nothing")
    func periodNotStated() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(
                "key,title,publisher,date\nilo-2014,Profits and Poverty,ILO,2014\ny,Survey Y,Institute Y,2026\n", "sources.csv", in: dir)
            // The same numbers twice: in Nepal the 2014 figure's period is its source's publication
            // year, in India the source states it.
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,period_basis,sex,age_group,form,source,method,locator
                npl-unstated,forced-labour,1000,persons,NPL,2014,publication,total,total,,ilo-2014,estimated,p. 1
                npl-2021,forced-labour,48000,persons,NPL,2021,stated,total,total,,y,estimated,p. 2
                ind-2014,forced-labour,1000,persons,IND,2014,stated,total,total,,ilo-2014,estimated,p. 3
                ind-2021,forced-labour,48000,persons,IND,2021,stated,total,total,,y,estimated,p. 4

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("series-jump") } == [
                "warning: figures.csv:5:24: series-jump: ind-2021 (48000) is 48 times ind-2014 (1000), the figure before it in its series: \(Self.message)",
            ], "\(loaded.stderr)")

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: series-jump: \(Self.message) (1)\n  ind-2021 (48000) is 48 times ind-2014 (1000), the figure before it in its series\n"), "\(check.stdout)")
            #expect(!check.stdout.contains("npl-2021 (48000)"), "\(check.stdout)")
        }
    }
}
