import Foundation
import Testing

/// One label per source in every tool (review of session 45): a brief citing two of three
/// "Smith 2019" sources keeps the database's letters, so its "Smith 2019c" is the same source in
/// SQL, search and the lineage; a 28th source of one label is lettered `ab`, not `a` again; and
/// different people sharing a family name are told apart by initials, not by year letters.
@Suite("Labels shared by sources: the same in briefs, SQL, search and lineage (built binary)")
struct SharedLabelCitationTests {
    /// Three works by one Smith in 2019; the third repeats the first's number for India.
    private func loadSmith(_ dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("""
            key,kind,title,authors,publisher,date
            s1,report,One,"Smith, John",P,2019-01
            s2,report,Other,"Smith, John",P,2019-02
            s3,report,Three,"Smith, John",P,2019-03

            """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data("""
            key,measure,value,unit,place,period,source,cites,quote
            f1,detected-trafficking-victims,100,persons,IND,2018,s1,,
            f2,detected-trafficking-victims,200,persons,NPL,2018,s2,,
            f3,detected-trafficking-victims,300,persons,BGD,2018,s3,,
            f3r,detected-trafficking-victims,100,persons,IND,2018,s3,f1,100 (Smith 2019a)

            """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("a brief citing the first and third Smith 2019 writes 2019a and 2019c, as SQL, search and lineage do")
    func databaseLettersKept() throws {
        try withTemporaryDirectory { dir in
            try loadSmith(dir)
            let brief = ["report", "brief", "--place", "IND", "--place", "BGD", "--date", "2026-12-05"]
            let md = try Tipdb.run(brief, in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains("Smith, John (2019a). One.") && md.stdout.contains("Smith, John (2019c). Three."), "\(md.stdout)")
            #expect(!md.stdout.contains("2019b"), "\(md.stdout)")
            let csv = try Tipdb.run(brief + ["--format", "csv"], in: dir)
            #expect(csv.status == 0)
            #expect(csv.stdout.contains(",s3,Smith 2019c,") && !csv.stdout.contains("2019b"), "\(csv.stdout)")
            let sql = try Tipdb.run(["sql", "--format", "csv", "SELECT figure FROM figure_citations WHERE source_label = 'Smith 2019c' ORDER BY figure"], in: dir)
            #expect(sql.stdout == "figure\r\nf3\r\nf3r\r\n", "\(sql.stdout)")
            let search = try Tipdb.run(["search", "india"], in: dir)
            #expect(search.stdout.contains("100 — Smith 2019c, repeating f1 (Smith 2019a)"), "\(search.stdout)")
            let lineage = try Tipdb.run(["report", "lineage", "f1"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("  f3r (Smith 2019c): 100, India, 2018\n"), "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("2019b"), "\(lineage.stdout)")
            // One of them alone is cited without its letter, by the short label SQL also keeps.
            let one = try Tipdb.run(["report", "brief", "--place", "NPL", "--date", "2026-12-05", "--format", "csv"], in: dir)
            #expect(one.stdout.contains(",s2,Smith 2019,"), "\(one.stdout)")
            let sources = try Tipdb.run(["report", "sources", "--place", "IND", "--place", "BGD"], in: dir)
            #expect(sources.stdout.contains("(2019a). One.") && sources.stdout.contains("(2019c). Three."), "\(sources.stdout)")
        }
    }

    @Test("28 UNODC 2024 sources: the 27th and 28th are 2024aa and 2024ab in the brief and SQL, none lettered twice")
    func lettersPastZ() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let places = ["AFG", "ALB", "DZA", "AGO", "ARG", "ARM", "AUS", "AUT", "AZE", "BHR", "BGD", "BLR", "BEL", "BEN",
                          "BTN", "BOL", "BIH", "BWA", "BRA", "BGR", "BFA", "BDI", "KHM", "CMR", "CAN", "TCD", "CHL", "CHN"]
            var sources = "key,kind,title,authors,date\n"
            var figures = "key,measure,value,unit,place,period,source\n"
            for (index, place) in places.enumerated() {
                let key = String(format: "cp%02d", index)
                sources += "\(key),report,Country profile \(String(format: "%02d", index)) \(place),United Nations Office on Drugs and Crime,2024-01-\(String(format: "%02d", index + 1))\n"
                figures += "\(key)-tv,detected-trafficking-victims,\(100 + index),persons,\(place),2022,\(key)\n"
            }
            try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let sql = try Tipdb.run(["sql", "--format", "csv", "SELECT label, count(*) AS n FROM source_labels GROUP BY label HAVING n > 1"], in: dir)
            #expect(sql.status == 0)
            #expect(sql.stdout == "label,n\r\n", "\(sql.stdout)")
            let labels = try Tipdb.run(["sql", "--format", "csv", "SELECT source, label FROM source_labels WHERE source IN ('cp00', 'cp25', 'cp26', 'cp27') ORDER BY source"], in: dir)
            #expect(labels.stdout == "source,label\r\ncp00,UNODC 2024a\r\ncp25,UNODC 2024z\r\ncp26,UNODC 2024aa\r\ncp27,UNODC 2024ab\r\n", "\(labels.stdout)")
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains("\\[UNODC\\] (2024ab). Country profile 27 CHN."), "\(md.stdout)")
            #expect(md.stdout.contains("| UNODC 2024ab ["), "\(md.stdout)")
            let citation = try Tipdb.run(["sql", "--format", "csv", "SELECT citation FROM figure_citations WHERE figure = 'cp27-tv'"], in: dir)
            #expect(citation.stdout.contains("(2024ab). Country profile 27 CHN."), "\(citation.stdout)")
        }
    }

    @Test("Ray, Ann and Ray, Bob of 2023 are A. Ray 2023 and B. Ray 2023 in brief, SQL and search; Ann's two works are lettered")
    func initials() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date
                r1,article,Ray one,"Ray, Ann",P,2023-01
                r2,article,Ray two,"Ray, Bob",P,2023-02

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source
                r1-tv,detected-trafficking-victims,10,persons,IND,2022,r1
                r2-tv,detected-trafficking-victims,20,persons,NPL,2022,r2

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains("| A. Ray 2023 [") && md.stdout.contains("| B. Ray 2023 ["), "\(md.stdout)")
            #expect(md.stdout.contains("Ray, Ann (2023). Ray one.") && md.stdout.contains("Ray, Bob (2023). Ray two."), "\(md.stdout)")
            #expect(!md.stdout.contains("2023a") && !md.stdout.contains("2023b"), "\(md.stdout)")
            let labels = try Tipdb.run(["sql", "--format", "csv", "SELECT source, short_label, label FROM source_labels ORDER BY source"], in: dir)
            #expect(labels.stdout == "source,short_label,label\r\nr1,Ray 2023,A. Ray 2023\r\nr2,Ray 2023,B. Ray 2023\r\n", "\(labels.stdout)")
            let search = try Tipdb.run(["search", "india"], in: dir)
            #expect(search.stdout.contains("10 — A. Ray 2023"), "\(search.stdout)")
            // A second work by Ann: her two are lettered, Bob keeps his initial alone.
            try Data("key,kind,title,authors,publisher,date\nr3,article,Ray three,\"Ray, Ann\",P,2023-03\n".utf8)
                .write(to: dir.appendingPathComponent("more.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "more.csv"], in: dir).status == 0)
            let after = try Tipdb.run(["sql", "--format", "csv", "SELECT source, label FROM source_labels ORDER BY source"], in: dir)
            #expect(after.stdout == "source,label\r\nr1,A. Ray 2023a\r\nr2,B. Ray 2023\r\nr3,A. Ray 2023b\r\n", "\(after.stdout)")
            let citation = try Tipdb.run(["sql", "--format", "csv", "SELECT citation FROM figure_citations WHERE figure = 'r1-tv'"], in: dir)
            #expect(citation.stdout.contains("Ray, Ann (2023a). Ray one."), "\(citation.stdout)")
            // A brief citing only one Ray of 2023 cites her without initials or letter.
            let one = try Tipdb.run(["report", "brief", "--place", "IND", "--date", "2026-12-05", "--format", "csv"], in: dir)
            #expect(one.stdout.contains(",r1,Ray 2023,"), "\(one.stdout)")
        }
    }
}
