import Foundation
import Testing

/// `tipdb ingest` warns at the title of a sources row that gives a stored key another
/// publication's title while figures cite that key (review of session 38: a colleague's file
/// re-pointed six figures to a paper on brick kilns with no word, and the brief cited it under
/// the ILO's name).
@Suite("ingest: a sources row that turns a cited key into another publication is warned (built binary)")
struct SourceReplacementWarningTests {
    private func loaded(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write("""
            key,title,publisher,date
            ilo-2005,A global alliance against forced labour,International Labour Office,2005
            lonely,A report nobody cites,Some NGO,2019

            """, "sources.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,place,period,source
            f1,forced-labour,12.3 million,WLD,1995-2004,ilo-2005
            f2,forced-labour,9.5 million,Asia and the Pacific,1995-2004,ilo-2005

            """, "figures.csv", in: dir)
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("another title on a cited key is warned at its title cell with the figures counted, and written; a corrected title or an uncited key is not")
    func replacedTitle() throws {
        try withTemporaryDirectory { dir in
            try loaded(in: dir)
            try IngestPartWarningTests.write("""
                key,publisher,title
                ilo-2005,Colleague NGO,Forced labour in brick kilns of Punjab
                lonely,Some NGO,Something else entirely

                """, "colleague.csv", in: dir)
            let update = try Tipdb.run(["ingest", "colleague.csv"], in: dir)
            #expect(update.status == 0, "\(update.stderr)")
            #expect(IngestPartWarningTests.warnings(update.stderr) == [
                "warning: colleague.csv:2:24: title: source ilo-2005 was \"A global alliance against forced labour\" (International Labour Office), which 2 figures cite; this row makes it \"Forced labour in brick kilns of Punjab\" (Colleague NGO), and those figures now cite it. If this is another publication, give it a key of its own; loaded as written",
            ], "\(update.stderr)")
            #expect(update.stdout.contains("colleague.csv: 2 read, 0 inserted, 2 updated, 0 unchanged, 0 rejected, 1 warning (batch 3)"), "\(update.stdout)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT title FROM sources WHERE key = 'ilo-2005'"], in: dir)
            #expect(stored.stdout.contains("Forced labour in brick kilns of Punjab"), "\(stored.stdout)")
        }
    }

    @Test("a corrected title (capitals, a typo, a subtitle added) is no other publication: no warning")
    func correctedTitle() throws {
        try withTemporaryDirectory { dir in
            try loaded(in: dir)
            try IngestPartWarningTests.write("""
                key,title,publisher
                ilo-2005,"A Global Alliance Against Forced Labour: Global Report under the Follow-up to the ILO Declaration",International Labour Office

                """, "fixed.csv", in: dir)
            let update = try Tipdb.run(["ingest", "fixed.csv"], in: dir)
            #expect(update.status == 0, "\(update.stderr)")
            #expect(IngestPartWarningTests.warnings(update.stderr).isEmpty, "\(update.stderr)")
            #expect(update.stdout.contains("fixed.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 3)"), "\(update.stdout)")
        }
    }
}
