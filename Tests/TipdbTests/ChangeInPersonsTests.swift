import Foundation
import Testing

/// A change in a number of people or cases is stored as a change (m0060, `persons-change`,
/// `cases-change`), not as a level (review of session 51: "an increase of 2.7 million since 2016"
/// could only be stored as 2.7 million people in forced labour for 2016-2021).
@Suite("units persons-change and cases-change (built binary)")
struct ChangeInPersonsTests {
    private let sources = """
        key,title,publisher,date
        ilo-2022,Global Estimates of Modern Slavery,International Labour Office,2022-09-12
        lib-2025,Modern slavery: the global picture,House of Commons Library,2025-03-10

        """

    /// Ingests `figures` (a CSV body under the header) into a new database; the ingest's result and `body`'s.
    private func load<T>(_ figures: String, _ body: (URL, ProcessResult) throws -> T) throws -> T {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data(("key,measure,value,unit,place,period,source,method\n" + figures).utf8)
                .write(to: dir.appendingPathComponent("figures.csv"))
            return try body(dir, try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir))
        }
    }

    @Test("up 2.7 million: no level in key figures or charts, no series jump against the 2021 estimate")
    func storedAsChange() throws {
        try load("""
            fl-2021,forced-labour,27.6 million,persons,WLD,2021,ilo-2022,estimated
            fl-change,forced-labour,2.7 million,change in persons,WLD,2016-2021,lib-2025,reported
            fl-fall,forced-labour,"-300,000",persons-change,WLD,2012-2016,lib-2025,reported

            """) { dir, ingest in
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(!ingest.stderr.contains("series-jump"), "\(ingest.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, unit, value FROM figures ORDER BY key"], in: dir)
            #expect(stored.stdout.contains("fl-change,persons-change,2700000.0"), "\(stored.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| up 2.7 million |  | World | 2016-2021 |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("| down 300,000 |  | World | 2012-2016 |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("| Forced labour | World | 27.6 million |"), "the 2021 estimate is still the key figure")
            #expect(!brief.stdout.contains("Caution (jumps)"), "\(brief.stdout)")
        }
    }

    @Test("a change in persons does not fit a measure counted in cases; cases-change does")
    func fitsTheMeasure() throws {
        try load("offences,trafficking-offences,120,persons-change,GBR,2022-2023,lib-2025,detected\n") { dir, ingest in
            #expect(ingest.status == 1)
            #expect(ingest.stderr.contains("figures.csv:2:"), "\(ingest.stderr)")
            #expect(ingest.stderr.contains("persons-change"), "\(ingest.stderr)")
            let count = try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n FROM figures"], in: dir)
            #expect(count.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "n\n0\n", "nothing loaded: \(count.stdout)")
        }
        try load("offences,trafficking-offences,120,cases-change,GBR,2022-2023,lib-2025,detected\n") { dir, ingest in
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir)
            #expect(brief.stdout.contains("| up 120 cases |"), "\(brief.stdout)")
        }
    }

    @Test("a jump caution between prevalence estimates does not claim the same length of period")
    func jumpWording() throws {
        try load("""
            fl-2021,forced-labour,27.6 million,persons,WLD,2021,ilo-2022,estimated
            fl-span,forced-labour,2.7 million,persons,WLD,2016-2020,lib-2025,estimated

            """) { dir, ingest in
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir)
            #expect(brief.stdout.contains(
                "the figure before it in time for the same measure, place, subgroup and unit, from a different producer"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("unit and length of period"), "\(brief.stdout)")
        }
    }
}
