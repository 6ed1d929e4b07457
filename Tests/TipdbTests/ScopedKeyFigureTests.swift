import Foundation
import Testing

/// A brief scoped to a year or a quarter headlined a count for a longer period that overlaps it,
/// though the count for exactly that period was in its tables: the brief for 2023 headlined the
/// financial year 2023/24, the brief for Q1 2023 the whole year (a government statistician's
/// review, session 55). The figure for exactly the period asked for now comes first, then one
/// within it; one that runs past it is taken only when there is neither, with a caution.
@Suite("Key figures under --period: the period asked for first (built binary)")
struct ScopedKeyFigureTests {
    static let figures = """
        key,measure,value,unit,place,period,source,method,locator
        q1,modern-slavery-referrals,4755,persons,GBR,2023-01/2023-03,ho-q4-2024,detected,Table 1
        q2,modern-slavery-referrals,4612,persons,GBR,2023-04/2023-06,ho-q4-2024,detected,Table 1
        q3,modern-slavery-referrals,4290,persons,GBR,2023-07/2023-09,ho-q4-2024,detected,Table 1
        q4,modern-slavery-referrals,3420,persons,GBR,2023-10/2023-12,ho-q4-2024,detected,Table 1
        y2023,modern-slavery-referrals,17077,persons,GBR,2023,ho-q4-2024,detected,Table 1
        fy2324,modern-slavery-referrals,17350,persons,GBR,2023-04/2024-03,ho-q4-2024,detected,Table 1

        """

    static func brief(_ arguments: [String], in dir: URL) throws -> String {
        let run = try Tipdb.run(["report", "brief", "--place", "UK"] + arguments + ["-o", "b.md"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOf: dir.appendingPathComponent("b.md"), encoding: .utf8)
    }

    @Test("--period 2023 headlines the calendar year's 17,077, --period 2023-01/2023-03 the quarter's 4,755, --period 2024 the financial year with a caution")
    func periodAskedForFirst() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(SubPeriodSumTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "d2.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "d2.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let year = try Self.brief(["--period", "2023"], in: dir)
            #expect(year.contains("| Potential victims of modern slavery referred | United Kingdom | 17,077 |  | 2023 | Home Office 2025 ["), "\(year)")
            #expect(year.contains("In a brief for a period, a figure for exactly that period comes first, then one within it"), "\(year)")
            let quarter = try Self.brief(["--period", "2023-01/2023-03"], in: dir)
            #expect(quarter.contains("| Potential victims of modern slavery referred | United Kingdom | 4,755 |  | January-March 2023 | Home Office 2025 ["),
                    "\(quarter)")
            let past = try Self.brief(["--period", "2024"], in: dir)
            #expect(past.contains("| 17,350 |  | April 2023 to March 2024 |"), "\(past)")
            #expect(past.contains("**Caution (period).** Potential victims of modern slavery referred, the United Kingdom: the key figure, 17,350 "
                + "(Home Office 2025 [1]), is for April 2023 to March 2024, which starts before the period this brief is for (2024): "
                + "no primary figure of this measure and place in the brief is for that period or a period within it."), "\(past)")
        }
    }
}
