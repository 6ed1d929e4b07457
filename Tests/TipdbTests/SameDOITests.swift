import Foundation
import Storage
import Testing

/// One publication loaded under two keys (a CSV row and a reference manager's item) counted as two
/// independent sources. Check names them by their DOI (`same-doi`), and ingest warns at the DOI of
/// the sources file that loads the second.
@Suite("check and ingest: sources with the same DOI are named (built binary)")
struct SameDOITests {
    static let message = "sources with the same DOI (compared without case, and without a https://doi.org/, "
        + "https://dx.doi.org/ or doi: in front): one publication loaded under two or more keys, so its figures count "
        + "as independent sources (the brief's cautions call them different data collections, and a number seems "
        + "confirmed by itself); keep one key and load the other's figures under it (as new figures, retracting the old, or as the same "
        + "figures, naming that key as their source): the warning ends once no figure, study or dataset names the other key; or correct the DOI"

    @Test("a DOI given as a link in another case is the same DOI; ingest warns at the second file's DOI, check lists each group once")
    func sameDOI() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,title,publisher,date,doi
                ilo-2017,Global Estimates,ILO,2017,10.1000/ABC.1
                other,Another,ILO,2018,10.1000/abc.2

                """, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                [{"id": "ilo-2017-zotero", "type": "report", "title": "Global estimates of modern slavery", "publisher": "ILO",
                  "issued": {"date-parts": [[2017]]}, "DOI": "https://doi.org/10.1000/abc.1"}]
                """, "refs.json", in: dir)
            #expect(try Tipdb.run(["ingest", "sources.csv"], in: dir).stderr.contains("same-doi") == false)
            let loaded = try Tipdb.run(["ingest", "refs.json"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: refs.json:2:46: same-doi: ilo-2017 and ilo-2017-zotero: DOI 10.1000/abc.1: \(Self.message)",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: same-doi: \(Self.message) (1)\n  ilo-2017 and ilo-2017-zotero: DOI 10.1000/abc.1\n"), "\(check.stdout)")
        }
    }

    /// Two keys of one publication (`ilo-2017`, `ilo-2017-zotero`) and a third source with
    /// another DOI, each with a forced labour figure for the world, 2016.
    private static func loadTwoKeys(in dir: URL, thirdDOI: String) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write("""
            key,title,publisher,date,doi
            ilo-2017,Global Estimates of Modern Slavery,ILO,2017,10.1000/ABC.1
            ilo-2017-zotero,Global estimates of modern slavery,ILO,2017,https://doi.org/10.1000/abc.1
            other-2018,Another estimate,Walk Free,2018,\(thirdDOI)

            """, "sources.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,unit,place,period,source,method
            fl-a,forced-labour,24900000,persons,WLD,2016,ilo-2017,estimated
            fl-b,forced-labour,24900000,persons,WLD,2016,ilo-2017-zotero,estimated
            fm,forced-marriage,15400000,persons,WLD,2016,other-2018,estimated

            """, "figures.csv", in: dir)
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("the brief's data gaps count two keys with one DOI (another case, one as a link) as one source, and say which key is the same publication")
    func briefCountsOnePublication() throws {
        try withTemporaryDirectory { dir in
            try Self.loadTwoKeys(in: dir, thirdDOI: "10.1000/xyz")
            let brief = try Tipdb.run(["report", "brief", "--measure", "forced-labour", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("""
                - Forced labour: all 2 figures with a traceable origin go back to one source, ILO 2017a [1] (ILO 2017b [2] is the same \
                publication under another key, with the same DOI, 10.1000/abc.1); no independent source confirms them.\n
                """), "\(brief.stdout)")
            // Check names the same two keys, by the same rule.
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("\n  ilo-2017 and ilo-2017-zotero: DOI 10.1000/abc.1\n"), "\(check.stdout)")
        }
    }

    @Test("two sources with different DOIs are two sources: no single-source gap")
    func differentDOIs() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,title,publisher,date,doi
                ilo-2017,Global Estimates of Modern Slavery,ILO,2017,10.1000/abc.1
                ilo-2017-zotero,Global estimates of modern slavery,ILO,2017,10.1000/abc.2

                """, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,method
                fl-a,forced-labour,24900000,persons,WLD,2016,ilo-2017,estimated
                fl-b,forced-labour,24900000,persons,WLD,2016,ilo-2017-zotero,estimated

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(!brief.stdout.contains("no independent source confirms"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("same publication"), "\(brief.stdout)")
        }
    }

    @Test("a DOI another program stored as a link (http://dx.doi.org/, www.doi.org, doi: with a space) is still the same DOI")
    func linkWrittenByAnotherProgram() throws {
        try withTemporaryDirectory { dir in
            try Self.loadTwoKeys(in: dir, thirdDOI: "10.1000/xyz")
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("""
                INSERT INTO sources (key, kind, title, publisher, published, doi, batch_id, created_at, updated_at) VALUES
                ('py-1', 'report', 'A', 'ILO', '2017', 'http://dx.doi.org/10.1000/ABC.1', 1, 't', 't'),
                ('py-2', 'report', 'B', 'Walk Free', '2018', 'https://www.doi.org/10.1000/XYZ', 1, 't', 't'),
                ('py-3', 'report', 'C', 'Walk Free', '2018', 'DOI: 10.1000/xyz', 1, 't', 't')
                """)
            db.close()
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("""
                warning: same-doi: \(Self.message) (2)
                  ilo-2017, ilo-2017-zotero and py-1: DOI 10.1000/abc.1
                  other-2018, py-2 and py-3: DOI 10.1000/xyz

                """), "\(check.stdout)")
        }
    }
}
