import Foundation
import Testing

/// `series-jump` compares each figure with the smallest and the largest figure of the period
/// before it, not with every one (review of session 44: 8,000 figures, 80 to a period, loaded
/// beside 16,000 gave 305,679 warnings, and 200,000 such figures ran for over ten minutes).
@Suite("series-jump: each figure is compared with the two ends of the period before it (built binary)")
struct SeriesJumpEndsTests {
    static let header = "key,measure,value,unit,place,period,sex,age_group,form,source,method\n"

    @Test("the smallest (first key among equal values) for a rise, the largest for a fall, each named with the count of its period")
    func ends() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nx,Survey X,Institute X,2026\n", "sources.csv", in: dir)
            let rows = [("e-b", 1, 2020), ("e-a", 1, 2020), ("e-c", 3, 2020), ("e-d", 500, 2020), ("l-1", 100, 2021), ("l-2", 20, 2021), ("l-3", 5, 2021)]
                .map { "\($0.0),forced-labour,\($0.1),persons,NPL,\($0.2),total,total,,x,estimated\n" }.joined()
            try IngestPartWarningTests.write(Self.header + rows, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stdout.contains("figures.csv: 7 read, 7 inserted, 0 updated, 0 unchanged, 0 rejected, 6 warnings (batch 2)"), "\(loaded.stdout)")
            // Four series-jump warnings (the check rows below) and two same-figure-twice, one a period.
            #expect(loaded.stderr.components(separatedBy: ": series-jump: ").count - 1 == 4, "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("""
                  l-1 (100) is 100 times e-a (1), the smallest of the 4 figures of the period before it in its series
                  l-2 (20) is 20 times e-a (1), the smallest of the 4 figures of the period before it in its series
                  l-2 (20) is 1/25 of e-d (500), the largest of the 4 figures of the period before it in its series
                  l-3 (5) is 1/100 of e-d (500), the largest of the 4 figures of the period before it in its series

                """), "\(check.stdout)")
        }
    }

    @Test("two periods of 50 figures, every later one 10 times every earlier one, give 50 pairs, not 2,500")
    func manyFigures() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nx,Survey X,Institute X,2026\n", "sources.csv", in: dir)
            let rows = (1...50).map { "a-\($0),forced-labour,\($0),persons,NPL,2020,total,total,,x,estimated\n" }.joined()
                + (1...50).map { "b-\($0),forced-labour,\(1000 + $0),persons,NPL,2021,total,total,,x,estimated\n" }.joined()
            try IngestPartWarningTests.write(Self.header + rows, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.stdout.contains("figures.csv: 100 read, 100 inserted, 0 updated, 0 unchanged, 0 rejected, 52 warnings (batch 2)"), "\(loaded.stdout)")
            // 50 series-jump warnings, one a figure of 2021 (ingest lists 20 and counts the rest), and
            // two same-figure-twice, one a period.
            #expect(loaded.stderr.contains("warning: figures.csv: series-jump: 30 more such rows in this file's figures; tipdb check lists every one"),
                    "\(loaded.stderr.suffix(2000))")
            #expect(loaded.stderr.contains(
                "warning: figures.csv:52:19: series-jump: b-1 (1001) is 1001 times a-1 (1), the smallest of the 50 figures of the period before it in its series: "),
                "\(loaded.stderr.prefix(2000))")
        }
    }
}
