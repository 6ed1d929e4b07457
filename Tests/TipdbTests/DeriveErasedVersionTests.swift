import Foundation
import Storage
import Testing

/// A dataset version whose case rows were deleted (`DELETE FROM cases WHERE dataset_id = ...`, the
/// way to erase a superseded release) while its derived tables stay published: derive audited the
/// next version without it and printed the exact counts the audit suppresses (a privacy review,
/// session 48). Derive now refuses, and `tipdb check` warns.
@Suite("derive ctdc and check when an earlier version's case rows are gone (built binary)")
struct DeriveErasedVersionTests {
    /// Versions 1 (30 in the USA, 20 in the Philippines) and 2 (three more in the USA) of dataset
    /// `w`, version 1 derived by country, then version 1's case rows deleted.
    private func erasedVersionOne(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(CaseFiles.synthetic([(30, "2020", "USA"), (20, "2020", "PHL")]).utf8).write(to: dir.appendingPathComponent("w1.csv"))
        try Data(CaseFiles.synthetic([(33, "2020", "USA"), (20, "2020", "PHL")]).utf8).write(to: dir.appendingPathComponent("w2.csv"))
        #expect(try Tipdb.run(["ingest", "--format", "ctdc", "w1.csv", "--dataset", "w", "--released", "2024-03-01"], in: dir).status == 0)
        let first = try Tipdb.run(["derive", "ctdc", "--dataset", "w", "--by", "country", "--show"], in: dir)
        #expect(first.stdout.contains("30  count  country USA  (w-v1/count/country:USA)"), "\(first.stdout)")
        #expect(try Tipdb.run(["ingest", "--format", "ctdc", "w2.csv", "--dataset", "w", "--released", "2024-09-01"], in: dir).status == 0)
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        try db.execute("DELETE FROM cases WHERE dataset_id = (SELECT id FROM datasets WHERE name = 'w' AND version = 1)")
        db.close()
    }

    @Test("version 2 is refused, naming version 1's missing rows, rather than printed as 33 beside version 1's 30")
    func derivationRefused() throws {
        try withTemporaryDirectory { dir in
            try erasedVersionOne(in: dir)
            let second = try Tipdb.run(["derive", "ctdc", "--dataset", "w", "--by", "country", "--show"], in: dir)
            #expect(second.status == 1, "\(second.stdout)")
            #expect(!second.stdout.contains("33"), "\(second.stdout)")
            #expect(second.stderr.contains(
                "dataset w version 1 holds 0 of the 50 case rows it was loaded with (the others were deleted since), but tables derived from it are published; derive audits a table of version 2 together with them"),
                "\(second.stderr)")
            #expect(second.stderr.contains("nothing was stored"), "\(second.stderr)")
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
            defer { db.close() }
            #expect(try db.integer("SELECT count(*) FROM figures WHERE key LIKE 'w-v2/%'") == 0)
        }
    }

    @Test("version 1 itself: says its case rows are gone, not that it records no year of registration")
    func erasedVersionNamed() throws {
        try withTemporaryDirectory { dir in
            try erasedVersionOne(in: dir)
            let first = try Tipdb.run(["derive", "ctdc", "--dataset", "w", "--dataset-version", "1", "--by", "country"], in: dir)
            #expect(first.status == 1)
            #expect(first.stderr.contains("dataset w version 1 holds 0 of the 50 case rows it was loaded with (the others were deleted since): its tables would count no one"),
                    "\(first.stderr)")
            #expect(!first.stderr.contains("year of registration"), "\(first.stderr)")
        }
    }

    @Test("tipdb check warns derived-version-without-cases, naming the version and its tables")
    func checkWarns() throws {
        try withTemporaryDirectory { dir in
            try erasedVersionOne(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: derived-version-without-cases: dataset versions with derived tables whose case rows are not all there"),
                    "\(check.stdout)")
            #expect(check.stdout.contains("  dataset w version 1: 0 of its 50 case rows held, tables derived (--by country)"), "\(check.stdout)")
            #expect(!check.stdout.contains("0 errors, 0 warnings"), "\(check.stdout)")
        }
    }
}
