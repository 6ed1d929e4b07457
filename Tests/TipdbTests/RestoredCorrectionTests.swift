import Foundation
import Testing

/// `--restore-retracted` loads a withdrawn key again as its file gives it, a new figure: a value
/// a correction had fixed, or a number a later file had revised, comes back with a warning at the
/// row that names what was undone and how to load it again, never silently.
@Suite("ingest --restore-retracted: a correction or revision the restore undoes is warned about (built binary)")
struct RestoredCorrectionTests {
    typealias Retract = RetractCommandTests

    static let header = "key,measure,value,place,period,source\n"
    static let sources = "key,title,publisher,date\nrep-2020,Report 2020,Some NGO,2020\n"

    /// A database with `k1` loaded from f.csv as 4567, then changed by `second` (loaded with
    /// `extra` options), then retracted.
    static func retracted(_ second: String, options: [String], in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Retract.write(sources, to: "src.csv", in: dir)
        try Retract.write(header + "k1,detected-trafficking-victims,4567,NPL,2019,rep-2020\n", to: "f.csv", in: dir)
        try Retract.write(header + "k1,detected-trafficking-victims,\(second),NPL,2019,rep-2020\n", to: "second.csv", in: dir)
        #expect(try Tipdb.run(["ingest", "--quiet", "src.csv", "f.csv"], in: dir).status == 0)
        #expect(try Tipdb.run(["ingest", "--quiet"] + options + ["second.csv"], in: dir).status == 0)
        #expect(try Tipdb.run(["retract", "k1", "--reason", "wrong table"], in: dir).status == 0)
    }

    /// The retraction as messages give it in brackets: `batch 4, 2026-…Z: "wrong table"`.
    static func particulars(in dir: URL) throws -> String {
        "batch 4, " + (try Retract.sql("SELECT retracted_at FROM figure_retractions WHERE figure = 'k1'", in: dir)) + ": \"wrong table\""
    }

    @Test("restoring the file whose slip a correction fixed warns at its value, naming the correction's file")
    func correctionUndone() throws {
        try withTemporaryDirectory { dir in
            try Self.retracted("4568", options: ["--correction"], in: dir)
            let restored = try Tipdb.run(["ingest", "--restore-retracted", "f.csv"], in: dir)
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(restored.stdout == "f.csv: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected, 1 warning (batch 5)\n", "\(restored.stdout)")
            let expected = "warning: f.csv:2:33: figure k1 is restored as this file gives it, value 4567 where the correction made it 4568: "
                + "batch 3 (second.csv) had corrected that value (tipdb ingest --correction), before it was retracted (\(try Self.particulars(in: dir))); "
                + "a restored figure is a new one, without the retracted one's values or revisions; "
                + "expected, if the correction still holds: load second.csv again with tipdb ingest --correction\n"
            #expect(restored.stderr.contains(expected), "\(restored.stderr)")
            // Written as the file gives it, as README says a restore does.
            #expect(try Retract.sql("SELECT value FROM figures WHERE key = 'k1'", in: dir) == "4567.0")
            // The advice works: the correction is made again, and a plain reload then keeps it.
            #expect(try Tipdb.run(["ingest", "--quiet", "--correction", "second.csv"], in: dir).status == 0)
            let reload = try Tipdb.run(["ingest", "f.csv"], in: dir)
            #expect(reload.stderr.contains("figure k1 keeps its correction by batch 6"), "\(reload.stderr)")
            #expect(try Retract.sql("SELECT value FROM figures WHERE key = 'k1'", in: dir) == "4568.0")
        }
    }

    @Test("restoring an older file over a later revision warns, naming the revising file; the same number restored is silent")
    func revisionUndone() throws {
        try withTemporaryDirectory { dir in
            try Self.retracted("5000", options: [], in: dir)
            let restored = try Tipdb.run(["ingest", "--restore-retracted", "f.csv"], in: dir)
            #expect(restored.status == 0, "\(restored.stderr)")
            let expected = "warning: f.csv:2:33: figure k1 is restored as this file gives it, value 4567 where the figure held 5000, "
                + "as batch 3 (second.csv) wrote it, before it was retracted (\(try Self.particulars(in: dir))); "
                + "a restored figure is a new one, without the retracted one's values or revisions; "
                + "expected, if what it held still holds: load second.csv again after this command\n"
            #expect(restored.stderr.contains(expected), "\(restored.stderr)")
        }
        try withTemporaryDirectory { dir in
            try Self.retracted("5000", options: [], in: dir)
            let restored = try Tipdb.run(["ingest", "--restore-retracted", "second.csv"], in: dir)
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(restored.stdout == "second.csv: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected (batch 5)\n", "\(restored.stdout)")
            #expect(!restored.stderr.contains("warning"), "\(restored.stderr)")
        }
    }
}
