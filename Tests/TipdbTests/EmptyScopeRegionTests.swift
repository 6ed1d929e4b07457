import Foundation
import Testing

/// A brief whose scope has no figure, beside regions around it that have some, says so in its
/// error: "no figures match --place Europe" read as if nothing were known about Europe.
@Suite("brief: a scope without figures names the regions around it that have some (built binary)")
struct EmptyScopeRegionTests {
    @Test("--place Europe has no figure of its own in the Fixtures; the error names Europe and Central Asia's, and report sources still says no sources match")
    func europe() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--place", "Europe"], in: dir)
            #expect(brief.status == 1)
            #expect(brief.stderr == "tipdb: error: no figures match --place Europe; regions that contain or overlap the places asked "
                + "for have figures for those measures and periods, which are not the places' own: Europe and Central Asia (1 figure); "
                + "name one with --place to see its figures, or widen the filters or ingest figures first (tipdb status shows what the "
                + "database holds)\n")
            // Of a measure no overlapping region has, the message is what it was.
            let measure = try Tipdb.run(["report", "brief", "--place", "Europe", "--measure", "forced-marriage"], in: dir)
            #expect(measure.stderr == "tipdb: error: no figures match --measure forced-marriage --place Europe; widen the filters or "
                + "ingest figures first (tipdb status shows what the database holds)\n")
            let sources = try Tipdb.run(["report", "sources", "--place", "Europe"], in: dir)
            #expect(sources.status == 1)
            #expect(sources.stderr.hasPrefix("tipdb: error: no sources match --place Europe: "), "\(sources.stderr)")
        }
    }
}
