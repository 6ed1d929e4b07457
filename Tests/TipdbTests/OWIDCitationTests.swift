import Foundation
import Testing

/// An Our World in Data file loaded without metadata is cited under the site's own
/// abbreviation, OWID, not the initials "OWD".
@Suite("Our World in Data is cited as OWID (built binary)")
struct OWIDCitationTests {
    @Test("a grapher file without metadata: label 'OWID n.d.', reference 'Our World in Data [OWID] (n.d.)', in every format")
    func withoutMetadata() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                Entity,Code,Year,16.2.2 - Detected victims of human trafficking (number) - VC_HTF_DETV
                Austria,AUT,2019,41
                Austria,AUT,2020,38

                """.utf8).write(to: dir.appendingPathComponent("owid.csv"))
            let load = try Tipdb.run(["ingest", "owid.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let markdown = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir)
            #expect(markdown.status == 0, "\(markdown.stderr)")
            #expect(markdown.stdout.contains("| OWID n.d. [1, column \"16.2.2 - Detected victims of human trafficking (number) - VC\\_HTF\\_DETV\", Austria, 2020] |"), "\(markdown.stdout)")
            #expect(markdown.stdout.contains("[1] Our World in Data \\[OWID\\] (n.d.). 16.2.2 - Detected victims"), "\(markdown.stdout)")
            let csv = try Tipdb.run(["report", "brief", "--format", "csv", "--date", "2026-11-30"], in: dir)
            #expect(csv.stdout.contains(",OWID n.d.,1,"), "\(csv.stdout)")
            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.stdout.contains("- Our World in Data \\[OWID\\] (n.d.). 16.2.2"), "\(sources.stdout)")
            for output in [markdown.stdout, csv.stdout, sources.stdout] {
                #expect(!output.contains("OWD"), "\(output)")
            }
        }
    }
}
