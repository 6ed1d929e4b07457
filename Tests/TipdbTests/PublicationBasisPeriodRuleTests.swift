import Foundation
import Testing

/// README says to file a number whose source does not state its period under the publication
/// year, with `period_basis` publication. Done so for a count from a report dated to the day
/// (2023 for 2023-06-15), ingest and `tipdb check` warned `period-ends-after-publication`: "the
/// period or the source is wrong", of a period that is only the year the figure is filed under
/// (an expert witness's review, session 53).
@Suite("period rules leave out a period_basis publication period (built binary)")
struct PublicationBasisPeriodRuleTests {
    private static let sources = """
        key,title,authors,publisher,date,url,accessed
        tip-2023,2023 Trafficking in Persons Report,U.S. Department of State,U.S. Department of State,2023-06-15,https://www.state.gov/a,2026-12-01

        """

    /// Loads `figures` after the source; returns ingest's standard error and check's output.
    private func load(_ figures: String) throws -> (ingest: ProcessResult, check: ProcessResult) {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data(figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
            let ingest = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            return (ingest, try Tipdb.run(["check"], in: dir))
        }
    }

    @Test("a count filed under its report's year, period not stated, passes ingest and check without a period warning")
    func publicationYearPasses() throws {
        let (ingest, check) = try load("""
            key,measure,value,unit,place,period,period_basis,source,locator,quote
            tip23-nga,detected-trafficking-victims,1857,persons,NGA,2023,publication,tip-2023,Nigeria narrative,"identified 1,857 victims"

            """)
        #expect(!ingest.stderr.contains("period-ends-after-publication"), "\(ingest.stderr)")
        #expect(!ingest.stderr.contains("the period or the source is wrong"), "\(ingest.stderr)")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains(": 0 errors, 0 warnings"), "\(check.stdout)")
    }

    @Test("the same count with its period stated is still named, and a wrong filing year still is by period-not-publication-year")
    func statedPeriodStillWarned() throws {
        let (ingest, check) = try load("""
            key,measure,value,unit,place,period,period_basis,source,locator,quote
            tip23-stated,detected-trafficking-victims,1857,persons,NGA,2023,stated,tip-2023,Nigeria narrative,"identified 1,857 victims"
            tip23-late,detected-trafficking-victims,1900,persons,NGA,2024,publication,tip-2023,Nigeria narrative,"1,900"

            """)
        #expect(ingest.stderr.contains(
            "period-ends-after-publication: tip23-stated: period ends 2023, source tip-2023 published 2023-06-15; a count cannot include days after publication"),
            "\(ingest.stderr)")
        #expect(!ingest.stderr.contains("period-ends-after-publication: tip23-late"), "\(ingest.stderr)")
        #expect(!check.stdout.contains("tip23-late: period starts"), "\(check.stdout)")
        #expect(check.stdout.contains("tip23-late: period 2024, source tip-2023 published 2023-06-15"), "\(check.stdout)")
        #expect(check.stdout.contains("tip23-stated: period ends 2023"), "\(check.stdout)")
    }
}
