import Foundation
import Testing

/// m0032 (review of session 30, F6): `figure_citations` gives the bounds of the number a source
/// revised, where `previous_value` alone was NULL for a censored or range-only earlier number.
@Suite("figure_citations gives the earlier number's bounds when a source revised a censored or range-only figure (built binary)")
struct CitationPreviousBoundsTests {
    static let sources = """
        key,title,publisher,date
        ons,Modern slavery estimates,Office for National Statistics,2014

        """
    /// The first release: a range with its confidence level, a censored count, a plain number, and
    /// a figure never revised.
    static let first = """
        key,measure,value,low,high,ci_level,place,period,source,method
        gbr-range,trafficking-victims,,"10,000","13,000",0.95,GBR,2013,ons,estimated
        gbr-small,detected-trafficking-victims,<5,,,,GBR,2014,ons,detected
        gbr-plain,detected-trafficking-victims,41,,,,GBR,2015,ons,detected
        gbr-same,detected-trafficking-victims,17,,,,GBR,2016,ons,detected

        """
    /// The second: each of the first three revised to a plain number.
    static let second = """
        key,measure,value,low,high,ci_level,place,period,source,method
        gbr-range,trafficking-victims,"11,500",,,,GBR,2013,ons,estimated
        gbr-small,detected-trafficking-victims,6,,,,GBR,2014,ons,detected
        gbr-plain,detected-trafficking-victims,45,,,,GBR,2015,ons,detected
        gbr-same,detected-trafficking-victims,17,,,,GBR,2016,ons,detected

        """

    @Test("10,000 to 13,000 (95%) revised to 11,500, <5 to 6 and 41 to 45 each give what they were revised from")
    func previousBounds() throws {
        try withTemporaryDirectory { dir in
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data(Self.first.utf8).write(to: dir.appendingPathComponent("first.csv"))
            try Data(Self.second.utf8).write(to: dir.appendingPathComponent("second.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for files in [["s.csv", "first.csv"], ["second.csv"]] {
                let load = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
                #expect(load.status == 0, "\(load.stderr)")
            }
            let view = try Tipdb.run(["sql", "--format", "csv", """
                SELECT figure, value, revisions, previous_value, previous_censored, previous_low, previous_high, previous_ci_level
                FROM figure_citations ORDER BY figure
                """], in: dir)
            #expect(view.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                figure,value,revisions,previous_value,previous_censored,previous_low,previous_high,previous_ci_level
                gbr-plain,45.0,1,41.0,0,,,
                gbr-range,11500.0,1,,0,10000.0,13000.0,0.95
                gbr-same,17.0,0,,,,,
                gbr-small,6.0,1,,1,1.0,4.0,

                """, "\(view.stdout)\(view.stderr)")
        }
    }

    @Test("the new columns come after corrections, before m0034's period_basis, and are documented by tipdb schema")
    func columnsLastAndDocumented() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let columns = try Tipdb.run(["sql", "--format", "csv", "SELECT name FROM pragma_table_info('figure_citations') ORDER BY cid"], in: dir)
            let names = columns.stdout.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init)
            // The header, then m0025's 34 columns in their places, the four new ones, m0034's, m0046's, m0056's and m0061's.
            #expect(names.count == 1 + 34 + 4 + 1 + 1 + 1 + 1, "\(names)")
            #expect(Array(names.suffix(10)) == ["source_label", "corrections", "previous_censored", "previous_low", "previous_high", "previous_ci_level", "period_basis",
                                               "previous_unit", "previous_source", "price_year"], "\(names)")
            let schema = try Tipdb.run(["schema", "--format", "md", "figure_citations"], in: dir)
            #expect(schema.stdout.contains("| `previous_low` |  |  | lower bound of the number before the source's latest revision (for a censored count: 1); NULL when never revised, when it had none, or when it is withheld as previous_value is (the figure censored now or since, that number not) |"), "\(schema.stdout)")
            #expect(schema.stdout.contains("NULL when never revised, or when that number was censored or only a range: see previous_censored, previous_low and previous_high"), "\(schema.stdout)")
        }
    }
}
