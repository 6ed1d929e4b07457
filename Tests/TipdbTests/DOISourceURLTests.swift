import Foundation
import Testing

/// A source with a DOI has a persistent link, which every reference entry prints; check's
/// `source-without-url` named a Zenodo data set with its DOI "no URL" (review of session 54).
@Suite("check: a source with a DOI is not a source without a URL (built binary)")
struct DOISourceURLTests {
    @Test("a dataset with a DOI and no url or accessed is not named; one without either still is")
    func doiIsALink() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date,doi
                nfls-data,dataset,National Forced Labour Survey 2025: microdata,"Sharma, Anita",Zenodo,2026-10-01,10.5281/zenodo.1234567
                nfls-notes,report,Fieldwork notes,"Sharma, Anita",Univ of Example,2026-10-01,

                """.utf8).write(to: dir.appendingPathComponent("src.csv"))
            #expect(try Tipdb.run(["ingest", "src.csv"], in: dir).status == 0)
            let check = try Tipdb.run(["check"], in: dir)
            let output = check.stdout + check.stderr
            #expect(output.contains("nfls-notes (no URL)"), "\(output)")
            #expect(!output.contains("nfls-data (no URL)"), "\(output)")
        }
    }
}
