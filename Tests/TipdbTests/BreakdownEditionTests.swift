import Foundation
import Testing

/// A later release's figures for one citizenship revise the earlier release's as its totals do:
/// Albania going from 600 to 640, loaded under a new source as README documents for editions, was
/// noticed nowhere while the total's 3,385 to 3,420 was (a statistics unit's review, session 55).
@Suite("a later edition's figures broken down by citizenship revise the earlier edition's (built binary)")
struct BreakdownEditionTests {
    static let sources = """
        key,kind,title,publisher,date
        ho-q4-2023,dataset,"Modern Slavery: NRM and DtN Statistics, October to December 2023",Home Office,2024-02-29
        ho-q4-2024,dataset,"Modern Slavery: NRM and DtN Statistics, October to December 2024",Home Office,2025-03-13

        """
    static let figures = """
        key,measure,value,unit,place,period,source,method,locator,breakdown
        p-q4,modern-slavery-referrals,3385,persons,GBR,2023-10/2023-12,ho-q4-2023,detected,Table 1,
        p-q4-alb,modern-slavery-referrals,600,persons,GBR,2023-10/2023-12,ho-q4-2023,detected,Table 6,citizenship: Albania
        p-q4-vnm,modern-slavery-referrals,410,persons,GBR,2023-10/2023-12,ho-q4-2023,detected,Table 6,citizenship: Viet Nam
        r-q4,modern-slavery-referrals,3420,persons,GBR,2023-10/2023-12,ho-q4-2024,detected,Table 1,
        r-q4-alb,modern-slavery-referrals,640,persons,GBR,2023-10/2023-12,ho-q4-2024,detected,Table 6,citizenship: Albania

        """

    @Test("ingest's note, check, the brief's editions caution and lineage name the citizenship's revision; another citizenship is no revision of it")
    func citizenshipRevised() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
            let loaded = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stderr.contains("p-q4-alb (600; later edition ho-q4-2024, published 2025-03-13, gives 640 as r-q4-alb)"), "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            let found = check.stdout + check.stderr
            #expect(found.contains("p-q4-alb (600, ho-q4-2023): later edition ho-q4-2024, published 2025-03-13, gives 640 as r-q4-alb"), "\(found)")
            #expect(!found.contains("p-q4-vnm (410"), "\(found)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("October-December 2023, citizenship: Albania: Home Office 2025 [1] revised 600 (Home Office 2024 [2]) to 640."),
                    "\(brief.stdout)")
            let lineage = try Tipdb.run(["report", "lineage", "p-q4-alb"], in: dir)
            #expect(lineage.stdout.contains("revised by a later edition: 640 in Home Office 2025 [2] (r-q4-alb)"), "\(lineage.stdout)")
        }
    }

    /// Two editions giving a count by 40 sectors for two years, more categories than a slot's
    /// figures were once compared pair by pair (ingest and check joined every pair of a measure,
    /// place and subgroup, then compared their breakdowns): the later edition revises even sectors.
    /// One sector's 2022 is written as months in the later edition, the same days; one sector
    /// only the earlier edition gives.
    private static func sectors(edition: Int) -> String {
        var rows = ["key,measure,value,unit,place,period,source,method,breakdown"]
        for year in [2022, 2023] {
            for sector in 1...40 where edition == 2023 || sector != 40 {
                let value = 100 + sector + (edition == 2024 && sector % 2 == 0 ? 1 : 0)
                let period = edition == 2024 && sector == 1 && year == 2022 ? "2022-01/2022-12" : "\(year)"
                rows.append("e\(edition)-\(year)-s\(sector),modern-slavery-referrals,\(value),persons,GBR,\(period),ho-q4-\(edition),detected,sector: s\(sector)")
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    @Test("40 sectors in two editions: ingest's note names each later figure's earlier one, check each revised sector, by sector and days alone")
    func manySectors() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data(Self.sectors(edition: 2023).utf8).write(to: dir.appendingPathComponent("a.csv"))
            try Data(Self.sectors(edition: 2024).utf8).write(to: dir.appendingPathComponent("b.csv"))
            #expect(try Tipdb.run(["ingest", "s.csv", "a.csv"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "b.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            // 39 sectors a year, each with its earlier figure; the first in key order, whose 2022 is written as months.
            #expect(loaded.stderr.contains("78 figures give counts that another edition of the same producer's series gives"), "\(loaded.stderr)")
            #expect(loaded.stderr.contains("e2024-2022-s1 (101; earlier edition ho-q4-2023, published 2024-02-29, gives 101 as e2023-2022-s1)"), "\(loaded.stderr)")
            let check = try Tipdb.run(["check", "--max-rows", "100"], in: dir)
            let found = check.stdout + check.stderr
            let revised = found.split(separator: "\n").filter { $0.contains("later edition ho-q4-2024") }
            // The even sectors of 2 to 38 (40 only the earlier edition gives), in both years.
            #expect(revised.count == 38, "\(revised)")
            #expect(found.contains("e2023-2023-s2 (102, ho-q4-2023): later edition ho-q4-2024, published 2025-03-13, gives 103 as e2024-2023-s2"), "\(found)")
            #expect(!found.contains("e2023-2023-s3 (103"), "an unrevised sector: \(found)")
            #expect(!found.contains("e2023-2023-s40 (140"), "a sector only the earlier edition gives: \(found)")
        }
    }
}
