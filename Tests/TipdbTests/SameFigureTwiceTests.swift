import Foundation
import Testing

/// One source's figure held under two keys (a renamed key, a row typed twice, one year written
/// `2018` and `2018-01-01`/`2018-12-31`): `tipdb check` warns of it (`same-figure-twice`), ingest
/// warns about the file that made the pair, and the brief cautions about it instead of taking one
/// as the key figure by key order. Periods compare by their days, so the brief's competing
/// estimates and key figure treat a year written as its days as the same year.
@Suite("same-figure-twice: one figure held under two keys, and periods compared by their days (built binary)")
struct SameFigureTwiceTests {
    static let message = "one source gives one figure under two or more keys: the same measure, place, period (by the days it covers: 2018 is 2018-01 to 2018-12 is 2018-01-01 to 2018-12-31), sex, age group, form, unit, method, study (a figure that names none is of any study of its source) and breakdown (subdivision: Texas twice), and notes for a share (they name its part), no repeat; most often a renamed key or a row typed twice, and a brief would hold the figure twice: keep the row the source gives and withdraw the other (tipdb retract KEY --reason ...)"

    /// A fresh database holding the fixture's sources.
    private func start(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let sources = repositoryRoot.appendingPathComponent("Fixtures/sources.json").path
        #expect(try Tipdb.run(["ingest", "--quiet", sources], in: dir).status == 0)
    }

    /// Writes `rows` (after `header`) to `name` in `dir` and ingests it, in a fresh database when `fresh`.
    private func ingest(_ header: String, _ rows: String, _ name: String, fresh: Bool = true, in dir: URL) throws -> ProcessResult {
        if fresh { try start(in: dir) }
        try IngestPartWarningTests.write(header + "\n" + rows + "\n", name, in: dir)
        let result = try Tipdb.run(["ingest", name], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    private func brief(in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--place", "NPL", "--date", "2026-12-01"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// check's rows under its `same-figure-twice` warning.
    private func checkRows(in dir: URL) throws -> [String] {
        let check = try Tipdb.run(["check"], in: dir)
        #expect(check.status == 0, "\(check.stdout)")
        return check.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix("warning: same-figure-twice:") }.dropFirst()
            .prefix { $0.hasPrefix("  ") }.map { String($0.dropFirst(2)) }
    }

    @Test("one source, two keys, two numbers: ingest and check warn, the brief cautions and says why its key figure is the one it is")
    func twoNumbersUnderTwoKeys() throws {
        try withTemporaryDirectory { dir in
            let loaded = try ingest("key,measure,value,unit,place,period,source", """
                zz-nepal,forced-labour,"35,000",persons,NPL,2018,ilo-wf-iom-2022-global-estimates
                aa-nepal,forced-labour,"32,000",persons,Nepal,2018,ilo-wf-iom-2022-global-estimates
                """, "two.csv", in: dir)
            let row = "aa-nepal (32000) and zz-nepal (35000) from ilo-wf-iom-2022-global-estimates: two numbers for one figure"
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == ["warning: two.csv:3:1: same-figure-twice: \(row): \(Self.message)"], "\(loaded.stderr)")
            #expect(try checkRows(in: dir) == [row])
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: same-figure-twice: \(Self.message) (1)\n"), "\(check.stdout)")

            let md = try brief(in: dir)
            #expect(md.contains("""
                - **Caution (same-figure).** Forced labour in Nepal, 2018: ILO et al. 2022 [1] gives 32,000 (aa-nepal) and 35,000 \
                (zz-nepal) for one figure, under two keys: most often a renamed key or a row typed twice, so one of the numbers is \
                wrong. The key figure uses 32,000 (aa-nepal) only because its key sorts first. Check them against the source before \
                citing either (tipdb check warns of it as same-figure-twice).

                """), "\(md)")
            #expect(md.contains("| Forced labour | Nepal | 32,000 |  | 2018 | ILO et al. 2022 [1] |"), "\(md)")
        }
    }

    @Test("the warning is at the key cell, wherever the file puts its key column")
    func atTheKey() throws {
        try withTemporaryDirectory { dir in
            let loaded = try ingest("measure,value,unit,place,period,source,key", """
                forced-labour,"35,000",persons,NPL,2018,ilo-wf-iom-2022-global-estimates,zz-nepal
                forced-labour,"32,000",persons,Nepal,2018,ilo-wf-iom-2022-global-estimates,aa-nepal
                """, "last.csv", in: dir)
            let row = "aa-nepal (32000) and zz-nepal (35000) from ilo-wf-iom-2022-global-estimates: two numbers for one figure"
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == ["warning: last.csv:3:76: same-figure-twice: \(row): \(Self.message)"], "\(loaded.stderr)")
        }
    }

    @Test("a year written as its days is the same year: two sources compete and the later publication is the key figure; one source in two files is one figure twice")
    func yearWrittenAsDays() throws {
        try withTemporaryDirectory { dir in
            let loaded = try ingest("key,measure,value,unit,place,period_start,period_end,source", """
                x-a,forced-labour,"32,000",persons,NPL,2018,,ilo-wf-iom-2022-global-estimates
                x-b,forced-labour,"95,000",persons,NPL,2018-01-01,2018-12-31,ilo-2024-profits-poverty
                """, "one.csv", in: dir)
            #expect(IngestPartWarningTests.warnings(loaded.stderr).isEmpty, "\(loaded.stderr)")
            #expect(try checkRows(in: dir).isEmpty)
            let md = try brief(in: dir)
            #expect(md.contains("""
                - **Caution (estimates).** Forced labour in Nepal, 2018: ILO et al. 2022 [2] gives 32,000 and ILO 2024 [1] gives \
                95,000; they differ beyond rounding. The periods 2018 and 2018-01-01 to 2018-12-31 cover the same days. The key \
                figure, 95,000 from ILO 2024, is chosen by rule: of primary estimates for the same period, the most recently published \
                source is taken, which is no judgement that its estimate is the better one. Say that the sources disagree when \
                citing either.

                """), "\(md)")
            #expect(md.contains("| Forced labour | Nepal | 95,000 |  | 2018-01-01 to 2018-12-31 | ILO 2024 [1] |"), "\(md)")
            // The view picks what the key figures pick (m0026), by the days too.
            let view = try Tipdb.run(["sql", "--format", "csv", "SELECT figure FROM latest_estimates WHERE place = 'NPL'"], in: dir)
            #expect(view.stdout.split(whereSeparator: \.isNewline) == ["figure", "x-b"], "\(view.stdout)\(view.stderr)")
            #expect(!md.contains("Caution (methods)"), "\(md)")
            #expect(!md.contains("Caution (same-figure)"), "\(md)")

            // One source's 2018 in one file and its days in another: one figure under two derived keys.
            let again = try ingest(
                "measure,value,unit,place,period_start,period_end,source",
                #"forced-labour,"32,000",persons,NPL,2018-01-01,2018-12-31,ilo-wf-iom-2022-global-estimates"#, "days.csv", fresh: false, in: dir)
            let row = "ilo-wf-iom-2022-global-estimates:forced-labour:NPL:2018-01-01-2018-12-31 (32000) and x-a (32000) "
                + "from ilo-wf-iom-2022-global-estimates: the same number under two keys (periods 2018-01-01/2018-12-31 and 2018 cover the same days)"
            #expect(IngestPartWarningTests.warnings(again.stderr) == ["warning: days.csv:2:1: same-figure-twice: \(row): \(Self.message)"], "\(again.stderr)")
            #expect(try checkRows(in: dir) == [row])
            #expect(try brief(in: dir).contains("""
                - **Caution (same-figure).** Forced labour in Nepal, 2018-01-01 to 2018-12-31: ILO et al. 2022 [2] gives 32,000 once, \
                but the database holds it under two keys, ilo-wf-iom-2022-global-estimates:forced-labour:NPL:2018-01-01-2018-12-31 \
                and x-a: the same figure stored twice (most often a renamed key), not two sources that agree. The periods \
                2018-01-01 to 2018-12-31 and 2018 cover the same days. Check them against the source before citing it (tipdb check \
                warns of it as same-figure-twice).
                """))
        }
    }

    @Test("two sources for one period compete, and two sexes are subgroups: neither is one figure twice")
    func notTheSameFigure() throws {
        try withTemporaryDirectory { dir in
            let loaded = try ingest("key,measure,value,unit,place,period,sex,source", """
                a-2018,forced-labour,"32,000",persons,NPL,2018,total,ilo-wf-iom-2022-global-estimates
                b-2018,forced-labour,"35,000",persons,NPL,2018,total,ilo-2024-profits-poverty
                a-f-2018,forced-labour,"12,000",persons,NPL,2018,female,ilo-wf-iom-2022-global-estimates
                a-m-2018,forced-labour,"12,000",persons,NPL,2018,male,ilo-wf-iom-2022-global-estimates
                """, "other.csv", in: dir)
            #expect(!loaded.stderr.contains("same-figure-twice"), "\(loaded.stderr)")
            #expect(try checkRows(in: dir).isEmpty)
            let md = try brief(in: dir)
            #expect(!md.contains("Caution (same-figure)"), "\(md)")
            #expect(md.contains("- **Caution (estimates).** Forced labour in Nepal, 2018: ILO et al. 2022 [2] gives 32,000 and ILO 2024 [1] gives 35,000; they differ beyond rounding."), "\(md)")
        }
    }

    /// The Fixtures, loaded.
    private func fixtures(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let paths = ["sources.json", "studies.csv", "figures.csv"].map { repositoryRoot.appendingPathComponent("Fixtures/\($0)").path }
        let load = try Tipdb.run(["ingest", "--quiet"] + paths, in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("a row that names no study is the stored figure of its source's study: a mistyped number and a copy are caught by ingest, check and the brief")
    func withoutStudy() throws {
        try withTemporaryDirectory { dir in
            try fixtures(in: dir)
            let loaded = try ingest("key,measure,value,unit,place,period,source", """
                a-typo,forced-labour-profits,3.2 billion,USD,WLD,2021,ilo-2024-profits-poverty
                b-copy,forced-labour-profits,150 billion,USD,WLD,2014,ilo-2014-profits-poverty
                """, "dup2.csv", fresh: false, in: dir)
            let typo = "a-typo (3200000000) and ilo-2024-forced-labour-profits-wld (236000000000) from ilo-2024-profits-poverty: "
                + "two numbers for one figure (no study given for a-typo; study ilo-2024-profits-estimate for ilo-2024-forced-labour-profits-wld)"
            let copy = "b-copy (150000000000) and ilo-2014-forced-labour-profits-wld (150000000000) from ilo-2014-profits-poverty: "
                + "the same number under two keys (no study given for b-copy; study ilo-2014-profits-estimate for ilo-2014-forced-labour-profits-wld)"
            // series-jump names the 3.2 billion too, beside the 150 billion before it.
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains(": same-figure-twice: ") } == [
                "warning: dup2.csv:2:1: same-figure-twice: \(typo): \(Self.message)",
                "warning: dup2.csv:3:1: same-figure-twice: \(copy): \(Self.message)",
            ], "\(loaded.stderr)")
            #expect(try checkRows(in: dir) == [typo, copy])

            let brief = try Tipdb.run(["report", "brief", "--measure", "forced-labour-profits", "--place", "WLD", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            // Markdown escapes the dollar sign.
            let typoCaution: String =
                "- **Caution (same-figure).** Illegal profits from forced labour in the world, 2021: ILO 2024 [1] gives US\\$3.2 billion a year "
                    + "(a-typo) and US\\$236 billion a year (ilo-2024-forced-labour-profits-wld) for one figure, under two keys: most often a "
                    + "renamed key or a row typed twice, so one of the numbers is wrong. No study given for a-typo; study "
                    + "ilo-2024-profits-estimate for ilo-2024-forced-labour-profits-wld: a figure that names no study is not told apart by it. "
                    + "The key figure uses US\\$3.2 billion a year (a-typo) only because its key sorts first. Check them against the source "
                    + "before citing either (tipdb check warns of it as same-figure-twice).\n"
            let copyCaution: String =
                "- **Caution (same-figure).** Illegal profits from forced labour in the world, 2014: ILO 2014 [2] gives US\\$150 billion a year "
                    + "once, but the database holds it under two keys, b-copy and ilo-2014-forced-labour-profits-wld: the same figure stored "
                    + "twice (most often a renamed key), not two sources that agree. No study given for b-copy; study ilo-2014-profits-estimate "
                    + "for ilo-2014-forced-labour-profits-wld: a figure that names no study is not told apart by it. Check them against the "
                    + "source before citing it (tipdb check warns of it as same-figure-twice).\n"
            #expect(brief.stdout.contains(typoCaution), "\(brief.stdout)")
            #expect(brief.stdout.contains(copyCaution), "\(brief.stdout)")
        }
    }

    @Test("two studies of one source are two estimates; a figure without a study beside both is listed with each")
    func twoStudies() throws {
        try withTemporaryDirectory { dir in
            try fixtures(in: dir)
            try IngestPartWarningTests.write("""
                key,title,source
                alt-a,Survey A,ilo-2024-profits-poverty
                alt-b,Survey B,ilo-2024-profits-poverty

                """, "studies.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "studies.csv"], in: dir).status == 0)
            let loaded = try ingest("key,measure,value,unit,place,period,source,study", """
                x-a,forced-labour,"32,000",persons,NPL,2018,ilo-2024-profits-poverty,alt-a
                x-b,forced-labour,"35,000",persons,NPL,2018,ilo-2024-profits-poverty,alt-b
                """, "two.csv", fresh: false, in: dir)
            #expect(IngestPartWarningTests.warnings(loaded.stderr).isEmpty, "\(loaded.stderr)")
            #expect(try checkRows(in: dir).isEmpty)
            let none = try ingest("key,measure,value,unit,place,period,source", #"x-none,forced-labour,"40,000",persons,NPL,2018,ilo-2024-profits-poverty"#,
                                  "none.csv", fresh: false, in: dir)
            let rows = [
                "x-a (32000) and x-none (40000) from ilo-2024-profits-poverty: two numbers for one figure (no study given for x-none; study alt-a for x-a)",
                "x-b (35000) and x-none (40000) from ilo-2024-profits-poverty: two numbers for one figure (no study given for x-none; study alt-b for x-b)",
            ]
            #expect(IngestPartWarningTests.warnings(none.stderr) == rows.map { "warning: none.csv:2:1: same-figure-twice: \($0): \(Self.message)" },
                    "\(none.stderr)")
            #expect(try checkRows(in: dir) == rows)
            let md = try brief(in: dir)
            #expect(md.contains("ILO 2024 [1] gives 32,000 (x-a) and 40,000 (x-none) for one figure"), "\(md)")
            #expect(md.contains("ILO 2024 [1] gives 35,000 (x-b) and 40,000 (x-none) for one figure"), "\(md)")
            #expect(!md.contains("32,000 (x-a) and 35,000 (x-b)"), "\(md)")
        }
    }

    @Test("ILO 2005's minimum typed again without its bound: check and ingest say how the two 12300000 differ")
    func numbersAlikeBoundsApart() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let fixtures = ["sources.json", "studies.csv", "figures.csv"].map { repositoryRoot.appendingPathComponent("Fixtures/\($0)").path }
            #expect(try Tipdb.run(["ingest", "--quiet"] + fixtures, in: dir).status == 0)
            let loaded = try ingest("key,measure,value,place,period,source",
                                    "ilo-2005-forced-labour-wId,forced-labour,12.3 million,WLD,1995-2004,ilo-2005-global-alliance",
                                    "c.csv", fresh: false, in: dir)
            let row = "ilo-2005-forced-labour-wId (12300000, no bounds) and ilo-2005-forced-labour-wld (12300000, at least 12300000) "
                + "from ilo-2005-global-alliance: two numbers for one figure "
                + "(no study given for ilo-2005-forced-labour-wId; study ilo-2005-minimum-estimate for ilo-2005-forced-labour-wld)"
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == ["warning: c.csv:2:1: same-figure-twice: \(row): \(Self.message)"],
                    "\(loaded.stderr)")
            #expect(try checkRows(in: dir) == [row])
        }
    }
}
