import Foundation
import Testing

/// A grapher file whose columns are an estimate and its lower and upper bounds (Walk Free's
/// prevalence as OWID republishes it): the bounds are the estimate's low and high on the same row.
/// The reader took each bound for the estimate: the file was refused as "the same figures" with
/// the advice to load the columns from separate files, and doing so stored each bound as the
/// estimate under one key, with revisions nobody published (review of session 50, meta-analyst).
@Suite("Our World in Data: lower and upper bound columns are the low and high of their estimate (built binary)")
struct OWIDBoundColumnsTests {
    static let estimate = "Prevalence of modern slavery (per 1000)"
    static let lower = "Prevalence of modern slavery (per 1000) - lower bound"
    static let upper = "Prevalence of modern slavery (per 1000) - upper bound"

    /// Writes `name.csv` with `columns` and `rows` (cells after Entity,Code,Year), and its metadata
    /// describing each column (`description` for every one).
    private static func write(_ name: String, columns: [String], rows: [String], description: String = "Estimated prevalence.",
                              in dir: URL) throws -> String {
        let header = "Entity,Code,Year," + columns.joined(separator: ",")
        try Data((([header] + rows).joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("\(name).csv"))
        let origin = #"{"producer":"Walk Free","title":"Global Slavery Index","datePublished":"2023-05-24","urlMain":"https://www.walkfree.org/global-slavery-index/"}"#
        let described = columns.map { #""\#($0)":{"titleShort":"Prevalence of modern slavery","unit":"per 1,000 people","descriptionShort":"\#(description)","origins":[\#(origin)]}"# }
        let metadata = #"{"chart":{"originalChartUrl":"https://ourworldindata.org/grapher/modern-slavery-prevalence"},"columns":{\#(described.joined(separator: ","))}}"#
        try Data(metadata.utf8).write(to: dir.appendingPathComponent("\(name).metadata.json"))
        return "\(name).csv"
    }

    @Test("estimate and both bounds: one figure per row with value, low and high; no level stated, so ci_level is empty")
    func estimateWithBounds() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let file = try Self.write("ms", columns: [Self.estimate, Self.lower, Self.upper],
                                      rows: ["India,IND,2021,8,6.5,9.5", "Pakistan,PAK,2021,10.6,8.9,12.4"], in: dir)
            let result = try Tipdb.run(["ingest", "--measure", "modern-slavery", file], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("2 read, 2 inserted"), "\(result.stdout)")
            #expect(result.stderr.contains("note: ms.csv: column 5 \"\(Self.lower)\" → the low of column 4's figures (lower bound, no level stated: ci_level left empty)"), "\(result.stderr)")
            #expect(!result.stderr.contains("separate files"), "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT place, value, low, high, ci_level, unit FROM figures ORDER BY place", in: dir) == """
                IND,8.0,6.5,9.5,,per-1000
                PAK,10.6,8.9,12.4,,per-1000
                """)
        }
    }

    @Test("a level the metadata states (95% uncertainty interval) is stored as ci_level; a row with one bound has none")
    func levelFromMetadata() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let file = try Self.write("ms", columns: [Self.estimate, Self.lower, Self.upper],
                                      rows: ["India,IND,2021,8,6.5,9.5", "Pakistan,PAK,2021,10.6,8.9,"],
                                      description: "Estimated prevalence, with its 95% uncertainty interval.", in: dir)
            let result = try Tipdb.run(["ingest", "--measure", "modern-slavery", file], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("(upper bound, at the 95% level the metadata states)"), "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT place, value, low, high, ci_level FROM figures ORDER BY place", in: dir) == """
                IND,8.0,6.5,9.5,0.95
                PAK,10.6,8.9,,
                """)
        }
    }

    @Test("a bound column without its estimate is refused at its header cell, never loaded as an estimate")
    func boundAlone() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let file = try Self.write("upper", columns: [Self.upper], rows: ["India,IND,2021,9.5"], in: dir)
            let before = RetractCommandTests.files(in: dir)
            let result = try Tipdb.run(["ingest", "--measure", "modern-slavery", file], in: dir)
            #expect(result.status == 1, "\(result.stdout)")
            #expect(result.stderr.hasPrefix("upper.csv:1:18: column \"\(Self.upper)\" is the upper bound of the indicator \"\(Self.estimate)\", which is not a column of this file; expected the indicator's own column beside its bounds: a bound is not an estimate, and tipdb never loads one as such (download the chart with its estimate, or give the estimate with its low and high in a figures file)\n"), "\(result.stderr)")
            #expect(!result.stderr.contains("separate files"), "\(result.stderr)")
            #expect(RetractCommandTests.files(in: dir) == before)
        }
    }

    @Test("a bound on the wrong side of its estimate, or without an estimate on its row, is refused at its cell")
    func boundOutsideEstimate() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let file = try Self.write("ms", columns: [Self.estimate, "\(Self.estimate) (lower bound)", "\(Self.estimate) (upper bound)"],
                                      rows: ["India,IND,2021,8,8.5,9.5", "Pakistan,PAK,2021,10.6,8.9,10", "Nepal,NPL,2021,,1,2"], in: dir)
            let result = try Tipdb.run(["ingest", "--measure", "modern-slavery", file], in: dir)
            #expect(result.status == 1, "\(result.stdout)")
            #expect(result.stderr.contains("""
                ms.csv:2:18: \(Self.estimate) (lower bound): lower bound 8.5 is above the value 8; expected low ≤ value
                ms.csv:3:28: \(Self.estimate) (upper bound): upper bound 10 is below the value 10.6; expected value ≤ high
                ms.csv:4:17: \(Self.estimate) (lower bound): "1" is a lower bound, but column 4 "\(Self.estimate)" gives no estimate on this row; expected the estimate beside its bounds, or the row left out (a bound is not an estimate)
                ms.csv:4:19: \(Self.estimate) (upper bound): "2" is an upper bound, but column 4 "\(Self.estimate)" gives no estimate on this row; expected the estimate beside its bounds, or the row left out (a bound is not an estimate)
                """), "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT count(*) FROM figures", in: dir) == "0")
        }
    }
}
