import Foundation
import Testing

@Suite("Privacy: no report format shows a small count derived from case data")
struct CaseDataPrivacyTests {
    @Test("every brief format shows derived counts below 11 only as <11", arguments: ["md", "html", "json", "csv"])
    func noSmallCounts(format: String) throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            // Known answers: USA 2020 has 5 people and THA 2021 has 3; both must be suppressed.
            let text = CaseFiles.synthetic([(30, "2019", "USA"), (5, "2020", "USA"), (40, "2019", "PHL"), (20, "2020", "PHL"), (3, "2021", "THA")])
            try Data(text.utf8).write(to: dir.appendingPathComponent("cases.csv"))
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", "cases.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "country,year"], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--measure", "victims-in-case-data", "--format", format, "--date", "2026-11-29"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("&lt;11") || brief.stdout.contains("<11"), "no suppressed cell shown at all")
            switch format {
            case "json":
                let model = try #require(try JSONSerialization.jsonObject(with: Data(brief.stdout.utf8)) as? [String: Any])
                let groups = try #require(model["figureGroups"] as? [[String: Any]])
                let figures = groups.flatMap { ($0["figures"] as? [[String: Any]]) ?? [] }
                #expect(!figures.isEmpty)
                for figure in figures {
                    if let value = figure["value"] as? Double { #expect(value >= 11, "\(figure["key"] ?? "") shown as \(value)") }
                }
            case "csv":
                for line in brief.stdout.components(separatedBy: "\r\n").dropFirst() where line.contains("/count/") {
                    let value = line.components(separatedBy: ",")[3]
                    #expect(value.isEmpty || (Double(value) ?? 0) >= 11, "\(line)")
                }
            default:
                // In the tables, the cells for USA 2020 and THA 2021 read <11, never 5 or 3.
                for line in brief.stdout.components(separatedBy: "\n") where line.contains("2020") && line.contains("United States") || line.contains("2021") && line.contains("Thailand") {
                    #expect(!line.contains("| 5 |") && !line.contains("| 3 |") && !line.contains(">5<") && !line.contains(">3<"), "\(line)")
                }
            }
        }
    }

    @Test("once a newer version is derived, a brief shows only its counts: two versions side by side would single out the people between them")
    func onlyTheLatestDerivedVersion() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            // Version 2 adds 12 people: a change of fewer than 11 would be refused (DeriveVersionsTests).
            for (name, extra) in [("v1.csv", 0), ("v2.csv", 12)] {
                let text = CaseFiles.synthetic([(30 + extra, "2019", "USA")])
                try Data(text.utf8).write(to: dir.appendingPathComponent(name))
                #expect(try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", name], in: dir).status == 0)
                #expect(try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "country,year"], in: dir).status == 0)
            }
            let brief = try Tipdb.run(["report", "brief", "--measure", "victims-in-case-data", "--format", "csv", "--date", "2026-11-29"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("sample-v2/"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("sample-v1/"), "\(brief.stdout)")
            let stored = try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures WHERE key LIKE 'sample-v1/%'", "--format", "csv"], in: dir)
            #expect(stored.stdout != "n\r\n0\r\n", "the older version's figures stay in the database")
        }
    }
}
