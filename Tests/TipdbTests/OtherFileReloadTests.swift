import Foundation
import Storage
import Testing

/// A figures file loaded again keeps a value another file's later load gave its figure, when it
/// gives back the very value that load replaced (review of session 44): writing it back printed
/// "1,208 (revised from 1,250, and before that from 1,208)" in briefs, a revision no source made.
/// A `--correction` load, a new value, the file's own edit put back, and a reused key are written
/// as given, as before. Since session 52 a file loaded for the first time (a colleague's copy made
/// before the other load) keeps it too, with a warning.
@Suite("a figures file loaded again keeps the value another file's later load gave; briefs print no revision back (built binary)")
struct OtherFileReloadTests {
    static let sources = "key,kind,title,authors,publisher,date\n"
        + "nhrc-2019,report,Trafficking in Persons in Nepal: National Report,National Human Rights Commission of Nepal,National Human Rights Commission,2019-09\n"
    static let header = "key,measure,value,unit,place,period,sex,age_group,source,method,notes\n"

    static func row(_ value: String, key: String = "nhrc-npl-2018", place: String = "NPL") -> String {
        "\(key),detected-trafficking-victims,\"\(value)\",persons,\(place),2018,total,total,nhrc-2019,detected,Police-recorded victims\n"
    }

    /// fig.csv with the figure at `value` and a second one that never changes.
    static func figures(_ value: String) -> String {
        header + row(value) + row("1,190", key: "police-ind-2018", place: "IND")
    }

    static let note = "note: fig.csv:2:1: figure nhrc-npl-2018 keeps the value batch 3 (rev1.csv) gave it, since this file gives back the value that load replaced: value 1250 (this file gives 1208); to take this file's value instead, load it again with tipdb ingest --correction\n"

    private static func ingest(_ arguments: [String], in dir: URL) throws -> ProcessResult {
        let out = try Tipdb.run(["ingest"] + arguments, in: dir)
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        return out
    }

    /// Batches: 1 src.csv, 2 fig.csv (1,208), 3 rev1.csv (1,250).
    private static func revised(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(figures("1,208"), "fig.csv", in: dir)
        try IngestPartWarningTests.write(header + row("1,250"), "rev1.csv", in: dir)
        _ = try ingest(["--quiet", "src.csv", "fig.csv"], in: dir)
        let revision = try ingest(["rev1.csv"], in: dir)
        #expect(revision.stdout == "rev1.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 3)\n", "\(revision.stdout)")
    }

    /// The brief's row for the figure.
    static func briefLine(in dir: URL) throws -> String {
        let out = try Tipdb.run(
            ["report", "brief", "--place", "NPL", "--measure", "detected-trafficking-victims", "--to", "2018", "--date", "2026-12-04"], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout.split(separator: "\n").first { $0.hasPrefix("| Detected victims of trafficking | Nepal | 1,") }.map(String.init) ?? out.stdout
    }

    static func revisions(in dir: URL) throws -> [String] {
        let out = try Tipdb.run(["sql", "--format", "csv", "SELECT batch_id, kind, previous ->> '$.value' AS v FROM figure_revisions ORDER BY id"], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout.split(whereSeparator: \.isNewline).map(String.init)
    }

    @Test("the same file loaded again: 2 unchanged, a note naming the other load, no revision; the brief says 1,250 (revised from 1,208); a dry run says the same")
    func reloadKeepsOtherLoad() throws {
        try withTemporaryDirectory { dir in
            try Self.revised(in: dir)
            let dry = try Self.ingest(["--dry-run", "fig.csv"], in: dir)
            #expect(dry.stdout == "fig.csv: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected (dry run: nothing written)\n", "\(dry.stdout)")
            #expect(dry.stderr.contains(Self.note), "\(dry.stderr)")
            let reload = try Self.ingest(["fig.csv"], in: dir)
            #expect(reload.stdout == "fig.csv: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected (batch 4)\n", "\(reload.stdout)")
            #expect(reload.stderr.contains(Self.note), "\(reload.stderr)")
            #expect(try Self.revisions(in: dir) == ["batch_id,kind,v", "3,revision,1208"])
            #expect(try Self.briefLine(in: dir).hasPrefix("| Detected victims of trafficking | Nepal | 1,250 (revised from 1,208) |  | 2018 |"))
            // And again: still kept, still one revision.
            let again = try Self.ingest(["fig.csv"], in: dir)
            #expect(again.stdout == "fig.csv: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected (batch 5)\n", "\(again.stdout)")
            #expect(again.stderr.contains(Self.note), "\(again.stderr)")
            #expect(try Self.revisions(in: dir).count == 2)
        }
    }

    @Test("with --correction the file's value is taken, as a correction the brief does not print")
    func correctionTakesFileValue() throws {
        try withTemporaryDirectory { dir in
            try Self.revised(in: dir)
            let fix = try Self.ingest(["--correction", "fig.csv"], in: dir)
            #expect(fix.stdout == "fig.csv: 2 read, 0 inserted, 1 updated, 1 unchanged, 0 rejected (batch 4)\n", "\(fix.stdout)")
            #expect(!fix.stderr.contains("keeps the value"), "\(fix.stderr)")
            #expect(try Self.revisions(in: dir) == ["batch_id,kind,v", "3,revision,1208", "4,correction,1250"])
            #expect(try Self.briefLine(in: dir).hasPrefix("| Detected victims of trafficking | Nepal | 1,208 |  | 2018 |"))
        }
    }

    @Test("the file edited to give a new value is written as given, a revision of 1,250")
    func newValueWritten() throws {
        try withTemporaryDirectory { dir in
            try Self.revised(in: dir)
            try IngestPartWarningTests.write(Self.figures("1,300"), "fig.csv", in: dir)
            let edited = try Self.ingest(["fig.csv"], in: dir)
            #expect(edited.stdout == "fig.csv: 2 read, 0 inserted, 1 updated, 1 unchanged, 0 rejected (batch 4)\n", "\(edited.stdout)")
            #expect(!edited.stderr.contains("keeps the value"), "\(edited.stderr)")
            #expect(try Self.revisions(in: dir) == ["batch_id,kind,v", "3,revision,1208", "4,revision,1250"])
            #expect(try Self.briefLine(in: dir).hasPrefix("| Detected victims of trafficking | Nepal | 1,300 (revised from 1,250, and before that from 1,208) |"))
        }
    }

    @Test("the same file edited and put back is the user's own change: written as given, no note, a warning that it goes back")
    func ownEditRevertedWritten() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures("1,208"), "fig.csv", in: dir)
            _ = try Self.ingest(["--quiet", "src.csv", "fig.csv"], in: dir)
            try IngestPartWarningTests.write(Self.figures("1,250"), "fig.csv", in: dir)
            _ = try Self.ingest(["--quiet", "fig.csv"], in: dir)
            try IngestPartWarningTests.write(Self.figures("1,208"), "fig.csv", in: dir)
            let back = try Self.ingest(["fig.csv"], in: dir)
            // Written, and warned about since session 52: briefs now print a revision back to 1,208.
            #expect(back.stdout == "fig.csv: 2 read, 0 inserted, 1 updated, 1 unchanged, 0 rejected, 1 warning (batch 4)\n", "\(back.stdout)")
            #expect(!back.stderr.contains("keeps the value"), "\(back.stderr)")
            #expect(back.stderr.contains("value: figure nhrc-npl-2018 goes back to 1208, the number batch 3 (fig.csv) replaced with 1250"), "\(back.stderr)")
            #expect(try Self.revisions(in: dir) == ["batch_id,kind,v", "3,revision,1208", "4,revision,1250"])
        }
    }

    @Test("a file first loaded after the change (a colleague's copy made before it) keeps the other load's value too, with a warning (session 52)")
    func fileNotLoadedBeforeKeepsWithWarning() throws {
        try withTemporaryDirectory { dir in
            try Self.revised(in: dir)
            try IngestPartWarningTests.write(Self.figures("1,208"), "fig2.csv", in: dir)
            let other = try Self.ingest(["fig2.csv"], in: dir)
            #expect(other.stdout == "fig2.csv: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected, 1 warning (batch 4)\n", "\(other.stdout)")
            #expect(other.stderr.contains(
                "warning: fig2.csv:2:1: figure nhrc-npl-2018 keeps the value batch 3 (rev1.csv) gave it, since this file gives back the value that "
                    + "load replaced: value 1250 (this file gives 1208); this file, loaded here for the first time, may be a copy made before that load"),
                "\(other.stderr)")
            #expect(try Self.revisions(in: dir) == ["batch_id,kind,v", "3,revision,1208"])
        }
    }

    @Test("a key another load gave another figure (its place) is written back as given, with the reuse warning")
    func reusedKeyWritten() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures("1,208"), "fig.csv", in: dir)
            try IngestPartWarningTests.write(Self.header + Self.row("1,250", place: "IND"), "rev1.csv", in: dir)
            _ = try Self.ingest(["--quiet", "src.csv", "fig.csv"], in: dir)
            _ = try Self.ingest(["--quiet", "rev1.csv"], in: dir)
            let reload = try Self.ingest(["fig.csv"], in: dir)
            #expect(reload.stdout == "fig.csv: 2 read, 0 inserted, 1 updated, 1 unchanged, 0 rejected, 1 warning (batch 4)\n", "\(reload.stdout)")
            #expect(!reload.stderr.contains("keeps the value"), "\(reload.stderr)")
            #expect(reload.stderr.contains("warning: fig.csv:2:"), "\(reload.stderr)")
            #expect(try Self.revisions(in: dir) == ["batch_id,kind,v", "3,revision,1208", "4,revision,1250"])
        }
    }

    @Test("batches recorded before m0042 (no file identity) are matched by name: fig.csv's earlier load counts, rev1.csv is another file")
    func beforeIdentity() throws {
        try withTemporaryDirectory { dir in
            try Self.revised(in: dir)
            let db = try DatabaseFile.open(dir.appendingPathComponent("tipdb.sqlite").path, for: .write)
            try db.execute("UPDATE ingest_batches SET file_identity = NULL")
            db.close()
            let reload = try Self.ingest(["./fig.csv"], in: dir)
            #expect(reload.stdout == "./fig.csv: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected (batch 4)\n", "\(reload.stdout)")
            #expect(reload.stderr.contains(Self.note.replacingOccurrences(of: "note: fig.csv:", with: "note: ./fig.csv:")), "\(reload.stderr)")
            #expect(try Self.revisions(in: dir).count == 2)
        }
    }
}
