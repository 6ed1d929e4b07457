import Foundation
import Testing

/// `tipdb ingest` warns `repeat-changed` about the repeats it loads that change what they cite,
/// and about stored repeats of a figure it changed, with `tipdb check`'s own rows, at the cites cell
/// of the repeat the file gave, or the row of the figure it changed, which has none (user
/// walkthrough, session 33: check listed them, ingest said nothing).
@Suite("ingest: repeat-changed on the loaded figures, as check words it (built binary)")
struct IngestRepeatChangedTests {
    static let message = "figures that repeat another (cites) but change what it says: the number beyond rounding, the range dropped (a minimum or an interval passed on as a bare number) or changed (narrowed, widened, given another confidence level, a minimum for an interval, or one the source never gave), the measure, place, unit, subgroup or period, the period basis (a period the cited figure's source does not state filed as stated, or a stated one as not stated: period_basis publication), or the number drifted through repeats that each round the one before; a brief citing them passes the change on as the cited source's, so check the repeat against its source, and say so when citing"

    /// The Fixtures, and a news source of 2025.
    private func fixtures(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let paths = ["sources.json", "studies.csv", "figures.csv"].map { repositoryRoot.appendingPathComponent("Fixtures/\($0)").path }
        let load = try Tipdb.run(["ingest", "--quiet"] + paths, in: dir)
        #expect(load.status == 0, "\(load.stderr)")
        try IngestPartWarningTests.write("key,title,publisher,date\nnews2025,Slavery in the news,Daily News,2025\n", "news.csv", in: dir)
    }

    /// check's rows under `repeat-changed`.
    private func checkRows(in dir: URL) throws -> [String] {
        let check = try Tipdb.run(["check"], in: dir)
        return check.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix("warning: repeat-changed:") }.dropFirst()
            .prefix { $0.hasPrefix("  ") }.map { String($0.dropFirst(2)) }
    }

    @Test("repeats that change the measure, the number or the period are warned at their cites cells with check's rows; a rounding is not")
    func loadedRepeats() throws {
        try withTemporaryDirectory { dir in
            try fixtures(in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,cites
                r1,trafficking-victims,27.6 million,persons,WLD,2021,news2025,ilo-wf-iom-2022-forced-labour-wld
                r2,forced-labour,30 million,persons,WLD,2021,news2025,ilo-wf-iom-2022-forced-labour-wld
                r3,forced-labour,27.6 million,persons,WLD,2025,news2025,ilo-wf-iom-2022-forced-labour-wld
                r4,forced-labour,28 million,persons,WLD,2021,news2025,ilo-wf-iom-2022-forced-labour-wld

                """, "repeats.csv", in: dir)
            let load = try Tipdb.run(["ingest", "news.csv", "repeats.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let rows = [
                "r1 repeats ilo-wf-iom-2022-forced-labour-wld with measure trafficking-victims, not forced-labour",
                "r2 repeats ilo-wf-iom-2022-forced-labour-wld with value 30000000, not 27600000",
                "r3 repeats ilo-wf-iom-2022-forced-labour-wld with period 2025, not 2021",
            ]
            // Only these: a repeat is in no series (`SeriesJump.takesPart`), so r1's 27.6 million is no series-jump among
            // trafficking victims (2.4 million before it), as it and two more were before session 38.
            // At each row's cites cell, its last field.
            let cites = ["2:63", "3:55", "4:57"]
            #expect(IngestPartWarningTests.warnings(load.stderr).filter { $0.contains(": repeat-changed: ") } == zip(cites, rows).map {
                "warning: repeats.csv:\($0): repeat-changed: \($1): \(Self.message)"
            }, "\(load.stderr)")
            #expect(load.stdout.contains("repeats.csv: 4 read, 4 inserted, 0 updated, 0 unchanged, 0 rejected, 3 warnings (batch "), "\(load.stdout)")
            // The same rows as check's, besides the Fixtures' own repeat that drops a minimum.
            #expect(try checkRows(in: dir).filter { $0.hasPrefix("r") } == rows)
        }
    }

    @Test("a JSON repeat's warning is at its cites value, on the line it is written on")
    func jsonRepeat() throws {
        try withTemporaryDirectory { dir in
            try fixtures(in: dir)
            try IngestPartWarningTests.write("""
                [{"key": "r2", "measure": "forced-labour", "value": "30 million", "unit": "persons", "place": "WLD", "period": "2021", "source": "news2025",
                  "cites": "ilo-wf-iom-2022-forced-labour-wld"}]

                """, "repeats.json", in: dir)
            let load = try Tipdb.run(["ingest", "news.csv", "repeats.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(IngestPartWarningTests.warnings(load.stderr) == [
                "warning: repeats.json:2:12: repeat-changed: r2 repeats ilo-wf-iom-2022-forced-labour-wld with value 30000000, not 27600000: \(Self.message)",
            ], "\(load.stderr)")
        }
    }

    @Test("a figure changed under its stored repeats: each repeat that now changes it is warned at the start of the figure's row, which has no cites")
    func citedFigureChanged() throws {
        try withTemporaryDirectory { dir in
            try fixtures(in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,cites
                r2,forced-labour,30 million,persons,WLD,2021,news2025,ilo-wf-iom-2022-forced-labour-wld
                r4,forced-labour,28 million,persons,WLD,2021,news2025,ilo-wf-iom-2022-forced-labour-wld

                """, "repeats.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "news.csv", "repeats.csv"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,study
                ilo-wf-iom-2022-forced-labour-wld,forced-labour,25 million,persons,WLD,2021,ilo-wf-iom-2022-global-estimates,ilo-wf-iom-2022-modern-slavery-estimate

                """, "revised.csv", in: dir)
            let load = try Tipdb.run(["ingest", "revised.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let rows = [
                "r2 repeats ilo-wf-iom-2022-forced-labour-wld with value 30000000, not 25000000",
                "r4 repeats ilo-wf-iom-2022-forced-labour-wld with value 28000000, not 25000000 (it repeats an earlier number of "
                    + "ilo-wf-iom-2022-forced-labour-wld: 27600000, since revised to 25000000)",
            ]
            // 25 million is also below the Fixtures' three forms of forced labour (27.5 million), which
            // parts-above-whole names since session 55: only the repeats' warnings are this test's.
            #expect(IngestPartWarningTests.warnings(load.stderr).filter { $0.contains(": repeat-changed: ") }
                        == rows.map { "warning: revised.csv:2:1: repeat-changed: \($0): \(Self.message)" },
                    "\(load.stderr)")
            #expect(load.stderr.contains("parts-above-whole: ilo-wf-iom-2022-forced-commercial-sexual-exploitation-wld (6300000) + "), "\(load.stderr)")
            #expect(try checkRows(in: dir).filter { $0.hasPrefix("r") } == rows)
        }
    }
}
