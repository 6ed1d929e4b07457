import Foundation
import Testing

/// `parts-above-whole`: the measures that are parts of one broader measure (its children in
/// `measures.parent`) adding up to more than it, for one source and study, place, period, unit
/// and subgroup. Modern slavery of 100,000 beside forced labour of 80,000 and forced marriage of
/// 70,000 from one survey passed ingest, check and the brief without a word, each part being below
/// the whole (review of session 47, D4).
@Suite("parts-above-whole: sub-measures adding up to more than their whole, in ingest, check and the brief (built binary)")
struct PartsAboveWholeTests {
    static let message = "measures that are parts of one broader measure (its children in measures.parent, such as forced labour and "
        + "forced marriage within modern slavery, or a child's own children where the child has no figure) add up to more than it beyond rounding (counts from records, such as detected victims, at all), for the same source, study, place, period, "
        + "unit and subgroup (each part at the low end of its range or interval, the whole at the high end of its own; kept as published; say so when citing): parts that do not overlap cannot add "
        + "up to more than their whole, so one of them counts something else or is wrong"
    private static let tail = " All are kept as published, but measures that do not overlap cannot add up to more than the measure "
        + "they are part of (rounding allowed for): one of them counts something else or is wrong. Say so when citing any of them."

    @Test("one survey's forced labour 80,000 and forced marriage 70,000 beside its modern slavery 100,000")
    func surveyAboveItsWhole() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(IngestPartWarningTests.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("key,title,source,method,period,places\nsa,Survey A 2016,x-2021,survey,2016,NPL\n", "studies.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,study,locator,method
                npl-ms,modern-slavery,100000,persons,NPL,2016,x-2021,sa,p1,estimated
                npl-fl,forced-labour,80000,persons,NPL,2016,x-2021,sa,p1,estimated
                npl-fm,forced-marriage,70000,persons,NPL,2016,x-2021,sa,p1,estimated

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "studies.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let row = "npl-fl (80000) + npl-fm (70000) = 150000 > npl-ms (100000)"
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == ["warning: figures.csv:3:22: parts-above-whole: \(row): \(Self.message)"],
                    "\(loaded.stderr)")
            #expect(loaded.stdout.contains("figures.csv: 3 read, 3 inserted, 0 updated, 0 unchanged, 0 rejected, 1 warning (batch 3)"), "\(loaded.stdout)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0)
            #expect(check.stdout.contains("warning: parts-above-whole: \(Self.message) (1)\n  \(row)\n"), "\(check.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir)
            #expect(brief.stdout.contains("- **Caution (subgroups).** Modern slavery in Nepal, 2016, Institute X 2021 [1]: the measures part "
                + "of it, Forced labour (80,000) and Forced marriage (70,000), add up to 150,000, more than Modern slavery (100,000)." + Self.tail),
                    "\(brief.stdout)")
        }
    }

    /// ILO-like numbers rounded to a hundred thousand pass; a million over does not; a grandchild
    /// (the private economy, within forced labour) is never added to its parent's siblings; a
    /// range adds its low end.
    @Test("beyond rounding only, children of one measure only, a range at its low end")
    func roundingChildrenAndRanges() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(IngestPartWarningTests.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,unit,place,period,source,method,locator
                a-ms,modern-slavery,49.6 million,,,persons,WLD,2021,x-2021,estimated,p. 1
                a-fl,forced-labour,27.6 million,,,persons,WLD,2021,x-2021,estimated,p. 1
                a-fm,forced-marriage,22.1 million,,,persons,WLD,2021,x-2021,estimated,p. 1
                b-ms,modern-slavery,49.6 million,,,persons,WLD,2016,x-2021,estimated,p. 2
                b-fl,forced-labour,27.6 million,,,persons,WLD,2016,x-2021,estimated,p. 2
                b-fm,forced-marriage,23 million,,,persons,WLD,2016,x-2021,estimated,p. 2
                c-ms,modern-slavery,100,,,persons,NPL,2020,x-2021,estimated,p. 3
                c-fl,forced-labour,60,,,persons,NPL,2020,x-2021,estimated,p. 3
                c-flpe,forced-labour-private-economy,50,,,persons,NPL,2020,x-2021,estimated,p. 3
                d-ms,modern-slavery,100,,,persons,IND,2020,x-2021,estimated,p. 4
                d-fl,forced-labour,70,60,80,persons,IND,2020,x-2021,estimated,p. 4
                d-fm,forced-marriage,50,,,persons,IND,2020,x-2021,estimated,p. 4

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let rows = [
                "b-fl (27600000) + b-fm (23000000) = 50600000 > b-ms (49600000)",
                "d-fl (70, counted as 60) + d-fm (50) = 110 > d-ms (100)",
            ]
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: figures.csv:6:20: parts-above-whole: \(rows[0]): \(Self.message)",
                "warning: figures.csv:12:20: parts-above-whole: \(rows[1]): \(Self.message)",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: parts-above-whole: \(Self.message) (2)\n" + rows.map { "  \($0)\n" }.joined()),
                    "\(check.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir)
            let cautions = brief.stdout.split(separator: "\n").filter { $0.contains("the measures part of it") }.map(String.init)
            #expect(cautions == [
                "- **Caution (subgroups).** Modern slavery in the world, 2016, Institute X 2021 [1]: the measures part of it, Forced "
                    + "labour (27.6 million) and Forced marriage (23 million), add up to 50.6 million, more than Modern slavery (49.6 million)."
                    + Self.tail,
                "- **Caution (subgroups).** Modern slavery in India, 2020, Institute X 2021 [1]: the measures part of it, Forced labour "
                    + "(70; 60 to 80) and Forced marriage (50), add up to 110 at the low ends of their ranges, more than Modern slavery (100)." + Self.tail,
            ], "\(brief.stdout)")
        }
    }
}
