import Foundation
import Testing

/// Figures restricted to a breakdown (a GLOTIP count by citizenship or by country of
/// repatriation) as a user meets them: never labelled "all" beside the total, in any format of the
/// brief, and named the same way by the `figure_citations` view.
@Suite("CLI: breakdowns named in briefs and in figure_citations")
struct BreakdownWordsCommandTests {
    /// Albania: totals for 2019 and 2020, and for 2021 only counts by citizenship (Nationals, and
    /// Kosovo, which resolves to a place) and by country of repatriation (Abroad).
    static let export = GLOTIPFiles.top(date: "14/04/2026") + """
        ALB,Albania,Europe,Southern Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41,GLOTIP
        ALB,Albania,Europe,Southern Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,65,GLOTIP
        ALB,Albania,Europe,Southern Europe,Detected trafficking victims,by citizenship,Nationals,Total,Total,2021,Counts,30,GLOTIP
        ALB,Albania,Europe,Southern Europe,Detected trafficking victims,by citizenship,Kosovo,Total,Total,2021,Counts,<5,GLOTIP
        ALB,Albania,Europe,Southern Europe,Detected trafficking victims,by country of repatriation,Abroad,Female,Total,2021,Counts,7,GLOTIP

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.export.utf8).write(to: dir.appendingPathComponent("glotip.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "glotip.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private func brief(_ format: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30", "--format", format], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("Markdown, HTML, CSV and JSON name the breakdown where the total says all")
    func everyFormat() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let markdown = try brief("md", in: dir)
            #expect(markdown.contains("| 65 |  | Albania | 2020 | all |"), "\(markdown)")
            #expect(markdown.contains("| 30 |  | Albania | 2021 | citizenship: Nationals |"), "\(markdown)")
            #expect(markdown.contains("| \\<5 |  | Albania | 2021 | citizenship: Kosovo |"), "\(markdown)")
            #expect(markdown.contains("| 7 |  | Albania | 2021 | female; repatriated from: Abroad |"), "\(markdown)")
            #expect(!markdown.contains("| Albania | 2021 | all |"), "\(markdown)")

            let html = try brief("html", in: dir)
            #expect(html.contains("<td>citizenship: Nationals</td>"), "\(html)")
            #expect(html.contains("<td>female; repatriated from: Abroad</td>"), "\(html)")

            let csv = try brief("csv", in: dir)
            let nationals = try #require(csv.components(separatedBy: "\r\n").first { $0.hasPrefix("unodc-glotip:detected-trafficking-victims:ALB:2021:citizenship-Nationals,") })
            #expect(nationals.contains(",citizenship: Nationals,"), "\(nationals)")

            let json = try JSONSerialization.jsonObject(with: Data(brief("json", in: dir).utf8)) as? [String: Any]
            let groups = (json?["figureGroups"] as? [[String: Any]]) ?? []
            let figures = groups.flatMap { ($0["figures"] as? [[String: Any]]) ?? [] }
            let subgroups = Dictionary(uniqueKeysWithValues: figures.compactMap { figure -> (String, String)? in
                guard let key = figure["key"] as? String, let subgroup = figure["subgroup"] as? String else { return nil }
                return (key, subgroup)
            })
            #expect(subgroups["unodc-glotip:detected-trafficking-victims:ALB:2021:citizenship-XKX"] == "citizenship: Kosovo", "\(subgroups)")
            #expect(subgroups["unodc-glotip:detected-trafficking-victims:ALB:2020"] == "all", "\(subgroups)")
        }
    }

    @Test("figure_citations has a breakdown column in the brief's words, NULL without one")
    func citationView() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let result = try Tipdb.run(
                ["sql", "SELECT figure, breakdown FROM figure_citations WHERE place = 'ALB' ORDER BY figure", "--format", "csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == """
                figure,breakdown\r
                unodc-glotip:detected-trafficking-victims:ALB:2019,\r
                unodc-glotip:detected-trafficking-victims:ALB:2020,\r
                unodc-glotip:detected-trafficking-victims:ALB:2021:citizenship-Nationals,citizenship: Nationals\r
                unodc-glotip:detected-trafficking-victims:ALB:2021:citizenship-XKX,citizenship: Kosovo\r
                unodc-glotip:detected-trafficking-victims:ALB:2021:female:country-of-repatriation-Abroad,repatriated from: Abroad\r

                """, "\(result.stdout)")
        }
    }

    @Test("figure_citations cites a statement as briefs and report sources do: the issuing organisation, then the speaker")
    func statementCitation() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let view = try Tipdb.run(
                ["sql", "SELECT citation FROM figure_citations WHERE figure = 'unodc-2012-trafficked-wld'", "--format", "csv"], in: dir)
            // The brief's entry (m0037): the speaker first name first, as report sources gives it below.
            #expect(view.stdout == "citation\r\nUnited Nations Office on Drugs and Crime [UNODC] (2012). Statement of the UNODC Executive "
                + "Director at the UN General Assembly thematic debate on human trafficking [Statement]. Delivered by Yury Fedotov. "
                + "3 April 2012.\r\n", "\(view.stdout)")
            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.stdout.contains("- United Nations Office on Drugs and Crime \\[UNODC\\] (2012). Statement of the UNODC Executive "
                + "Director at the UN General Assembly thematic debate on human trafficking \\[Statement\\]. Delivered by Yury Fedotov."),
                    "\(sources.stdout)")
            // No citation leads with the speaker.
            let other = try Tipdb.run(["sql", "SELECT count(*) AS n FROM figure_citations WHERE citation LIKE 'Fedotov%'", "--format", "csv"], in: dir)
            #expect(other.stdout == "n\r\n0\r\n")
        }
    }

    @Test("latest_estimates gives the confidence level, so that a 95% interval is told from a range")
    func latestCILevel() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,title,publisher,date\nhs,Estimate,Home Office,2019\n".utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data("""
                key,measure,value,low,high,ci_level,unit,place,period,source
                gbr-fl,forced-labour,13000,10000,17000,95,persons,GBR,2019,hs
                fra-fl,forced-labour,9000,8000,10000,,persons,FRA,2019,hs

                """.utf8).write(to: dir.appendingPathComponent("f.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir).status == 0)
            let result = try Tipdb.run(["sql", "SELECT figure, low, high, ci_level FROM latest_estimates ORDER BY figure", "--format", "csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "figure,low,high,ci_level\r\nfra-fl,8000.0,10000.0,\r\ngbr-fl,10000.0,17000.0,0.95\r\n", "\(result.stdout)")
        }
    }
}
