import Foundation
import Testing

/// A user writing about Viet Nam (session 54): `report brief --place "Viet Nam"` did not show the
/// United Kingdom's count of victims of Vietnamese citizenship (`citizenship: Viet Nam`, or
/// `citizenship: VNM`), and `search "Viet Nam"` did not find it. They are now a part of the brief
/// of their own, in every format, never Viet Nam's own figures, and search lists them after the
/// place's own, saying whose figures they are.
@Suite("citizens of a place counted elsewhere: their own part of its brief, and found by search (built binary)")
struct CitizensElsewhereTests {
    static let figures = """
        key,measure,value,unit,place,period,source,locator,breakdown
        nrm-2023-gbr-total,detected-trafficking-victims,17004,persons,GBR,2023,ukho-nrm-2023,"Table 1, p. 4",
        nrm-2023-gbr-vnm,detected-trafficking-victims,1000,persons,GBR,2023,ukho-nrm-2023,"Table 8, p. 12",citizenship: Viet Nam
        nrm-2022-gbr-vnm,detected-trafficking-victims,900,persons,GBR,2022,ukho-nrm-2023,"Table 8, p. 12",citizenship: VNM
        nrm-2023-gbr-alb,detected-trafficking-victims,800,persons,GBR,2023,ukho-nrm-2023,"Table 8, p. 12",citizenship: Albania
        vnm-2023,detected-trafficking-victims,300,persons,VNM,2023,ukho-nrm-2023,p. 40,

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(BreakdownColumnTests.nrmSource, "src.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "fig.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    private func brief(_ format: String, place: String = "Viet Nam", in dir: URL) throws -> ProcessResult {
        try Tipdb.run(["report", "brief", "--place", place, "--date", "2026-12-06", "--format", format], in: dir)
    }

    @Test("Markdown: a part of their own after All figures, saying whose figures they are; Viet Nam's key figure and counts are its own")
    func markdown() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let md = try brief("md", in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            let text = md.stdout
            #expect(text.contains("Contents: 1 figure for 1 measure and 1 place, from 1 source; no studies."), "\(text)")
            #expect(text.contains("| Detected victims of trafficking | Viet Nam | 300 |"), "\(text)")
            let part = try #require(text.components(separatedBy: "## Citizens of Viet Nam counted elsewhere\n\n").dropFirst().first, "\(text)")
            #expect(part.hasPrefix("2 figures for another place (United Kingdom) count only people of Viet Nam citizenship: victims of that "
                + "citizenship detected or estimated where they were, each figure's place the place it was recorded for and its subgroup "
                + "naming the citizenship. They are that place's figures, not the figures of Viet Nam: no key figure, caution, chart, "
                + "data gap or count above takes them in, and they are not to be added to the figures of Viet Nam or compared with them "
                + "as if they were.\n\n### Detected victims of trafficking\n\n"), "\(part)")
            #expect(part.contains("| 1,000 |  | United Kingdom | 2023 | citizenship: Viet Nam |"), "\(part)")
            #expect(part.contains("| 900 |  | United Kingdom | 2022 | citizenship: Viet Nam |"), "\(part)")
            // Not Albania's, nor the United Kingdom's total: only Viet Nam's citizens.
            #expect(!text.contains("| 800 |") && !text.contains("17,004") && !text.contains("Albania"), "\(text)")
            // Before the references, which list the source once.
            let before = try #require(text.components(separatedBy: "## References").first)
            #expect(before.contains("## Citizens of Viet Nam counted elsewhere"), "\(text)")
            // Nothing before the part names them.
            let above = try #require(text.components(separatedBy: "## Citizens of Viet Nam counted elsewhere").first)
            #expect(!above.contains("1,000") && !above.contains("nrm-2023-gbr-vnm"), "\(above)")
        }
    }

    @Test("JSON, CSV and HTML: the part is citizensElsewhere, CSV's part column and its own section; the key figures are Viet Nam's")
    func otherFormats() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let json = try brief("json", in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let keyFigures = try #require(object["keyFigures"] as? [[String: Any]])
            #expect(keyFigures.compactMap { ($0["figure"] as? [String: Any])?["key"] as? String } == ["vnm-2023"])
            let part = try #require(object["citizensElsewhere"] as? [String: Any], "\(json.stdout)")
            #expect(part["heading"] as? String == "Citizens of Viet Nam counted elsewhere")
            let groups = try #require(part["figureGroups"] as? [[String: Any]])
            let figures = groups.flatMap { ($0["figures"] as? [[String: Any]]) ?? [] }
            #expect(figures.compactMap { $0["key"] as? String } == ["nrm-2022-gbr-vnm", "nrm-2023-gbr-vnm"])
            #expect(figures.compactMap { $0["placeName"] as? String } == ["United Kingdom", "United Kingdom"])
            #expect(figures.compactMap { $0["subgroup"] as? String } == ["citizenship: Viet Nam", "citizenship: Viet Nam"])

            let csv = try brief("csv", in: dir)
            let lines = csv.stdout.split(separator: "\r\n").map(String.init)
            #expect(lines.first?.hasSuffix(",later_edition,breakdown,share_of,part") == true, "\(csv.stdout)")
            #expect(lines.dropFirst().map { String($0.prefix { $0 != "," }) } == ["vnm-2023", "nrm-2022-gbr-vnm", "nrm-2023-gbr-vnm"], "\(csv.stdout)")
            #expect(lines[1].hasSuffix(",,all figures") && lines[2].hasSuffix(",citizenship: VNM,,citizens counted elsewhere"), "\(csv.stdout)")

            let html = try brief("html", in: dir)
            #expect(html.status == 0, "\(html.stderr)")
            #expect(html.stdout.contains("<li><a href=\"#citizens-elsewhere\">Citizens of Viet Nam counted elsewhere</a></li>"), "\(html.stdout)")
            #expect(html.stdout.contains("<h2 id=\"citizens-elsewhere-heading\">Citizens of Viet Nam counted elsewhere</h2>\n<p>2 figures for another place"), "\(html.stdout)")
            #expect(html.stdout.contains("<table id=\"elsewhere-detected-trafficking-victims\" class=\"figures\">"), "\(html.stdout)")

            // A brief of a place without such figures is as before: no part, no CSV column.
            let uk = try brief("csv", place: "United Kingdom", in: dir)
            #expect(uk.stdout.split(separator: "\r\n").first?.hasSuffix(",later_edition,breakdown,share_of") == true, "\(uk.stdout)")
            #expect(!(try brief("json", place: "United Kingdom", in: dir)).stdout.contains("citizensElsewhere"))
        }
    }

    @Test("search \"Viet Nam\" finds its own figure first, then the United Kingdom's counts of its citizens, saying whose they are")
    func search() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let found = try Tipdb.run(["search", "Viet Nam"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            let keys = found.stdout.split(separator: "\n").filter { $0.hasPrefix("figure ") }.map { $0.split(separator: " ", omittingEmptySubsequences: true)[1] }
            #expect(keys == ["vnm-2023", "nrm-2023-gbr-vnm", "nrm-2022-gbr-vnm"], "\(found.stdout)")
            #expect(found.stdout.contains("it counts people of [Viet Nam] citizenship, recorded for United Kingdom"), "\(found.stdout)")
        }
    }

    @Test("a place with no figures of its own, whose citizens are counted elsewhere, is told so and where to find them")
    func noOwnFigures() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let refused = try brief("md", place: "ALB", in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("no figures match --place ALB; 1 figure for another place (United Kingdom) counts only people of "
                + "Albania citizenship, figures of the places they were recorded for, not of the places asked for: tipdb search \"Albania\" lists them;"),
                "\(refused.stderr)")
        }
    }
}
