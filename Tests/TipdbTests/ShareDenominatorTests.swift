import Foundation
import Testing

/// A share whose measure's definition says what it is a share of names that whole wherever a brief
/// prints it: child labour's 9.6 % of 2020 read "9.6%" with the subgroup "all", and a reader could
/// not tell 9.6 % of what (a child-rights reviewer, session 57). Child labour is defined "as a
/// number of children, or as a share of all children aged 5 to 17 (SDG indicator 8.7.1)".
@Suite("a share names the whole its measure's definition says it is of (built binary)")
struct ShareDenominatorTests {
    private let sources = """
        key,title,authors,publisher,date,url,accessed
        ilo-unicef-2021,Child Labour: Global estimates 2020,ILO and UNICEF,International Labour Office,2021-06-10,https://www.ilo.org/x,2026-12-01

        """

    private let studies = """
        key,title,source,method,period,places
        ilo-unicef-2020-estimate,Global estimates of child labour 2020,ilo-unicef-2021,survey,2020,WLD

        """

    /// ILO and UNICEF's 2020 estimates as the definition asks them stored (age group total), a
    /// subgroup's share beside them, and a measure of one's own in percent whose definition names
    /// its whole, so that it is a key figure and charted.
    private let figures = """
        key,measure,value,unit,place,period,source,study,sex,age_group,method
        cl-wld-2020,child-labour,9.6,percent,WLD,2020,ilo-unicef-2021,ilo-unicef-2020-estimate,total,total,estimated
        cl-wld-2020-boys,child-labour,11.2,percent,WLD,2020,ilo-unicef-2021,ilo-unicef-2020-estimate,male,total,estimated
        cl-wld-2020-n,child-labour,160 million,persons,WLD,2020,ilo-unicef-2021,ilo-unicef-2020-estimate,total,total,estimated
        own-wld-2016,cl-rate-own,9.2,percent,WLD,2016,ilo-unicef-2021,,total,total,estimated
        own-wld-2020,cl-rate-own,9.6,percent,WLD,2020,ilo-unicef-2021,,total,total,estimated

        """

    private let measures = """
        code,label,counts,concept,definition,legal_basis,parent,default_unit
        cl-rate-own,Child labour rate,prevalence-estimate,child-labour,"Children aged 5 to 17 in child labour, as a share of all children aged 5 to 17 in the place.",,,percent

        """

    /// The brief of a new database holding the files above, in `format`.
    private func brief(_ format: String) throws -> ProcessResult {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let files = [("sources.csv", sources), ("studies.csv", studies), ("measures.csv", measures), ("figures.csv", figures)]
            for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
            let ingest = try Tipdb.run(["ingest"] + files.map(\.0), in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            return try Tipdb.run(["report", "brief", "--format", format, "--date", "2026-12-06"], in: dir)
        }
    }

    @Test("Markdown: the figures table, the key figures, the study's findings and the chart's figures name the whole")
    func markdown() throws {
        let brief = try brief("md")
        #expect(brief.status == 0, "\(brief.stderr)")
        let out = brief.stdout
        #expect(out.contains("| 9.6% of all children aged 5 to 17 |  | World | 2020 | all | estimated (survey) | ILO and UNICEF 2021 [1] | cl-wld-2020 |"), "\(out)")
        #expect(out.contains(
            "| 11.2% of all children aged 5 to 17 in the subgroup |  | World | 2020 | male | estimated (survey) | ILO and UNICEF 2021 [1] | cl-wld-2020-boys |"),
            "\(out)")
        #expect(out.contains("| 160 million |  | World | 2020 | all |"), "a count is no share: \(out)")
        #expect(out.contains("| Child labour rate | World | 9.6% of all children aged 5 to 17 in the place |  | 2020 | ILO and UNICEF 2021 [1] |"), "\(out)")
        #expect(out.contains("- 9.6%: Child labour, World, 2020: A share of all children aged 5 to 17. [1]"), "\(out)")
        #expect(out.contains("| 2020 | 9.6% of all children aged 5 to 17 in the place |  | ILO and UNICEF 2021 [1] |"), "the chart's figures: \(out)")
        #expect(out.contains("- 11.2%: Child labour, World, 2020 (male): A share of all children aged 5 to 17 in the subgroup. [1]"), "\(out)")
        #expect(!out.contains("| 9.6% |"), "\(out)")
    }

    @Test("HTML prints the whole in its tables and chart description; JSON gives it as shareOf, the subgroup still all")
    func htmlAndJSON() throws {
        let html = try brief("html")
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<td class=\"number\">9.6% of all children aged 5 to 17</td>"), "\(html.stdout)")
        #expect(html.stdout.contains("<strong>9.6% of all children aged 5 to 17 in the place</strong>"), "\(html.stdout)")
        // The chart's description, its alternative text, says it too.
        #expect(html.stdout.contains("Child labour rate in the world, 2 primary figures in percent of all children aged 5 to 17 in the place for everyone"), "\(html.stdout)")
        let json = try brief("json")
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"subgroup\": \"all\", \"shareOf\": \"all children aged 5 to 17\""), "\(json.stdout)")
        #expect(json.stdout.contains("\"key\": \"cl-wld-2020-n\""), "\(json.stdout)")
    }

    /// The CSV had the number alone: 9.6 beside subgroup all, with the whole in no column.
    @Test("CSV: share_of holds the whole for a share whose measure names one, and is empty for a count")
    func csv() throws {
        let brief = try brief("csv")
        #expect(brief.status == 0, "\(brief.stderr)")
        let rows = csvRecords(brief.stdout)
        let header = try #require(rows.first)
        let key = try #require(header.firstIndex(of: "key")), shareOf = try #require(header.firstIndex(of: "share_of"))
        var wholes: [String: String] = [:]
        for row in rows.dropFirst() where row.count == header.count { wholes[row[key]] = row[shareOf] }
        #expect(wholes["cl-wld-2020"] == "all children aged 5 to 17", "\(brief.stdout)")
        #expect(wholes["cl-wld-2020-boys"] == "all children aged 5 to 17", "\(brief.stdout)")
        #expect(wholes["own-wld-2020"] == "all children aged 5 to 17 in the place", "\(brief.stdout)")
        #expect(wholes["cl-wld-2020-n"] == "", "a count is no share: \(brief.stdout)")
        #expect(wholes.count == 5, "every figure's row read: \(brief.stdout)")
    }
}
