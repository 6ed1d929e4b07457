import Foundation
import Testing

/// One publication loaded under two keys without a DOI (most sources in this field have none)
/// passed `tipdb check`, and the brief cited it as two sources; and a duplicate given up as
/// `same-doi` advises kept the warning for ever (review of session 48).
@Suite("check and ingest: one publication under two keys without a DOI (same-source-twice); the advice ends the warning (built binary)")
struct SameSourceTests {
    @Test("the same title, year and authors under a second key: ingest warns at its title, check names the pair; the Fixtures have none")
    func sameSourceTwice() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(!(try Tipdb.run(["check"], in: dir).stdout.contains("same-source-twice")))
            try IngestPartWarningTests.write("""
                key,kind,title,authors,publisher,date
                ilo-2005,report,"A Global Alliance Against Forced Labour.",International Labour Office,International Labour Office,2005

                """, "dup.csv", in: dir)
            let load = try Tipdb.run(["ingest", "dup.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stderr.contains("warning: dup.csv:2:17: same-source-twice: ilo-2005 and ilo-2005-global-alliance: "
                + "\"A Global Alliance Against Forced Labour.\", 2005: sources with the same title, year and authors (or publisher)"), "\(load.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("""
                warning: same-source-twice: sources with the same title, year and authors (or publisher), compared without case, accents or punctuation, and no DOI or version that tells them apart: one publication loaded under two or more keys, so its figures count as independent sources (the brief cites it twice, lettered 2005a and 2005b, and a number seems confirmed by itself); keep one key and load the other's figures under it (as new figures, retracting the old, or as the same figures, naming that key as their source); or, if they are two publications, give each its DOI or full date, a data set its version (CSL-JSON's version, which the reference prints), a volume or part its title (1)
                  ilo-2005 and ilo-2005-global-alliance: "A Global Alliance Against Forced Labour.", 2005

                """), "\(check.stdout)")
        }
    }

    @Test("two releases (full dates that differ), two DOIs, or another title or year: not one publication")
    func notTheSame() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,kind,title,publisher,date,doi
                spring,dataset,Case counts,NGO,2024-03-01,
                autumn,dataset,Case counts,NGO,2024-09-01,
                a,journal-article,Counting,NGO,2020,10.1000/a
                b,journal-article,Counting,NGO,2020,10.1000/b
                y1,report,Annual report,NGO,2021,
                y2,report,Annual report,NGO,2022,
                t1,report,Annual report 2023,NGO,2023,
                t2,report,Annual report 2023 (summary),NGO,2023,

                """, "s.csv", in: dir)
            let load = try Tipdb.run(["ingest", "s.csv"], in: dir)
            #expect(!load.stderr.contains("same-source-twice"), "\(load.stderr)")
            #expect(!(try Tipdb.run(["check"], in: dir).stdout.contains("same-source-twice")))
        }
    }

    @Test("same-doi's advice followed (figures moved, the old ones retracted): the warning ends; retract on the source says what is left")
    func adviceEndsWarning() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,kind,title,authors,publisher,date,doi
                smith-2020a,journal-article,Counting the hidden,"Smith, Jane",Journal of Human Trafficking,2020,10.1080/23322705.2020.1234567
                smith-2020b,journal-article,Counting the Hidden.,"Smith, Jane",Journal of Human Trafficking,2020,10.1080/23322705.2020.1234567

                """, "dups.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source,locator\nfl-b,forced-labour,34000,persons,NPL,2018,smith-2020b,p. 4\n", "b.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source,locator\nfl-a,forced-labour,34000,persons,NPL,2018,smith-2020a,p. 4\n", "a.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "dups.csv", "b.csv"], in: dir).stderr.contains("same-doi: smith-2020a and smith-2020b"))
            #expect(try Tipdb.run(["check"], in: dir).stdout.contains("  smith-2020a and smith-2020b: DOI 10.1080/23322705.2020.1234567\n"))
            #expect(try Tipdb.run(["ingest", "a.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["retract", "fl-b", "--reason", "merged into smith-2020a"], in: dir).status == 0)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("same-doi") && !check.stdout.contains("same-source-twice"), "\(check.stdout)")
            let retract = try Tipdb.run(["retract", "smith-2020b", "--reason", "duplicate"], in: dir)
            #expect(retract.status != 0)
            #expect(retract.stderr.contains("\"smith-2020b\" is a source, not a figure (0 figures name it as source): retract takes figures, and a source stays in the database"),
                    "\(retract.stderr)")
            #expect(retract.stderr.contains("tipdb check's same-doi and same-source-twice no longer name it"), "\(retract.stderr)")
        }
    }

    @Test("the brief's data gaps count two keys of one publication without a DOI as one source, and say which key is the other")
    func briefCountsOnePublication() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,title,publisher,date
                ilo-2017,Global Estimates of Modern Slavery,ILO,2017
                ilo-2017-copy,"Global estimates of modern slavery.",ILO,2017
                other-2018,Another estimate,Walk Free,2018

                """, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,method
                fl-a,forced-labour,24900000,persons,WLD,2016,ilo-2017,estimated
                fl-b,forced-labour,24900000,persons,WLD,2016,ilo-2017-copy,estimated
                fm,forced-marriage,15400000,persons,WLD,2016,other-2018,estimated

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--measure", "forced-labour", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("""
                - Forced labour: all 2 figures with a traceable origin go back to one source, ILO 2017a [1] (ILO 2017b [2] is the same \
                publication under another key, with the same title, year and authors (or publisher)); no independent source confirms them.\n
                """), "\(brief.stdout)")
        }
    }

    @Test("a source typed without its date (ingest --help's example after the Fixtures) is compared; with two dated editions it names none")
    func undatedSource() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try IngestPartWarningTests.write("""
                key,title,publisher
                ilo-2005,A global alliance against forced labour,International Labour Office

                """, "sources.csv", in: dir)
            let load = try Tipdb.run(["ingest", "sources.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stderr.contains("warning: sources.csv:2:10: same-source-twice: ilo-2005 and ilo-2005-global-alliance: "
                + "\"A global alliance against forced labour\", 2005 (ilo-2005 without a date): sources with the same title"), "\(load.stderr)")
        }
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,title,publisher,date
                ar-2019,Annual report,Example NGO,2019
                ar-2020,Annual report,Example NGO,2020
                ar,Annual report,Example NGO,

                """, "sources.csv", in: dir)
            let load = try Tipdb.run(["ingest", "sources.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(!load.stderr.contains("same-source-twice"), "\(load.stderr)")
            #expect(!(try Tipdb.run(["check"], in: dir).stdout.contains("same-source-twice")))
        }
    }
}
