import Foundation
import Storage
import Testing

/// `tipdb check` names timing that cannot be (review finding 8): a figure that repeats one first
/// published after it (a blog of 2010 "repeating" the ILO's 2012 estimate), and a figure whose
/// reference period ends after its source was published (a 2021 report's count for 2015-2022),
/// which `period-after-publication`, comparing only the start, let pass.
@Suite("check: a repeat before its original, a period ending after publication (built binary)")
struct PublicationTimingCheckTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,accessed
        ilo2012,report,Global estimate,,ILO,2012,https://example.org/ilo,2026-11-29
        june2012,report,Later estimate,,Institute J,2012-06-01,https://example.org/j,2026-11-29
        blog2010,blog-post,Older blog,,Blogger,2010-05-01,https://example.org/b,2026-11-29
        blog2012,blog-post,Spring blog,,Blogger,2012-03,https://example.org/b2,2026-11-29
        blog2013,blog-post,Later blog,,Blogger,2013,https://example.org/b3,2026-11-29
        gov2021,report,Government statistics,,Ministry,2021-03,https://example.org/g,2026-11-29
        year2021,report,Yearly statistics,,Ministry,2021,https://example.org/y,2026-11-29
        mid2021,report,Midyear statistics,,Ministry,2021-06-15,https://example.org/m,2026-11-29
        est2021,report,Prevalence estimate,,Institute E,2021-09,https://example.org/e,2026-11-29

        """
    /// Repeats: blog2010 before ilo2012 and blog2012 (2012-03) before june2012 (2012-06-01) are
    /// named; blog2012 against ilo2012 (dated only 2012) and blog2013 against either are not.
    /// Periods: a count's period is named when its last day is after the last day its source's
    /// date can mean (gov-2021, mid-june; not year-2021, against a source dated only 2021, nor
    /// mid-may), any other figure's when it ends in a later year (est-span, gov-span, blog-2010-fl;
    /// not est-2021, an estimate for the year of publication); gov-2022, which starts after, is
    /// `period-after-publication`'s alone.
    static let figures = """
        key,measure,value,unit,place,period_start,period_end,source,method,cites,locator
        ilo-fl,forced-labour,20.9 million,persons,WLD,2002,2011,ilo2012,estimated,,p. 13
        june-fl,forced-labour,21 million,persons,WLD,2011,,june2012,estimated,,p. 2
        blog-2010-fl,forced-labour,20.9 million,persons,WLD,2002,2011,blog2010,reported,ilo-fl,para 1
        blog-2012-ilo,forced-labour,20.9 million,persons,WLD,2002,2011,blog2012,reported,ilo-fl,para 1
        blog-2012-june,forced-labour,21 million,persons,WLD,2011,,blog2012,reported,june-fl,para 2
        blog-2013-ilo,forced-labour,20.9 million,persons,WLD,2002,2011,blog2013,reported,ilo-fl,para 1
        blog-2013-june,forced-labour,21 million,persons,WLD,2011,,blog2013,reported,june-fl,para 2
        gov-span,detected-trafficking-victims,400,persons,DNK,2015,2022,gov2021,detected,,table 1
        gov-2021,detected-trafficking-victims,60,persons,DNK,2021,,gov2021,detected,,table 2
        gov-2020,detected-trafficking-victims,55,persons,DNK,2020,,gov2021,detected,,table 2
        gov-2022,detected-trafficking-victims,70,persons,DNK,2022,,gov2021,detected,,table 3
        year-2021,detected-trafficking-victims,60,persons,SWE,2021,,year2021,detected,,table 1
        mid-june,detected-trafficking-victims,6,persons,NOR,2021-06,,mid2021,detected,,table 1
        mid-may,detected-trafficking-victims,5,persons,NOR,2021-05,,mid2021,detected,,table 1
        est-2021,trafficking-victims,9000,persons,FIN,2021,,est2021,estimated,,p. 1
        est-span,trafficking-victims,9500,persons,ISL,2019,2022,est2021,estimated,,p. 2

        """

    static let repeats = """
        error: repeat-before-original: figures that repeat (cite) a figure first published after them: a blog of 2010 \
        cannot repeat an estimate published in 2012, so the figure's cites names the wrong figure, or one of the two \
        sources has the wrong date; correct the cites key (the figure the source really repeated, or none) or the date (2)
          blog-2010-fl (blog2010, published 2010-05-01) cites ilo-fl (ilo2012, published 2012)
          blog-2012-june (blog2012, published 2012-03) cites june-fl (june2012, published 2012-06-01)

        """
    static let periods = """
        warning: period-ends-after-publication: figures whose reference period ends after their source was published \
        (one that also starts after is period-after-publication's): a count of detected victims, prosecutions, \
        convictions or offences cannot include days after its publication (a report of 2021-03 counting 2021), and no figure, an estimate included, can cover a year \
        after the year of its publication (a report of 2021 giving 2015-2022), so the period or the source is wrong (or \
        the figure is a projection, which tipdb cannot mark); correct it or say so when citing (5)
          blog-2010-fl: period ends 2011, source blog2010 published 2010-05-01
          est-span: period ends 2022, source est2021 published 2021-09
          gov-2021: period ends 2021, source gov2021 published 2021-03; a count cannot include days after publication
          gov-span: period ends 2022, source gov2021 published 2021-03
          mid-june: period ends 2021-06, source mid2021 published 2021-06-15; a count cannot include days after publication

        """

    /// Loads the files, the two repeats before their original without their cites (ingest refuses
    /// them: IngestRepeatTimingTests), which are then written as another program would write them.
    private func load(in dir: URL) throws {
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        let written = Self.figures.replacingOccurrences(of: "blog2010,reported,ilo-fl,", with: "blog2010,reported,,")
            .replacingOccurrences(of: "blog2012,reported,june-fl,", with: "blog2012,reported,,")
        try Data(written.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let loaded = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        try Self.setCites(["blog-2010-fl": "ilo-fl", "blog-2012-june": "june-fl"], in: dir)
    }

    /// Writes `cites` of the figures named, with SQL, as a program other than tipdb would.
    static func setCites(_ cites: [String: String], in dir: URL) throws {
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        defer { db.close() }
        for (key, cited) in cites { try db.execute("UPDATE figures SET cites = ? WHERE key = ?", [cited, key]) }
    }

    @Test("a repeat dated before what it cites is an error, at the precision both dates give")
    func repeatBeforeOriginal() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 1, "an error: \(check.stdout)")
            #expect(check.stdout.hasPrefix(Self.repeats), "\(check.stdout)")
        }
    }

    @Test("a count's period may not end after its publication, an estimate's not after its year; one that starts after is left to period-after-publication")
    func periodEndsAfterPublication() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains(Self.periods), "\(check.stdout)")
            #expect(check.stdout.contains("""
                correct it or say so when citing (1)
                  gov-2022: period starts 2022, source gov2021 published 2021-03

                """), "\(check.stdout)")
        }
    }

    @Test("a figure of a bulk export counts as published at its first release, though it now cites a later one")
    func firstReleaseOfExport() throws {
        try withTemporaryDirectory { dir in
            let header = """
                UNODC,contact@example.org,,,,,,,,,,,
                DATE,,,,,,,,,,,,
                Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source

                """
            let row = "AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,38,GLOTIP\n"
            try Data((header.replacingOccurrences(of: "DATE", with: "14/04/2024") + row).utf8)
                .write(to: dir.appendingPathComponent("glotip_2024.csv"))
            try Data((header.replacingOccurrences(of: "DATE", with: "14/04/2025") + row).utf8)
                .write(to: dir.appendingPathComponent("glotip_2025.csv"))
            try Data("""
                key,kind,title,authors,publisher,date,url,accessed
                autumn,blog-post,Autumn blog,,Blogger,2024-09,https://example.org/a,2026-11-29
                winter,blog-post,Winter blog,,Blogger,2024-01,https://example.org/w,2026-11-29

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method,cites,locator
                autumn-aut,detected-trafficking-victims,38,persons,AUT,2020,autumn,reported,unodc-glotip:detected-trafficking-victims:AUT:2020,para 1
                winter-aut,detected-trafficking-victims,38,persons,AUT,2020,winter,reported,,para 1

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for files in [["glotip_2024.csv"], ["sources.csv", "figures.csv"], ["glotip_2025.csv"]] {
                let loaded = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
                #expect(loaded.status == 0, "\(files): \(loaded.stderr)")
                // Ingest refuses winter-aut's cites (a repeat of 2024-01 of a release of 2024-04-14): written as another program would.
                if files == ["sources.csv", "figures.csv"] {
                    try Self.setCites(["winter-aut": "unodc-glotip:detected-trafficking-victims:AUT:2020"], in: dir)
                }
            }
            let check = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(check.stdout.contains("""
                "winter-aut (winter, published 2024-01) cites unodc-glotip:detected-trafficking-victims:AUT:2020 \
                (unodc-glotip-2025-04-14, published 2025-04-14)"
                """), "\(check.stdout)")
            #expect(check.stdout.contains("\"repeat-before-original\": 1\n"), "\(check.stdout)")
            #expect(!check.stdout.contains("autumn-aut ("), "\(check.stdout)")
        }
    }

    @Test("a figure loaded again with another source counts as published under its former source too")
    func formerSource() throws {
        try withTemporaryDirectory { dir in
            try Data("""
                key,kind,title,authors,publisher,date,url,accessed
                first,report,First edition,,Institute,2019,https://example.org/1,2026-11-29
                second,report,Second edition,,Institute,2023,https://example.org/2,2026-11-29
                blog,blog-post,Blog,,Blogger,2020,https://example.org/b,2026-11-29

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            let figures = { (source: String) in """
                key,measure,value,unit,place,period,source,method,cites,locator
                fl,forced-labour,5000,persons,NPL,2018,\(source),estimated,,p. 1

                """ }
            try Data(figures("first").utf8).write(to: dir.appendingPathComponent("first.csv"))
            try Data(figures("second").utf8).write(to: dir.appendingPathComponent("second.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method,cites,locator
                blog-fl,forced-labour,5000,persons,NPL,2018,blog,reported,fl,para 1

                """.utf8).write(to: dir.appendingPathComponent("blog.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for files in [["sources.csv", "first.csv", "blog.csv"], ["second.csv"]] {
                let loaded = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
                #expect(loaded.status == 0, "\(files): \(loaded.stderr)")
            }
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stdout)")
            #expect(!check.stdout.contains("repeat-before-original"), "\(check.stdout)")
        }
    }

    @Test("the Fixtures pass: ILO 2022's estimates for 2021 and ILO 2014's profits for 2014 are not named")
    func fixturesPass() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stdout)")
            #expect(!check.stdout.contains("repeat-before-original"), "\(check.stdout)")
            #expect(!check.stdout.contains("period-ends-after-publication"), "\(check.stdout)")
        }
    }
}
