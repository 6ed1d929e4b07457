import Foundation
import Testing

/// Quarters that do not add up to their year: a typing slip (14,603 for 4,603) made four quarters
/// add up to 27,004 beside the year's 17,004, and ingest, check and the brief passed it as clean;
/// a later release's revised quarters beside the earlier release's year went unnoticed too (a
/// government statistician's review, session 55). `sub-periods-off-total` names them, and the
/// brief cautions about them.
@Suite("sub-periods-off-total: quarters that do not add up to their year (built binary)")
struct SubPeriodSumTests {
    static let sources = """
        key,title,publisher,date,url,accessed
        ho-q4-2023,"NRM and DtN statistics UK, Quarter 4 2023",Home Office,2024-02-29,https://www.gov.uk/a,2026-11-29
        ho-q4-2024,"NRM and DtN statistics UK, Quarter 4 2024",Home Office,2025-03-13,https://www.gov.uk/b,2026-11-29

        """

    static func quarters(_ values: [String], year: String?, yearPeriod: String = "2023", source: String = "ho-q4-2023", prefix: String = "q") -> String {
        let periods = ["2023-01/2023-03", "2023-04/2023-06", "2023-07/2023-09", "2023-10/2023-12"]
        var rows = ["key,measure,value,unit,place,period,source,method,locator"]
        for (index, value) in values.enumerated() {
            rows.append("\(prefix)\(index + 1),modern-slavery-referrals,\(value),persons,GBR,\(periods[index]),\(source),detected,Table 1")
        }
        if let year { rows.append("\(prefix)y,modern-slavery-referrals,\(year),persons,GBR,\(yearPeriod),\(source),detected,Table 1") }
        return rows.joined(separator: "\n") + "\n"
    }

    static let message = "counts over periods within a longer one (the quarters or months of a year, the months of a quarter) "
        + "add up to more than its count, or, where they cover its days exactly, to another number, beyond rounding (counts from "
        + "records, such as referrals or detected victims, at all), for the same measure, place, subgroup, unit, source and study "
        + "(each part at the low end of its range or interval, a censored <5 as 1, the whole at the high end of its own; the other "
        + "way round for a sum below it; kept as published; say so when citing): periods that do not overlap cannot count more "
        + "than the period containing them, so one of the numbers is wrong, or the whole comes from another release than its "
        + "parts (a later edition's sub-periods that cover an earlier edition's period are compared with it too)"

    static func load(_ files: [(name: String, text: String)], in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
        for file in files { try IngestPartWarningTests.write(file.text, file.name, in: dir) }
        return try Tipdb.run(["ingest", "src.csv"] + files.map(\.name), in: dir)
    }

    @Test("four quarters adding up to more than their year are named by ingest, check and the brief")
    func quartersAboveYear() throws {
        try withTemporaryDirectory { dir in
            let loaded = try Self.load([("d1.csv", Self.quarters(["4746", "14603", "4270", "3385"], year: "17004"))], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let row = "q1 (4746, 2023-01/2023-03) + q2 (14603, 2023-04/2023-06) + q3 (4270, 2023-07/2023-09) + q4 (3385, 2023-10/2023-12) "
                + "= 27004 > qy (17004, 2023), which they cover exactly"
            #expect(IngestPartWarningTests.warnings(loaded.stderr).contains { $0.contains("sub-periods-off-total: \(row): \(Self.message)") },
                    "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: sub-periods-off-total: \(Self.message) (1)\n  \(row)\n"), "\(check.stdout)")
            let brief = try Tipdb.run(["report", "brief", "-o", "b.md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let text = try String(contentsOf: dir.appendingPathComponent("b.md"), encoding: .utf8)
            #expect(text.contains("**Caution (sub-periods).** Potential victims of modern slavery referred in the United Kingdom, 2023, Home Office 2024 ["),
                    "\(text)")
            #expect(text.contains("the counts for periods within it, January-March 2023 (4,746), April-June 2023 (14,603), July-September 2023 (4,270) "
                + "and October-December 2023 (3,385), add up to 27,004, more than the count for 2023 (17,004)."), "\(text)")
        }
    }

    @Test("one quarter larger than its year is named, alone")
    func oneQuarterAboveYear() throws {
        try withTemporaryDirectory { dir in
            let loaded = try Self.load([("d.csv", Self.quarters(["46030"], year: "17004"))], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("\n  q1 (46030, 2023-01/2023-03) = 46030 > qy (17004, 2023)\n"), "\(check.stdout)")
        }
    }

    @Test("quarters that cover the year and add up to less are named; with a censored quarter, at its upper bound")
    func quartersBelowYear() throws {
        try withTemporaryDirectory { dir in
            let loaded = try Self.load([("d.csv", Self.quarters(["4746", "4603", "4270", "<5"], year: "17004"))], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("\n  q1 (4746, 2023-01/2023-03) + q2 (4603, 2023-04/2023-06) + q3 (4270, 2023-07/2023-09) "
                + "+ q4 (<5, counted as 4, 2023-10/2023-12) = 13623 < qy (17004, 2023), which they cover exactly\n"), "\(check.stdout)")
        }
    }

    @Test("quarters that add up to their year, the year written as months, and three quarters below it, pass")
    func consistentQuartersPass() throws {
        try withTemporaryDirectory { dir in
            let loaded = try Self.load([
                ("a.csv", Self.quarters(["4746", "4603", "4270", "3385"], year: "17004", yearPeriod: "2023-01/2023-12")),
                ("b.csv", Self.quarters(["4746", "4603", "<5"], year: "17004", prefix: "p")),
            ], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(!loaded.stderr.contains("sub-periods-off-total"), "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("sub-periods-off-total"), "\(check.stdout)")
        }
    }

    @Test("a later release's revised quarters beside the earlier release's year: check and the brief say the year is from another release")
    func laterEditionQuarters() throws {
        try withTemporaryDirectory { dir in
            let loaded = try Self.load([
                ("r1.csv", Self.quarters(["4746", "4603", "4270", "3385"], year: "17004", prefix: "p-q")),
                ("r2.csv", Self.quarters(["4755", "4612", "4290", "3420"], year: nil, source: "ho-q4-2024", prefix: "r-q")),
            ], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("\n  r-q1 (4755, 2023-01/2023-03) + r-q2 (4612, 2023-04/2023-06) + r-q3 (4290, 2023-07/2023-09) "
                + "+ r-q4 (3420, 2023-10/2023-12) = 17077 > p-qy (17004, 2023): the parts from ho-q4-2024, a later edition of ho-q4-2023's series\n"),
                    "\(check.stdout)")
            let brief = try Tipdb.run(["report", "brief", "-o", "b.md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let text = try String(contentsOf: dir.appendingPathComponent("b.md"), encoding: .utf8)
            #expect(text.contains("the count for 2023 is 17,004, but a later edition, Home Office 2025 ["), "\(text)")
            #expect(text.contains("gives counts for the periods within it, January-March 2023 (4,755), April-June 2023 (4,612), July-September 2023 "
                + "(4,290) and October-December 2023 (3,420), which cover it exactly and add up to 17,077. The count for 2023 is from an earlier "
                + "release than these"), "\(text)")
        }
    }
}
