import Foundation
import Testing

/// A data set's new version, with its new DOI, loaded under the key of the version figures were
/// taken from (review of session 54: `1 updated`, and the figures computed from version 1.2 cited
/// to version 1.3's DOI with no word).
@Suite("a source figures cite given another version or DOI is warned about (built binary)")
struct SourceReleaseChangeTests {
    private let version12 = """
        [{"id":"nfls-data","type":"dataset","title":"National Forced Labour Survey 2025: microdata","version":"1.2",
          "DOI":"10.5281/zenodo.1234567","author":[{"family":"Sharma","given":"Anita"}],"publisher":"Zenodo",
          "issued":{"date-parts":[[2026,10,1]]}}]

        """
    private let figures = """
        key,measure,value,unit,place,period,age_group,source,locator
        nfls-total,forced-labour,"182,000",persons,NPL,2025,15+,nfls-data,fl_total.csv

        """

    private func loaded(_ body: (URL) throws -> Void) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(version12.utf8).write(to: dir.appendingPathComponent("v12.json"))
            try Data(figures.utf8).write(to: dir.appendingPathComponent("fig.csv"))
            let ingest = try Tipdb.run(["ingest", "v12.json", "fig.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            try body(dir)
        }
    }

    @Test("a CSL item of version 1.3 with a new DOI: a warning at its DOI naming both versions and DOIs, and the key to give")
    func newVersion() throws {
        try loaded { dir in
            let v13 = version12.replacingOccurrences(of: "\"1.2\"", with: "\"1.3\"").replacingOccurrences(of: "1234567", with: "7654321")
            try Data(v13.utf8).write(to: dir.appendingPathComponent("v13.json"))
            let ingest = try Tipdb.run(["ingest", "v13.json"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(ingest.stderr.contains(
                "v13.json:2:9: version: source nfls-data was version 1.2 (DOI 10.5281/zenodo.1234567), which 1 figure cites; this row makes it version 1.3 (DOI 10.5281/zenodo.7654321), and that figure now cites it. Another version or DOI is another release, whose data may differ: give it a key of its own (such as nfls-data-v1-3) and cite it from the figures taken from it; loaded as written, the earlier values kept in source_revisions"),
                "\(ingest.stderr)")
        }
    }

    @Test("a sources CSV row giving another DOI is warned about at its doi cell; a DOI added where none was is not")
    func newDOI() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let plain = "key,kind,title,authors,publisher,date\nnfls-data,dataset,NFLS microdata,\"Sharma, Anita\",Zenodo,2026-10-01\n"
            let withDOI = "key,kind,title,authors,publisher,date,doi\nnfls-data,dataset,NFLS microdata,\"Sharma, Anita\",Zenodo,2026-10-01,10.5281/zenodo.1234567\n"
            for (name, text) in [("s1.csv", plain), ("s2.csv", withDOI), ("s3.csv", withDOI.replacingOccurrences(of: "1234567", with: "7654321")), ("fig.csv", figures)] {
                try Data(text.utf8).write(to: dir.appendingPathComponent(name))
            }
            #expect(try Tipdb.run(["ingest", "s1.csv", "fig.csv"], in: dir).status == 0)
            let added = try Tipdb.run(["ingest", "s2.csv"], in: dir)
            #expect(added.status == 0, "\(added.stderr)")
            #expect(!added.stderr.contains("another release"), "\(added.stderr)")
            let changed = try Tipdb.run(["ingest", "s3.csv"], in: dir)
            #expect(changed.status == 0, "\(changed.stderr)")
            #expect(changed.stderr.contains(
                "s3.csv:2:68: doi: source nfls-data was DOI 10.5281/zenodo.1234567, which 1 figure cites; this row makes it DOI 10.5281/zenodo.7654321, and that figure now cites it. Another version or DOI is another release"),
                "\(changed.stderr)")
        }
    }
}
