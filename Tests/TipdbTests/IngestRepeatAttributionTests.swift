import Foundation
import Testing

/// `repeat-changed` is warned at the repeat's own line when the command wrote the repeat, and at
/// the original's only for a stored repeat of a figure the file corrected or revised. An original
/// and its repeat given in two files of one command were warned twice, the second time at the
/// original's row, counted among the warnings of a file that only held the original (review of
/// session 47: `m-a.csv:2:1: repeat-changed: n1 repeats o1 ...`).
@Suite("ingest: repeat-changed in the file of the repeat, not also the original's (built binary)")
struct IngestRepeatAttributionTests {
    private static let sources = """
        key,kind,title,publisher,date
        orig,report,Original report,Agency A,2010-01-01
        news1,news,News one,Paper B,2015-01-01

        """
    private static let original = """
        key,measure,value,unit,place,period,source,cites,method
        o1,forced-labour,5 million,persons,NGA,2009,orig,,estimated

        """
    private static let repeating = """
        key,measure,value,unit,place,period,source,cites,method
        n1,forced-labour,5 million,persons,NGA,2014,news1,o1,reported

        """
    private static let row = "warning: m-b.csv:2:51: repeat-changed: n1 repeats o1 with period 2014, not 2009: \(IngestRepeatChangedTests.message)"

    private func load(_ files: [String], in dir: URL) throws -> ProcessResult {
        try IngestPartWarningTests.write(Self.sources, "m-src.csv", in: dir)
        try IngestPartWarningTests.write(Self.original, "m-a.csv", in: dir)
        try IngestPartWarningTests.write(Self.repeating, "m-b.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        return try Tipdb.run(["ingest"] + files, in: dir)
    }

    @Test("original, then its changed repeat, in one command: one warning, at the repeat's cites, counted in its file")
    func originalFirst() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load(["m-src.csv", "m-a.csv", "m-b.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [Self.row], "\(loaded.stderr)")
            #expect(loaded.stdout.contains("m-a.csv: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected (batch 2)\n"), "\(loaded.stdout)")
            #expect(loaded.stdout.contains("m-b.csv: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected, 1 warning (batch 3)\n"), "\(loaded.stdout)")
        }
    }

    @Test("the repeat's file before the original's: still one warning, at the repeat")
    func repeatFirst() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load(["m-src.csv", "m-b.csv", "m-a.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [Self.row], "\(loaded.stderr)")
            #expect(loaded.stdout.contains("m-a.csv: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected (batch 3)\n"), "\(loaded.stdout)")
        }
    }

    @Test("a stored repeat of an original a later command revises is still warned at the original's row")
    func storedRepeatOfRevisedOriginal() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(["m-src.csv", "m-a.csv"], in: dir).status == 0)
            // The repeat, rounding the original: no change yet.
            try IngestPartWarningTests.write(Self.repeating.replacingOccurrences(of: ",2014,", with: ",2009,"), "m-b.csv", in: dir)
            let repeated = try Tipdb.run(["ingest", "m-b.csv"], in: dir)
            #expect(IngestPartWarningTests.warnings(repeated.stderr).isEmpty, "\(repeated.stderr)")
            // The original revised, with an unrelated repeat loaded in the same command.
            try IngestPartWarningTests.write(Self.original.replacingOccurrences(of: "5 million", with: "9 million"), "m-a.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,cites,method
                n2,forced-labour,9 million,persons,NGA,2009,news1,o1,reported

                """, "m-c.csv", in: dir)
            let revised = try Tipdb.run(["ingest", "m-a.csv", "m-c.csv"], in: dir)
            #expect(revised.status == 0, "\(revised.stderr)")
            #expect(IngestPartWarningTests.warnings(revised.stderr) == [
                "warning: m-a.csv:2:1: repeat-changed: n1 repeats o1 with value 5000000, not 9000000 (it repeats an earlier number of o1: "
                    + "5000000, since revised to 9000000): \(IngestRepeatChangedTests.message)",
            ], "\(revised.stderr)")
        }
    }
}
