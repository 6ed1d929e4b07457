import Foundation
import Testing

/// A PhD student checked tipdb's references against Zotero's APA style (review of session 52):
/// year letters went by the full date, not the title; a data set's version, an article's "in
/// press" and a chapter's book edition were lost or misplaced; BibTeX read a dropping particle as
/// a middle name; a DOI was printed twice; and "Accessed" stood in entries without an address.
@Suite("References as APA and Zotero give them: letters, version, in press, chapters, particles, DOI, accessed (built binary)")
struct ThesisCitationTests {
    /// Writes `files` into `dir`, makes a database and loads them in order; the ingest's result.
    @discardableResult
    private static func load(_ files: [(name: String, text: String)], in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        for file in files { try Data(file.text.utf8).write(to: dir.appendingPathComponent(file.name)) }
        let load = try Tipdb.run(["ingest"] + files.map(\.name), in: dir)
        #expect(load.status == 0, "\(load.stderr)")
        return load
    }

    /// The lines of the Markdown brief that start with `prefixes`.
    private static func briefLines(_ prefixes: [String], in dir: URL, format: String = "md") throws -> [String] {
        let brief = try Tipdb.run(["report", "brief", "--date", "2025-05-01", "--format", format], in: dir)
        #expect(brief.status == 0, "\(brief.stderr)")
        return brief.stdout.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init)
            .filter { line in prefixes.contains { line.hasPrefix($0) } }
    }

    @Test("two UNODC reports of 2024: lettered by title (Global before Trafficking), not by date, in the brief and source_labels")
    func yearLettersByTitle() throws {
        try withTemporaryDirectory { dir in
            try Self.load([("unodc.json", #"""
                [
                 {"id":"unodc-glotip-2024","type":"report","title":"Global Report on Trafficking in Persons 2024","author":[{"literal":"United Nations Office on Drugs and Crime"}],"issued":{"date-parts":[[2024,12,11]]},"publisher":"United Nations","publisher-place":"Vienna"},
                 {"id":"unodc-2024-conflict","type":"report","title":"Trafficking in Persons in the Context of Armed Conflict","author":[{"literal":"United Nations Office on Drugs and Crime"}],"issued":{"date-parts":[[2024,3]]},"publisher":"United Nations","publisher-place":"Vienna"},
                 {"id":"unodc-2024-annual","type":"report","title":"Annual report","author":[{"literal":"United Nations Office on Drugs and Crime"}],"issued":{"date-parts":[[2024]]},"publisher":"United Nations"}
                ]
                """#), ("f.csv", """
                key,measure,value,unit,place,period,source,locator
                g24,detected-trafficking-victims,"69,627",persons,WLD,2022,unodc-glotip-2024,Table 3
                c24,detected-trafficking-victims,"12,000",persons,UKR,2022,unodc-2024-conflict,p. 7

                """)], in: dir)
            let lines = try Self.briefLines(["| Detected", "[1]", "[2]"], in: dir)
            #expect(lines == [
                "| Detected victims of trafficking | World | 69,627 |  | 2022 | UNODC 2024b [1, Table 3] |",
                "| Detected victims of trafficking | Ukraine | 12,000 |  | 2022 | UNODC 2024c [2, p. 7] |",
                "[1] United Nations Office on Drugs and Crime \\[UNODC\\] (2024b). Global Report on Trafficking in Persons 2024. Vienna: United Nations, 11 December 2024.",
                "[2] United Nations Office on Drugs and Crime \\[UNODC\\] (2024c). Trafficking in Persons in the Context of Armed Conflict. Vienna: United Nations, March 2024.",
            ], "\(lines)")
            let labels = try Tipdb.run(["sql", "--format", "csv", "SELECT source, label FROM source_labels ORDER BY label"], in: dir)
            #expect(labels.stdout == "source,label\r\nunodc-2024-annual,UNODC 2024a\r\nunodc-glotip-2024,UNODC 2024b\r\nunodc-2024-conflict,UNODC 2024c\r\n", "\(labels.stdout)")
        }
    }

    private static let datasets = #"""
        [
         {"id":"ctdc-synth-2024-v20","type":"dataset","title":"Global Synthetic Dataset","author":[{"literal":"Counter-Trafficking Data Collaborative"}],"issued":{"date-parts":[[2024]]},"version":"2.0","publisher":"International Organization for Migration","URL":"https://www.ctdatacollaborative.org/page/global-synthetic-dataset","accessed":{"date-parts":[[2025,2,3]]}},
         {"id":"ctdc-synth-2024-v21","type":"dataset","title":"Global Synthetic Dataset","author":[{"literal":"Counter-Trafficking Data Collaborative"}],"issued":{"date-parts":[[2024]]},"version":"2.1","publisher":"International Organization for Migration","URL":"https://www.ctdatacollaborative.org/page/global-synthetic-dataset","accessed":{"date-parts":[[2025,2,3]]}}
        ]
        """#

    @Test("a data set's version: (Version 2.1) after the title in md, csv and report sources, version = {2.1} in BibTeX, and two versions are two publications")
    func datasetVersion() throws {
        try withTemporaryDirectory { dir in
            let load = try Self.load([("ds2.json", Self.datasets), ("f2.csv", """
                key,measure,value,unit,place,period,source
                v20-usa,detected-trafficking-victims,"1,234",persons,USA,2020,ctdc-synth-2024-v20
                v21-phl,detected-trafficking-victims,"2,345",persons,PHL,2020,ctdc-synth-2024-v21

                """)], in: dir)
            #expect(!load.stderr.contains("same-source-twice"), "\(load.stderr)")
            #expect(!(try Tipdb.run(["check"], in: dir).stdout.contains("same-source-twice")))
            let entry = "Counter-Trafficking Data Collaborative [CTDC] (2024b). Global Synthetic Dataset (Version 2.1) [Dataset]. "
                + "International Organization for Migration. https://www.ctdatacollaborative.org/page/global-synthetic-dataset. Accessed 3 February 2025."
            let lines = try Self.briefLines(["[1]"], in: dir)
            #expect(lines == ["[1] " + entry.replacingOccurrences(of: "[CTDC]", with: "\\[CTDC\\]").replacingOccurrences(of: "[Dataset]", with: "\\[Dataset\\]")
                .replacingOccurrences(of: "https://www.ctdatacollaborative.org/page/global-synthetic-dataset", with: "<https://www.ctdatacollaborative.org/page/global-synthetic-dataset>")], "\(lines)")
            let csv = try Tipdb.run(["report", "brief", "--date", "2025-05-01", "--format", "csv"], in: dir)
            #expect(csv.stdout.contains(entry), "\(csv.stdout)")
            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.stdout.contains("(2024a). Global Synthetic Dataset (Version 2.0) \\[Dataset\\]."), "\(sources.stdout)")
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.stdout.contains("  version = {2.0},\n") && bib.stdout.contains("  version = {2.1},\n"), "\(bib.stdout)")
        }
    }

    @Test("two versions loaded, one without its version: one publication still, and the advice no longer asks for the version in the title")
    func versionAdvice() throws {
        try withTemporaryDirectory { dir in
            let same = Self.datasets.replacingOccurrences(of: #""version":"2.1","#, with: "")
            let load = try Self.load([("ds2.json", same)], in: dir)
            #expect(load.stderr.contains("same-source-twice: ctdc-synth-2024-v20 and ctdc-synth-2024-v21"), "\(load.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("and no DOI or version that tells them apart") && check.stdout.contains(
                "if they are two publications, give each its DOI or full date, a data set its version (CSL-JSON's version, which the reference prints), a volume or part its title (1)"),
                "\(check.stdout)")
        }
    }

    @Test("an article in press (status, or issued literal): cited 'Okafor in press', BibTeX year and pubstate, no source-without-date warning")
    func inPress() throws {
        for marker in [#""status":"in press""#, #""issued":{"literal":"in press"}"#] {
            try withTemporaryDirectory { dir in
                let load = try Self.load([("z.json", #"""
                    [
                     {"id":"okafor-inpress","type":"article-journal","title":"Counting the uncounted: multiple systems estimation in Nigeria","author":[{"family":"Okafor","given":"Chiamaka"}],"container-title":"Journal of Human Trafficking",\#(marker),"DOI":"10.1080/23322705.2025.0000001"}
                    ]
                    """#), ("f.csv", """
                    key,measure,value,unit,place,period,source,locator
                    a,trafficking-victims,"12,000",persons,NGA,2023,okafor-inpress,p. 3

                    """)], in: dir)
                #expect(!load.stderr.contains("source-without-date"), "\(load.stderr)")
                #expect(!(try Tipdb.run(["check"], in: dir).stdout.contains("source-without-date")))
                let lines = try Self.briefLines(["| Victims", "[1]"], in: dir)
                #expect(lines == [
                    "| Victims of trafficking in persons (estimated) | Nigeria | 12,000 |  | 2023 | Okafor in press [1, p. 3] |",
                    "[1] Okafor, Chiamaka (in press). Counting the uncounted: multiple systems estimation in Nigeria. In: Journal of Human Trafficking. "
                        + "<https://doi.org/10.1080/23322705.2025.0000001>.",
                ], "\(marker): \(lines)")
                let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
                #expect(bib.stdout.contains("  year = {in press},\n  pubstate = {inpress},\n"), "\(bib.stdout)")
            }
        }
    }

    @Test("two works of one author in press: in press-a and in press-b by title, listed after the dated one, as APA letters them")
    func inPressLetters() throws {
        try withTemporaryDirectory { dir in
            try Self.load([("z.json", #"""
                [
                 {"id":"o-zeta","type":"article-journal","title":"Zeta","author":[{"family":"Okafor","given":"Chiamaka"}],"container-title":"J","status":"in press"},
                 {"id":"o-alpha","type":"article-journal","title":"Alpha","author":[{"family":"Okafor","given":"Chiamaka"}],"container-title":"J","issued":{"literal":"In press"}},
                 {"id":"o-2020","type":"article-journal","title":"Omega","author":[{"family":"Okafor","given":"Chiamaka"}],"container-title":"J","issued":{"date-parts":[[2020]]}}
                ]
                """#)], in: dir)
            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.stdout == """
                # Sources

                - Okafor, Chiamaka (2020). Omega. In: J. (key: o-2020)
                - Okafor, Chiamaka (in press-a). Alpha. In: J. (key: o-alpha)
                - Okafor, Chiamaka (in press-b). Zeta. In: J. (key: o-zeta)

                """, "\(sources.stdout)")
        }
    }

    @Test("a chapter: its edition and pages are the book's, after the container title, pages with pp.")
    func chapterEdition() throws {
        try withTemporaryDirectory { dir in
            try Self.load([("z.json", #"""
                [
                 {"id":"kara-2017","type":"chapter","title":"Modern slavery in South Asia","author":[{"family":"Kara","given":"Siddharth"}],"editor":[{"family":"Bales","given":"Kevin"},{"family":"Weitzer","given":"Ronald"}],"container-title":"The Routledge Handbook of Human Trafficking","publisher":"Routledge","publisher-place":"London","page":"201-219","edition":"3","issued":{"date-parts":[[2017]]}}
                ]
                """#), ("f.csv", """
                key,measure,value,unit,place,period,source,locator
                ind,modern-slavery,18.4 million,persons,IND,2016,kara-2017,p. 205

                """)], in: dir)
            let lines = try Self.briefLines(["[1]"], in: dir)
            #expect(lines == ["[1] Kara, Siddharth (2017). Modern slavery in South Asia. In: Bales, Kevin and Weitzer, Ronald (eds.), "
                + "The Routledge Handbook of Human Trafficking (3rd ed., pp. 201-219). London: Routledge."], "\(lines)")
        }
    }

    @Test("BibTeX: a dropping particle is written in front, as BibTeX's von part (de Gaulle, Anne), beside a non-dropping one")
    func droppingParticle() throws {
        try withTemporaryDirectory { dir in
            try Self.load([("z.json", #"""
                [
                 {"id":"degaulle-2019","type":"article-journal","title":"La traite des êtres humains en France","author":[{"family":"Gaulle","given":"Anne","dropping-particle":"de"},{"family":"Heijden","given":"Peter G. M.","non-dropping-particle":"van der"}],"container-title":"Revue française de criminologie","volume":"12","page":"45-67","issued":{"date-parts":[[2019]]},"language":"fr"}
                ]
                """#)], in: dir)
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.stdout.contains("  author = {de Gaulle, Anne and van der Heijden, Peter G. M.},\n"), "\(bib.stdout)")
            // Cited as CSL cites a dropping particle, under the family name.
            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.stdout.contains("- Gaulle, Anne de and van der Heijden, Peter G. M. (2019)."), "\(sources.stdout)")
        }
    }

    @Test("a URL that is the DOI's link: the DOI printed once, as an https://doi.org link, in md and csv")
    func doiOnce() throws {
        try withTemporaryDirectory { dir in
            try Self.load([("z.json", #"""
                [
                 {"id":"cockbain-2018","type":"article-journal","title":"Evidence-based policing of trafficking","author":[{"family":"Cockbain","given":"Ella"}],"container-title":"Crime Science","volume":"7","issue":"1","page":"5","issued":{"date-parts":[[2018]]},"DOI":"10.1186/s40163-018-0083-1","URL":"https://doi.org/10.1186/s40163-018-0083-1"}
                ]
                """#), ("f.csv", """
                key,measure,value,unit,place,period,source,locator
                gbr,detected-trafficking-victims,100,persons,GBR,2017,cockbain-2018,p. 3

                """)], in: dir)
            let lines = try Self.briefLines(["[1]"], in: dir)
            #expect(lines == ["[1] Cockbain, Ella (2018). Evidence-based policing of trafficking. In: Crime Science, 7(1), 5. "
                + "<https://doi.org/10.1186/s40163-018-0083-1>."], "\(lines)")
            let csv = try Tipdb.run(["report", "brief", "--date", "2025-05-01", "--format", "csv"], in: dir)
            #expect(csv.stdout.contains("In: Crime Science, 7(1), 5. https://doi.org/10.1186/s40163-018-0083-1.\""), "\(csv.stdout)")
            #expect(!csv.stdout.contains("doi:"), "\(csv.stdout)")
        }
    }

    @Test("Accessed only beside a URL: the Fixtures' sources, none with a URL, have no access date; one with a URL keeps it")
    func accessedWithURL() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.status == 0, "\(sources.stderr)")
            #expect(!sources.stdout.contains("Accessed"), "\(sources.stdout)")
            #expect(sources.stdout.contains("- International Labour Office \\[ILO\\] (2005). A global alliance against forced labour. Global Report"), "\(sources.stdout)")
            try Data("""
                key,kind,title,publisher,date,url,accessed
                web,webpage,Walk Free data,Walk Free,2023,https://www.walkfree.org/data/,2025-02-03

                """.utf8).write(to: dir.appendingPathComponent("web.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "web.csv"], in: dir).status == 0)
            let web = try Tipdb.run(["report", "sources"], in: dir)
            #expect(web.stdout.contains("- Walk Free (2023). Walk Free data \\[Web page\\]. <https://www.walkfree.org/data/>. Accessed 3 February 2025. (key: web)"), "\(web.stdout)")
        }
    }
}
