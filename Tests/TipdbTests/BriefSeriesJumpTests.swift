import Foundation
import Testing

/// A figure 10 or more times the figure before it in its series, or a tenth of it or less,
/// which `tipdb check` warns of as `series-jump`: the brief's Comparability section cautions about
/// the same pairs (`jumps`), with both figures, their periods and sources, and the ratio.
@Suite("The brief cautions about the series jumps check warns of (built binary)")
struct BriefSeriesJumpTests {
    /// SeriesJumpTests' figures: a 48-fold rise, a share given as a fraction, a 9-fold rise, a
    /// change; and a 2022 figure published only as a bound, which the 2023 figure passes over.
    private func load(in dir: URL) throws {
        try IngestPartWarningTests.write("key,title,publisher,date\nx,Survey X,Institute X,2022\ny,Survey Y,Institute Y,2022\n", "sources.csv", in: dir)
        try IngestPartWarningTests.write(SeriesJumpTests.header + SeriesJumpTests.rows + """
            fl-2022,forced-labour,<5,persons,NPL,2022,total,total,,y,estimated,p. 1
            fl-2023,forced-labour,200,persons,NPL,2023,total,total,,y,estimated,p. 1

            """, "figures.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let loaded = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-12-01"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The (later, earlier) keys of the brief's `jumps` cautions, from its JSON.
    private func briefPairs(_ arguments: [String] = [], in dir: URL) throws -> [[String]] {
        let json = try JSONSerialization.jsonObject(with: Data(try brief(["--format", "json"] + arguments, in: dir).utf8)) as? [String: Any]
        let warnings = (json?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
        return warnings.filter { $0["kind"] as? String == "jumps" }.map { $0["figures"] as? [String] ?? [] }
    }

    @Test("check and the brief name the same pairs; the caution names both figures, their periods and sources, and the ratio")
    func samePairs() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            // check's rows under its series-jump warning: "  later (v) is ... earlier (v), ...".
            let rows = check.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix("warning: series-jump:") }.dropFirst()
                .prefix { $0.hasPrefix("  ") }
            let checkPairs = rows.map { row in
                let words = row.split(separator: " ").map(String.init)
                return [words[0], words[5]]
            }
            #expect(checkPairs == [["fl-2021", "fl-2020"], ["fl-2023", "fl-2021"], ["share-2021", "share-2020"]], "\(check.stdout)")
            #expect(try briefPairs(in: dir).sorted { $0.lexicographicallyPrecedes($1) } == checkPairs)

            let md = try brief([], in: dir)
            #expect(md.contains("""
                - **Caution (jumps).** Forced labour in Nepal: 48,000 (2021, Institute Y 2022 [2]) is 48 times 1,000 (2020, \
                Institute X 2022 [1]), the figure before it in time in the same series (measure, place, subgroup, unit and length of period). \
                A jump that large is most often a unit slip (thousands written as units, a fraction as a percent): check both \
                against their sources before citing either (tipdb check warns of it as series-jump).

                """), "\(md)")
            #expect(md.contains("- **Caution (jumps).** Forced labour in Nepal, children, percent: 0.3% (2021, Institute X 2022 [1]) is 1/100 of 30% (2020, Institute X 2022 [1]), "), "\(md)")
            #expect(md.contains("- **Caution (jumps).** Forced labour in Nepal: 200 (2023, Institute Y 2022 [2]) is 1/240 of 48,000 (2021, Institute Y 2022 [2]), "), "\(md)")
            let html = try brief(["--format", "html"], in: dir)
            #expect(html.contains("Forced labour in Nepal: 48,000 (2021, Institute Y 2022 <a href=\"#ref-2\">[2]</a>) is 48 times"), "\(html)")
        }
    }

    @Test("a place that leaves out a series leaves out its cautions; --from between the two figures of a pair keeps its caution (BoundaryJumpTests)")
    func filters() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            #expect(try briefPairs(["--place", "IND"], in: dir).isEmpty)
            // The pairs within the brief first, then those across --from, the earlier figure named as outside it.
            #expect(try briefPairs(["--from", "2021"], in: dir) == [["fl-2023", "fl-2021"], ["share-2021", "share-2020"], ["fl-2021", "fl-2020"]])
            let md = try brief(["--from", "2021"], in: dir)
            #expect(md.contains("""
                - **Caution (jumps).** Forced labour in Nepal: 48,000 (2021, Institute Y 2022 [2]) is 48 times 1,000 (2020, \
                Institute X 2022 [1]), the figure before it in time in the same series (measure, place, subgroup, unit and length of period), \
                which is outside the years this brief covers (from 2021) and not in its tables. A jump that large
                """), "\(md)")
        }
    }
}
