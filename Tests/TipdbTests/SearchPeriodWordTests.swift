import Foundation
import Testing

/// `tipdb search` reads a period typed as it prints one (`1995-2004`) as a period, as it reads a
/// year: a figure matches when its reference period lies within it (a year: includes it).
///
/// Why: search prints a figure's period `1995-2004`, and a user types it back so; read as words
/// of text, it narrowed the measure's figures to none, and the note then said the measure had
/// no figures at all (a reviewer's walkthrough, session 41).
@Suite("search: a period typed as printed (1995-2004) finds the figures within it; a year those that include it (built binary)")
struct SearchPeriodWordTests {
    private func fixtures(_ dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let files = ["sources.json", "studies.csv", "figures.csv"].map { repositoryRoot.appendingPathComponent("Fixtures/\($0)").path }
        let loaded = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    @Test("'forced labour 1995-2004' and '… 1995–2004' find ILO 2005's 12.3 million; '… 2002-2011' finds ILO 2012's; no false 'no figures of' note")
    func spans() throws {
        try withTemporaryDirectory { dir in
            try fixtures(dir)
            for query in ["forced labour 1995-2004", "forced labour 1995\u{2013}2004", "forced labour 2003"] {
                let found = try Tipdb.run(["search", "--kind", "figures", query], in: dir)
                #expect(found.status == 0, "\(query): \(found.stderr)")
                #expect(found.stdout.contains("ilo-2005-forced-labour-wld"), "\(query): \(found.stdout)")
                #expect(!found.stderr.contains("no figures of"), "\(query): \(found.stderr)")
            }
            let later = try Tipdb.run(["search", "--kind", "figures", "forced labour 2002-2011"], in: dir)
            #expect(later.stdout.contains("ilo-2012-forced-labour-wld"), "\(later.stdout)")
            #expect(!later.stdout.contains("ilo-2005-forced-labour-wld"), "\(later.stdout)")
            let none = try Tipdb.run(["search", "--kind", "figures", "forced labour 1800-1801"], in: dir)
            #expect(!none.stdout.contains("ilo-2005-forced-labour-wld"), "\(none.stdout)")
        }
    }
}
