import Foundation
import Testing

/// One publication loaded under two keys (a CSV row and a reference manager's item) counted as two
/// independent sources. Check names them by their DOI (`same-doi`), and ingest warns at the row of
/// the sources file that loads the second.
@Suite("check and ingest: sources with the same DOI are named (built binary)")
struct SameDOITests {
    static let message = "sources with the same DOI (compared without case, and without a https://doi.org/, "
        + "https://dx.doi.org/ or doi: in front): one publication loaded under two or more keys, so its figures count "
        + "as independent sources (the brief's cautions call them different data collections, and a number seems "
        + "confirmed by itself); keep one key, load the other's figures under it and retract them, or correct the DOI"

    @Test("a DOI given as a link in another case is the same DOI; ingest warns at the second file's row, check lists each group once")
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
                "warning: refs.json:1:2: same-doi: ilo-2017 and ilo-2017-zotero: DOI 10.1000/abc.1: \(Self.message)",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: same-doi: \(Self.message) (1)\n  ilo-2017 and ilo-2017-zotero: DOI 10.1000/abc.1\n"), "\(check.stdout)")
        }
    }
}
