import Foundation
import Testing

/// A repeat of a number its source has since revised, as the data gaps and the lineage sentence
/// name the figure it goes back to: with the number the repeat quoted, "41, since revised to 45",
/// never the revised 45 alone, which the repeat never quoted (review of session 45).
@Suite("data gaps and lineage sentences: the number a repeat quoted before a revision (built binary)")
struct RepeatEarlierNumberGapTests {
    /// Statistics Office 2021 gives Ghana 41 for 2020, later revised to 45; Blogger 2022 quotes the
    /// 41, filed under 2022 (`blog-tv`) and, with `moved`, for Nigeria (`blog-us`).
    private func makeDatabase(in dir: URL, moved: Bool) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write("""
            key,kind,title,authors,publisher,date
            off,dataset,Official statistics 2021,,Statistics Office,2021-06
            blog22,blog-post,Blog post on numbers,"Blogger, Bob",Blogspot,2022-02

            """, "sources.csv", in: dir)
        let header = "key,measure,value,unit,place,period,source,cites,quote\n"
        try IngestPartWarningTests.write(header
            + "off-tv,detected-trafficking-victims,41,persons,GHA,2020,off,,\n"
            + (moved
                ? "blog-us,detected-trafficking-victims,41,persons,NGA,2020,blog22,off-tv,41 in Nigeria\n"
                : "blog-tv,detected-trafficking-victims,41,persons,GHA,2022,blog22,off-tv,41 victims last year\n"),
            "a.csv", in: dir)
        try IngestPartWarningTests.write(
            "key,measure,value,unit,place,period,source\noff-tv,detected-trafficking-victims,45,persons,GHA,2020,off\n", "b.csv", in: dir)
        for files in [["sources.csv", "a.csv"], ["b.csv"]] {
            let load = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
            #expect(load.status == 0, "\(load.stderr)")
        }
    }

    @Test("a repeat filed under a gap year repeats 41 for 2020, since revised to 45: Markdown, HTML and JSON")
    func datedRepeat() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir, moved: false)
            let md = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            let gap = "41, filed under 2022 (Blogger 2022 [2]), repeats 41 for 2020 (Statistics Office 2021 [1]), since revised to 45."
            #expect(md.stdout.contains(
                "- Detected victims of trafficking: no figure for 2 reference years (2021-2022) other than a repeat, which describes the period of the figure it repeats: "
                    + gap + "\n"), "\(md.stdout)")
            #expect(!md.stdout.contains("repeats 45 for 2020"), "\(md.stdout)")
            #expect(md.stdout.contains(
                "- **Flag:** 41 (Blogger 2022 [2]) repeats Statistics Office 2021 [1] (41, since revised to 45; for 2020 not 2022): a count of detected victims."),
                "\(md.stdout)")

            let html = try Tipdb.run(["report", "brief", "--format", "html"], in: dir)
            #expect(html.stdout.contains(
                "41, filed under 2022 (Blogger 2022 <a href=\"#ref-2\" aria-label=\"Reference 2: Blogger 2022\">[2]</a>), repeats 41 for 2020 (Statistics Office 2021 <a href=\"#ref-1\" aria-label=\"Reference 1: Statistics Office 2021\">[1]</a>), since revised to 45.</li>"),
                "\(html.stdout)")
            #expect(html.stdout.contains(
                "repeats Statistics Office 2021 <a href=\"#ref-1\" aria-label=\"Reference 1: Statistics Office 2021\">[1]</a> (41, since revised to 45; for 2020 not 2022)"), "\(html.stdout)")

            let json = try Tipdb.run(["report", "brief", "--format", "json"], in: dir)
            #expect(json.stdout.contains(gap), "\(json.stdout)")
            #expect(!json.stdout.contains("repeats 45 for 2020"), "\(json.stdout)")

            let lineage = try Tipdb.run(["report", "lineage", "blog-tv"], in: dir)
            #expect(lineage.stdout.contains(
                "\n41 (Blogger 2022 [1]) repeats Statistics Office 2021 [2] (41, since revised to 45; for 2020 not 2022): a count of detected victims.\n"),
                "\(lineage.stdout)")
            let lineageJSON = try Tipdb.run(["report", "lineage", "blog-tv", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(lineageJSON.stdout.utf8)) as? [String: Any]
            #expect(object?["text"] as? String
                == "41 (Blogger 2022 [1]) repeats Statistics Office 2021 [2] (41, since revised to 45; for 2020 not 2022): a count of detected victims.",
                "\(lineageJSON.stdout)")
        }
    }

    @Test("a repeat that moves the place goes back to 41 for 2020, since revised to 45, and changes the place")
    func movedRepeat() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir, moved: true)
            let sentence = "41, filed under 2020 (Blogger 2022 [1]), goes back to 41 for 2020 (Statistics Office 2021 [2]), since revised to 45, "
                + "and changes the place (Nigeria, not Ghana)."
            let md = try Tipdb.run(["report", "brief", "--place", "NGA", "--format", "md"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains(
                "- Detected victims of trafficking: no figure for 1 reference year (2020) other than a repeat that changes the measure or place of the figure it goes back to, and so covers no year of its own: "
                    + sentence + "\n"), "\(md.stdout)")
            #expect(!md.stdout.contains("goes back to 45"), "\(md.stdout)")
            let json = try Tipdb.run(["report", "brief", "--place", "NGA", "--format", "json"], in: dir)
            #expect(json.stdout.contains(sentence), "\(json.stdout)")
        }
    }

    /// The revision came with a newer publication: each number with its own source, as the
    /// lineage's change sentence names them (`BriefRevisionSourceTests`).
    @Test("a number revised by a newer publication names the publication that gave the number quoted")
    func newerPublication() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,kind,title,authors,publisher,date
                office-2024,report,Annual report 2024,,Statistics Office,2024-06-01
                office-2025,report,Annual report 2025 (revised),,Statistics Office,2025-06-01
                blog-2024,article,Blog post,"Roe, Rick",Blog,2024-09-01

                """, "src.csv", in: dir)
            let header = "key,measure,value,unit,place,period,source,cites\n"
            try IngestPartWarningTests.write(header + "f1,detected-trafficking-victims,41,persons,NPL,2023,office-2024,\n", "v1.csv", in: dir)
            try IngestPartWarningTests.write(header + "b1,detected-trafficking-victims,41,persons,NPL,2024,blog-2024,f1\n", "blog.csv", in: dir)
            try IngestPartWarningTests.write(header + "f1,detected-trafficking-victims,45,persons,NPL,2023,office-2025,\n", "v2.csv", in: dir)
            for files in [["src.csv", "v1.csv"], ["blog.csv"], ["v2.csv"]] {
                let load = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
                #expect(load.status == 0, "\(load.stderr)")
            }
            let md = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(md.stdout.contains(
                "41, filed under 2024 (Roe 2024 [3]), repeats 41 for 2023 (Statistics Office 2024 [2]), since revised to 45 (Statistics Office 2025 [1])."),
                "\(md.stdout)")
            let lineage = try Tipdb.run(["report", "lineage", "b1"], in: dir)
            #expect(lineage.stdout.contains(
                "41 (Roe 2024 [1]) repeats Statistics Office 2025 [2] (41 as Statistics Office 2024 gave it, since revised to 45; for 2023 not 2024)"),
                "\(lineage.stdout)")
        }
    }
}
