import Foundation
import Testing

/// The Home Office revised 17,004 referrals to 17,010 (a same-key update, kept in
/// `figure_revisions`). `tipdb search 17,004` then found nothing and said that no figure had the
/// word, though an earlier brief cited it (an expert witness's review, session 53).
@Suite("search finds a figure by a number its source revised (built binary)")
struct SearchRevisedNumberTests {
    private static let sources = """
        key,title,authors,publisher,date,url,accessed
        ukho-nrm-2023,"Modern Slavery: National Referral Mechanism statistics UK, end of year summary 2023",Home Office,Home Office,2024-03-07,https://www.gov.uk/x,2026-12-01

        """

    /// Loads 17,004, then the source's revision to 17,010 (or `--correction` of a typing slip), and searches `queries`.
    private func search(_ queries: [[String]], correction: Bool = false) throws -> [ProcessResult] {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,locator,quote
                nrm-2023-gbr-total,detected-trafficking-victims,17004,persons,GBR,2023,ukho-nrm-2023,"Table 1, p. 4","17,004 potential victims"

                """.utf8).write(to: dir.appendingPathComponent("f.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,locator,quote
                nrm-2023-gbr-total,detected-trafficking-victims,17010,persons,GBR,2023,ukho-nrm-2023,"Table 1, p. 4 (revised)","17,010 potential victims"

                """.utf8).write(to: dir.appendingPathComponent("rev.csv"))
            #expect(try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir).status == 0)
            let revised = try Tipdb.run(["ingest"] + (correction ? ["--correction"] : []) + ["rev.csv"], in: dir)
            #expect(revised.status == 0, "\(revised.stderr)")
            return try queries.map { try Tipdb.run(["search"] + $0, in: dir) }
        }
    }

    @Test("17,004 and 17004 find the figure, shown as 17,010 (revised from 17,004), with no note that no figure has it")
    func earlierNumber() throws {
        for result in try search([["17,004"], ["17004"]]) {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("figure  nrm-2023-gbr-total  "), "\(result.stdout)")
            #expect(result.stdout.contains(": 17,010 (revised from 17,004) — Home Office 2024\n"), "\(result.stdout)")
            #expect(result.stdout.hasSuffix("(1 result)\n"), "\(result.stdout)")
            #expect(!result.stderr.contains("has the word"), "\(result.stderr)")
        }
        let exact = try search([["17,004"]])[0]
        #expect(exact.stdout.contains("    its number before a revision was [17,004]\n"), "\(exact.stdout)")
        // Its number now is still found as before.
        let now = try search([["17,010"]])[0]
        #expect(now.stdout.contains("2023: 17,010 (revised from 17,004)") && now.stdout.contains("[17,010]"), "\(now.stdout)")
    }

    @Test("a typing slip corrected with --correction is no number the source published: not found by it")
    func correctionNotFound() throws {
        let result = try search([["17,004"]], correction: true)[0]
        #expect(result.stdout == "(0 results)\n", "\(result.stdout)")
        #expect(result.stderr.contains("no figure's number, nor an earlier number its source revised, rounds to 17,004"), "\(result.stderr)")
    }
}
