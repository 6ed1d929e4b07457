import Foundation
import Testing

/// GLOTIP 2024 revised Nigeria's 1,150 detected victims for 2020 (GLOTIP 2022) to 1,210. Ingest's
/// note and the brief's editions caution said so; `report lineage` called 1,150 "a primary figure"
/// and nothing more, `search` and the brief's CSV showed it as current, and `check` passed it (an
/// expert witness's review, session 53).
@Suite("a count a later edition revised says so in lineage, search, check and the brief's CSV (built binary)")
struct LaterEditionNoticeTests {
    private static let sources = """
        key,title,authors,publisher,date,url,accessed
        glotip-2022,Global Report on Trafficking in Persons 2022,UNODC,United Nations Office on Drugs and Crime,2023-01-24,https://www.unodc.org/a,2026-12-01
        glotip-2024,Global Report on Trafficking in Persons 2024,UNODC,United Nations Office on Drugs and Crime,2024-12-11,https://www.unodc.org/b,2026-12-01

        """
    private static let figures = """
        key,measure,value,unit,place,period,source,locator,quote
        nga20-ed2022,detected-trafficking-victims,1150,persons,NGA,2020,glotip-2022,"Country profile Nigeria, p. 112","1,150 victims"
        nga20-ed2024,detected-trafficking-victims,1210,persons,NGA,2020,glotip-2024,"Country profile Nigeria, p. 98","1,210 victims"

        """

    /// Runs `arguments` on the two editions' database.
    private func run(_ commands: [[String]]) throws -> [ProcessResult] {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("src.csv"))
            try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("fig.csv"))
            let ingest = try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            return try commands.map { try Tipdb.run($0, in: dir) }
        }
    }

    @Test("report lineage names the later edition's number under the earlier one, and cites it")
    func lineage() throws {
        let results = try run([["report", "lineage", "nga20-ed2022"], ["report", "lineage", "nga20-ed2022", "--format", "json"],
                               ["report", "lineage", "nga20-ed2024"]])
        let text = results[0].stdout
        #expect(text.hasPrefix("""
            nga20-ed2022
              1,150: Detected victims of trafficking, Nigeria, reference period 2020
              revised by a later edition: 1,210 in UNODC 2024 [2] (nga20-ed2024)
              UNODC 2023 [1], detected, Country profile Nigeria, p. 112

            """), "\(text)")
        #expect(text.contains("[2] UNODC (2024). Global Report on Trafficking in Persons 2024."), "\(text)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(results[1].stdout.utf8)) as? [String: Any])
        let chain = try #require(json["chain"] as? [[String: Any]])
        #expect(chain.first?["laterEditionKey"] as? String == "nga20-ed2024", "\(results[1].stdout)")
        #expect(chain.first?["laterEdition"] as? String == "revised by a later edition: 1,210 in UNODC 2024 [2] (nga20-ed2024)")
        // The latest edition has no later one.
        #expect(!results[2].stdout.contains("later edition"), "\(results[2].stdout)")
    }

    @Test("search lists 1,150 with the later edition's 1,210 after its source, in text and in --json")
    func search() throws {
        let results = try run([["search", "1,150"], ["search", "1,150", "--json"]])
        #expect(results[0].stdout.contains(
            "NGA (Nigeria), 2020: 1,150 — UNODC 2023; revised by a later edition: 1,210 in UNODC 2024 (nga20-ed2024)\n"),
            "\(results[0].stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(results[1].stdout.utf8)) as? [String: Any])
        let first = try #require((json["results"] as? [[String: Any]])?.first)
        let figure = try #require(first["figure"] as? [String: Any])
        #expect(figure["laterEditionKey"] as? String == "nga20-ed2024", "\(results[1].stdout)")
        #expect(figure["laterEdition"] as? String == "revised by a later edition: 1,210 in UNODC 2024 (nga20-ed2024)")
    }

    @Test("check warns revised-by-later-edition, naming both figures, and still passes")
    func check() throws {
        let check = try run([["check"]])[0]
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("warning: revised-by-later-edition: counts from records"), "\(check.stdout)")
        #expect(check.stdout.contains(
            "\n  nga20-ed2022 (1150, glotip-2022): later edition glotip-2024, published 2024-12-11, gives 1210 as nga20-ed2024\n"),
            "\(check.stdout)")
        #expect(!check.stdout.contains("  nga20-ed2024 (1210"), "\(check.stdout)")
    }

    @Test("the brief's CSV says it in release and gives the later figure's key in later_edition")
    func briefCSV() throws {
        let csv = try run([["report", "brief", "--date", "2026-12-06", "--format", "csv"]])[0]
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows.first?.hasSuffix(",release,reference,period_basis,later_edition,breakdown,share_of") == true, "\(rows.first ?? "")")
        let earlier = try #require(rows.first { $0.hasPrefix("nga20-ed2022,") })
        #expect(earlier.contains(",\"revised by a later edition: 1,210 in UNODC 2024 (nga20-ed2024)\","), "\(earlier)")
        #expect(earlier.hasSuffix(",stated,nga20-ed2024,,"), "\(earlier)")
        let later = try #require(rows.first { $0.hasPrefix("nga20-ed2024,") })
        #expect(later.hasSuffix(",stated,,,"), "\(later)")
        #expect(!later.contains("later edition"), "\(later)")
    }
}
