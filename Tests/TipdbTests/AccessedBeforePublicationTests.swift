import Foundation
import Testing

/// A source read before it was published: an access date of 5 January 2023 for a report of 7
/// March 2024 loaded and was printed in the brief's references without a word (an expert
/// witness's review, session 53). Check names it (`accessed-before-publication`), and ingest warns
/// at the accessed cell of the sources file that loads it.
@Suite("check and ingest: a source accessed before its publication date is named (built binary)")
struct AccessedBeforePublicationTests {
    static let message = "sources whose accessed date (the day the URL was read) is before they were "
        + "published, by more than the day time zones allow: no one reads a source before it appears, so one of the two dates "
        + "is wrong (a typo, the day an earlier version or edition was read, or the date of a later edition); the brief prints "
        + "both in its references; correct the one that is wrong and load the source again"

    @Test("accessed 2023-01-05 for a source of 2024-03-07 is warned about at the accessed cell and listed by check; a year, a month and the day before a full date are not")
    func warnedAtTheAccessedCell() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,title,publisher,date,url,accessed
                ho-2024,NRM statistics 2023,Home Office,2024-03-07,https://www.gov.uk/x,2023-01-05
                same-year,Yearly report,Institute X,2024,https://x.example.org,2024-01-05
                same-month,Monthly report,Institute X,2024-03,https://x.example.org,2024-03-01
                day-before,Daily report,Institute X,2024-03-07,https://x.example.org,2024-03-06
                month-before,Monthly report 2,Institute X,2024-03,https://x.example.org,2024-02-29

                """, "sources.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "sources.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: sources.csv:2:73: accessed-before-publication: ho-2024 (accessed 2023-01-05, published 2024-03-07): \(Self.message)",
                "warning: sources.csv:6:73: accessed-before-publication: month-before (accessed 2024-02-29, published 2024-03): \(Self.message)",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains("""
                warning: accessed-before-publication: \(Self.message) (2)
                  ho-2024 (accessed 2023-01-05, published 2024-03-07)
                  month-before (accessed 2024-02-29, published 2024-03)

                """), "\(check.stdout)")
        }
    }

    @Test("a CSL-JSON item whose accessed date-parts come before its issued date is named too")
    func cslItem() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                [{"id": "csl-early", "type": "report", "title": "Early", "publisher": "P", "URL": "https://p.example.org",
                  "issued": {"date-parts": [[2020, 5, 1]]}, "accessed": {"date-parts": [[2019, 1, 2]]}}]
                """, "refs.json", in: dir)
            let loaded = try Tipdb.run(["ingest", "refs.json"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stderr.contains("accessed-before-publication: csl-early (accessed 2019-01-02, published 2020-05-01): \(Self.message)"),
                    "\(loaded.stderr)")
            let check = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(check.stdout.contains("\"accessed-before-publication\": 1"), "\(check.stdout)")
        }
    }
}
