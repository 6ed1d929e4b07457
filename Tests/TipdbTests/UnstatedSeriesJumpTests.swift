import Foundation
import Testing

/// A figure whose source does not state its period has no place in time, so no series-jump
/// caution compares it; and a caution word for word the same as one listed is listed once
/// (walkthrough of session 33).
@Suite("brief: series jumps leave out periods not stated, and say each caution once (built binary, real Fixtures)")
struct UnstatedSeriesJumpTests {
    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let out = try Tipdb.run(["report", "brief", "--date", "2026-12-03"] + arguments, in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout
    }

    private func load(_ name: String, _ text: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        let result = try Tipdb.run(["ingest", "--quiet", name], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func warnings(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
    }

    @Test("a figure whose period is not stated is before no figure in its series: ILO 2014's US$150 billion, even under two keys, gets no jump caution")
    func unstatedJump() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try load("typo.csv", """
                key,measure,value,unit,place,period,period_basis,source,study,method
                a-typo,forced-labour-profits,3.2 billion,USD,WLD,2021,,ilo-2024-profits-poverty,,estimated
                ilo-150-dup,forced-labour-profits,150 billion,USD,WLD,2014,publication,ilo-2014-profits-poverty,ilo-2014-profits-estimate,estimated

                """, in: dir)
            let md = try brief(["--measure", "forced-labour-profits"], in: dir)
            #expect(md.contains("| US\\$3.2 billion a year |"), "\(md)")
            #expect(!md.contains("Caution (jumps)"), "\(md)")
            let html = try brief(["--measure", "forced-labour-profits", "--format", "html"], in: dir)
            #expect(!html.contains("Caution (jumps)"), "\(html)")
            // Nor across the brief's bound: --from 2015 leaves the 150 billion out, and it is no neighbour of 2021 either.
            let from = try brief(["--measure", "forced-labour-profits", "--from", "2015"], in: dir)
            #expect(from.contains("| US\\$3.2 billion a year |"), "\(from)")
            #expect(!from.contains("Caution (jumps)"), "\(from)")
        }
    }

    @Test("a jump against a figure stored under two keys is one caution, word for word once, naming the first key in JSON")
    func duplicateCaution() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try load("dup.csv", """
                key,measure,value,unit,place,period,source,study,method
                ilo-236-dup,forced-labour-profits,236 billion,USD,WLD,2021,ilo-2024-profits-poverty,ilo-2024-profits-estimate,estimated
                b-typo,forced-labour-profits,3 billion,USD,WLD,2022,ilo-2024-profits-poverty,,estimated

                """, in: dir)
            let text = "Illegal profits from forced labour in the world: US$3 billion a year (2022, ILO 2024 [1]) is 1/78.7 of US$236 billion "
                + "a year (2021, ILO 2024 [1]), the figure before it in time in the same series (measure, place, subgroup, unit and length of period). A jump "
                + "that large is most often a unit slip (thousands written as units, a fraction as a percent): check both against their "
                + "sources before citing either (tipdb check warns of it as series-jump)."
            let md = try brief(["--measure", "forced-labour-profits"], in: dir)
            let mdJumps: [String] = md.split(separator: "\n").map(String.init).filter { $0.hasPrefix("- **Caution (jumps).**") }
            let mdExpected: String = "- **Caution (jumps).** " + text.replacingOccurrences(of: "$", with: "\\$")
            #expect(mdJumps == [mdExpected], "\(md)")
            let html = try brief(["--measure", "forced-labour-profits", "--format", "html"], in: dir)
            let htmlJumps: [String] = html.split(separator: "\n").map(String.init).filter { $0.hasPrefix("<p class=\"warning\"><strong>Caution (jumps)") }
            let htmlExpected: String = "<p class=\"warning\"><strong>Caution (jumps).</strong> "
                + text.replacingOccurrences(of: "[1]", with: "<a href=\"#ref-1\" aria-label=\"Reference 1: ILO 2024\">[1]</a>") + "</p>"
            #expect(htmlJumps == [htmlExpected], "\(html)")
            let jumps = try warnings(try brief(["--measure", "forced-labour-profits", "--format", "json"], in: dir))
                .filter { $0["kind"] as? String == "jumps" }
            #expect(jumps.count == 1, "\(jumps)")
            #expect(jumps.first?["text"] as? String == text)
            // The period before's largest figure is compared, the first key among equal values
            // (review of session 44: the two ends of a period, not every figure of it).
            #expect(jumps.first?["figures"] as? [String] == ["b-typo", "ilo-2024-forced-labour-profits-wld"], "\(jumps)")
        }
    }
}
