import Foundation
import Testing

/// `ingest_batches.file` and `datasets.file` kept the path as typed: a load given an absolute path
/// put the analyst's home folder, login and casework folder names into every copy shared or
/// published, and the brief's provenance printed them (publisher's review, session 49, defect 1;
/// pipeline review, defect 7). A path typed within the working directory is kept as given, so
/// that two partners' `figures.csv` stay apart; any other keeps the file's name only.
@Suite("ingest stores no path from outside the working directory (built binary)")
struct StoredFilePathTests {
    static let sources = "key,kind,title,publisher,date\nons-2024,dataset,Modern slavery,Office for National Statistics,2024\n"

    static func figures(_ key: String, _ value: String) -> String {
        "key,measure,value,unit,place,period,source,method\n\(key),detected-trafficking-victims,\(value),persons,GBR,2022,ons-2024,detected\n"
    }

    static func sql(_ query: String, in dir: URL, db: String = "tipdb.sqlite") throws -> String {
        let result = try Tipdb.run(["sql", "--db", db, "--format", "csv", query], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test("absolute, ~ and .. paths are stored by the file's name, a relative one as typed; the brief's provenance names no folder")
    func storedNames() throws {
        try withTemporaryDirectory { dir in
            let casework = dir.appendingPathComponent("home/jdoe/Survivor casework 2024")
            let partner = dir.appendingPathComponent("partnerA")
            let work = dir.appendingPathComponent("work")
            // A folder named ~ in the working directory: tipdb, given "~/h.csv" unexpanded, reads it.
            let tilde = work.appendingPathComponent("~")
            for folder in [casework, partner, work, tilde] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: casework)
            try IngestPartWarningTests.write(Self.figures("gbr-a", "100"), "intake.csv", in: casework)
            try IngestPartWarningTests.write(Self.figures("gbr-b", "200"), "figures.csv", in: partner)
            try IngestPartWarningTests.write(Self.figures("gbr-c", "300"), "up.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures("gbr-d", "400"), "h.csv", in: tilde)
            #expect(try Tipdb.run(["init", "--db", "db.sqlite"], in: work).status == 0)
            let absolute = try Tipdb.run(
                ["ingest", "--db", "db.sqlite", casework.appendingPathComponent("sources.csv").path, casework.appendingPathComponent("intake.csv").path], in: work)
            #expect(absolute.status == 0, "\(absolute.stderr)")
            // The summary still names the file as typed: it is the user's own terminal.
            #expect(absolute.stdout.contains("\(casework.appendingPathComponent("intake.csv").path): 1 read, 1 inserted"), "\(absolute.stdout)")
            #expect(try Tipdb.run(["ingest", "--db", "work/db.sqlite", "partnerA/figures.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--db", "db.sqlite", "../up.csv", "~/h.csv"], in: work).status == 0)

            #expect(try Self.sql("SELECT id, file FROM ingest_batches ORDER BY id", in: work, db: "db.sqlite")
                == "id,file\n1,sources.csv\n2,intake.csv\n3,partnerA/figures.csv\n4,up.csv\n5,h.csv\n")
            // The same file is still found by its identity, whatever path names it: loaded again
            // from its own folder without its figure, the note names the absolute load's batch.
            try IngestPartWarningTests.write(Self.figures("gbr-e", "500"), "intake.csv", in: casework)
            let again = try Tipdb.run(["ingest", "--db", work.appendingPathComponent("db.sqlite").path, "intake.csv"], in: casework)
            #expect(again.stderr.contains("note: intake.csv: 1 figure written from this file by batch 2 is not in it now (gbr-a)"), "\(again.stderr)")

            let brief = try Tipdb.run(["report", "brief", "--db", "db.sqlite", "--place", "GBR", "--date", "2026-12-01"], in: work)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| 2 | intake.csv | "), "\(brief.stdout)")
            #expect(!brief.stdout.contains("jdoe") && !brief.stdout.contains("Survivor"), "\(brief.stdout)")
        }
    }

    @Test("a CTDC file given by an absolute path: datasets.file and its batch keep the file's name")
    func datasetFile() throws {
        try withTemporaryDirectory { dir in
            let folder = dir.appendingPathComponent("home/jdoe/Survivor casework 2024")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("shelter-intake-export.csv")
            try Data(CaseFiles.synthetic([(30, "2019", "USA")]).utf8).write(to: file)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "ngo-cases", file.path], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(try Self.sql("SELECT d.file AS dataset, b.file AS batch FROM datasets d JOIN ingest_batches b ON b.id = d.batch_id", in: dir)
                == "dataset,batch\nshelter-intake-export.csv,shelter-intake-export.csv\n")
        }
    }

    @Test("a refused row of partnerB/figures.csv over partnerA's figure: the brief says another figures.csv gave the value kept")
    func sameNameOtherFolder() throws {
        try withTemporaryDirectory { dir in
            for partner in ["partnerA", "partnerB"] {
                try FileManager.default.createDirectory(at: dir.appendingPathComponent(partner), withIntermediateDirectories: true)
            }
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures("gbr-a", "100"), "figures.csv", in: dir.appendingPathComponent("partnerA"))
            try IngestPartWarningTests.write(Self.figures("gbr-a", "x"), "figures.csv", in: dir.appendingPathComponent("partnerB"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "partnerA/figures.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--on-error", "skip", "partnerB/figures.csv"], in: dir).status == 1)
            let csv = try Tipdb.run(["report", "brief", "--place", "GBR", "--date", "2026-12-01", "--format", "csv"], in: dir)
            #expect(csv.stdout.contains("a later file, figures.csv, gives it, but its row was refused at load (batch 3, in open_rejects): "
                + "the value is the one another figures.csv loaded (batch 2)"), "\(csv.stdout)")
        }
    }
}
