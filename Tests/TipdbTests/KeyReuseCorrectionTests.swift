import Foundation
import Testing

/// A correction fixes tipdb's copy of one figure. When a colleague's file later reuses the key for
/// another figure, that correction is not the new figure's: a reload that happens to give the
/// value it replaced is written as given (`Database.keepingCorrections` stops at a reuse).
@Suite("a correction of the figure a key held before a reuse is not kept for the new figure (built binary)")
struct KeyReuseCorrectionTests {
    static let header = "key,measure,value,place,period,source\n"

    /// f1, forced labour in Nepal, loaded as 100 and corrected to 120 (batches 2 and 3).
    static func corrected(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(RevisionUnitTests.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(header + "f1,forced-labour,100,NPL,2016,rep\n", "mine.csv", in: dir)
        try IngestPartWarningTests.write(header + "f1,forced-labour,120,NPL,2016,rep\n", "fix.csv", in: dir)
        #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "mine.csv"], in: dir).status == 0)
        let fix = try Tipdb.run(["ingest", "--quiet", "--correction", "fix.csv"], in: dir)
        #expect(fix.status == 0, "\(fix.stderr)")
    }

    static func stored(in dir: URL) throws -> String {
        try Tipdb.run(["sql", "--format", "csv", "SELECT key, measure, value FROM figures"], in: dir).stdout
            .replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test("a colleague's f1 of another measure with the value 100: stored as 100, warned as a reused key, no kept correction")
    func reuseGivesReplacedValue() throws {
        try withTemporaryDirectory { dir in
            try Self.corrected(in: dir)
            try IngestPartWarningTests.write(Self.header + "f1,trafficking-victims,100,NPL,2016,rep\n", "colleague.csv", in: dir)
            let load = try Tipdb.run(["ingest", "colleague.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(try Self.stored(in: dir) == "key,measure,value\nf1,trafficking-victims,100.0\n")
            #expect(IngestPartWarningTests.warnings(load.stderr) == [
                "warning: colleague.csv:2:4: measure: key \"f1\" held forced-labour, NPL, 2016 (120), and this row gives it "
                    + "measure trafficking-victims: another figure, whose number is no revision of that one's (briefs will not say "
                    + "\"revised from\"); expected a new key for a new figure; updated as given, the earlier figure kept in figure_revisions",
            ], "\(load.stderr)")
            #expect(!load.stderr.contains("keeps its correction"), "\(load.stderr)")
            #expect(load.stdout.contains("colleague.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected, 1 warning (batch 4)"),
                    "\(load.stdout)")
        }
    }

    @Test("a later revision of the new figure back to 100 is not held back by the old figure's correction")
    func revisionAfterReuse() throws {
        try withTemporaryDirectory { dir in
            try Self.corrected(in: dir)
            try IngestPartWarningTests.write(Self.header + "f1,trafficking-victims,120,NPL,2016,rep\n", "colleague.csv", in: dir)
            try IngestPartWarningTests.write(Self.header + "f1,trafficking-victims,100,NPL,2016,rep\n", "later.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "colleague.csv"], in: dir).status == 0)
            let later = try Tipdb.run(["ingest", "later.csv"], in: dir)
            #expect(later.status == 0, "\(later.stderr)")
            #expect(try Self.stored(in: dir) == "key,measure,value\nf1,trafficking-victims,100.0\n")
            #expect(!later.stderr.contains("keeps its correction"), "\(later.stderr)")
            #expect(later.stdout.contains("later.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 5)"), "\(later.stdout)")
        }
    }

    @Test("without a reuse the correction is still kept: a reload of the slip gives the kept-correction note")
    func correctionStillKept() throws {
        try withTemporaryDirectory { dir in
            try Self.corrected(in: dir)
            let reload = try Tipdb.run(["ingest", "mine.csv"], in: dir)
            #expect(reload.status == 0, "\(reload.stderr)")
            #expect(try Self.stored(in: dir) == "key,measure,value\nf1,forced-labour,120.0\n")
            #expect(reload.stderr.contains("figure f1 keeps its correction by batch 3 (tipdb ingest --correction)"), "\(reload.stderr)")
        }
    }
}
