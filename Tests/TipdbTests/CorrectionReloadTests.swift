import Foundation
import Testing

/// A file loaded again after `tipdb ingest --correction` fixed one of its figures keeps the fix
/// (review of session 36): the export (or figures file) still holds the slip, and writing it back
/// undid the correction while briefs printed the undoing as the source's revision ("2,041
/// (revised from 2,014)" for a number UNODC only ever published as 2,041). The reload counts the
/// figure unchanged and says, in a note, which correction it keeps and how to drop it.
@Suite("a file loaded again keeps the corrections of its figures; briefs never print one as revised from (built binary)")
struct CorrectionReloadTests {
    static let key = "unodc-glotip:detected-trafficking-victims:IND:2019"

    /// A GLOTIP export of `date` with India 2019 at `value`.
    static func export(date: String = "14/04/2025", value: Int = 2041) -> String {
        GLOTIPFiles.top(date: date) + "IND,India,Asia,Southern Asia,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,\(value),GLOTIP\n"
    }

    /// A figures file that sets India 2019 to `value`, cited to the first export's source.
    static func fix(_ value: Int) -> String {
        "key,measure,value,unit,place,period,source\n\(key),detected-trafficking-victims,\(value),persons,IND,2019,unodc-glotip-2025-04-14\n"
    }

    private static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
    }

    private static func sql(_ query: String, in dir: URL) throws -> [String] {
        let out = try Tipdb.run(["sql", "--format", "csv", query], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return lines(out.stdout)
    }

    private static func ingest(_ arguments: [String], in dir: URL) throws -> ProcessResult {
        let out = try Tipdb.run(["ingest"] + arguments, in: dir)
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        return out
    }

    /// Batches: 1 g1.csv (2,041), 2 fix1.csv (--correction, 2,014).
    private static func corrected(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(export(), "g1.csv", in: dir)
        try IngestPartWarningTests.write(fix(2014), "fix1.csv", in: dir)
        _ = try ingest(["--quiet", "g1.csv"], in: dir)
        _ = try ingest(["--quiet", "--correction", "fix1.csv"], in: dir)
    }

    private static func brief(in dir: URL) throws -> String {
        let out = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout
    }

    static let keptNote = "note: g1.csv:4:95: figure \(key) keeps its correction by batch 2 (tipdb ingest --correction), since this export gives back the value it replaced: value 2014 (this export gives 2041); to take this export's value instead, load a figures file giving it under this key with tipdb ingest --correction\n"

    @Test("the same export loaded again: 1 unchanged, the vintage note without a revision, a note naming the correction; the figure keeps 2,014 and batch 2")
    func exportReloaded() throws {
        try withTemporaryDirectory { dir in
            try Self.corrected(in: dir)
            let reload = try Self.ingest(["g1.csv"], in: dir)
            #expect(reload.stdout == "g1.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected (batch 3)\n", "\(reload.stdout)")
            #expect(reload.stderr.contains("note: g1.csv: vintage 1 of unodc-glotip: export of 2025-04-14 (source unodc-glotip-2025-04-14), loaded again: nothing moves\n"), "\(reload.stderr)")
            #expect(reload.stderr.contains(Self.keptNote), "\(reload.stderr)")
            #expect(!reload.stderr.contains("revised"), "\(reload.stderr)")
            #expect(try Self.sql("SELECT key, value, batch_id FROM figures", in: dir) == ["key,value,batch_id", "\(Self.key),2014.0,2"])
            #expect(try Self.sql("SELECT figure, batch_id, kind, previous ->> '$.value' AS v FROM figure_revisions", in: dir)
                == ["figure,batch_id,kind,v", "\(Self.key),2,correction,2041"])
            #expect(try Self.sql("SELECT revisions, corrections FROM figure_citations", in: dir) == ["revisions,corrections", "0,1"])
            let md = try Self.brief(in: dir)
            #expect(md.contains("| Detected victims of trafficking | India | 2,014 |  | 2019 | UNODC 2025 [1, row IND, Detected trafficking victims, Total: Total, Total, Total, 2019] |\n"), "\(md)")
            #expect(!md.contains("revised from"), "\(md)")
            #expect(!md.contains("2,041"), "\(md)")
        }
    }

    @Test("the correction is dropped as it was made: a figures file with --correction; the brief then prints 2,041 alone")
    func correctionDropped() throws {
        try withTemporaryDirectory { dir in
            try Self.corrected(in: dir)
            _ = try Self.ingest(["--quiet", "g1.csv"], in: dir)
            try IngestPartWarningTests.write(Self.fix(2041), "undo.csv", in: dir)
            let undo = try Self.ingest(["--correction", "undo.csv"], in: dir)
            #expect(undo.stdout == "undo.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 4)\n", "\(undo.stdout)")
            #expect(try Self.sql("SELECT figure, batch_id, kind, previous ->> '$.value' AS v FROM figure_revisions ORDER BY id", in: dir)
                == ["figure,batch_id,kind,v", "\(Self.key),2,correction,2041", "\(Self.key),4,correction,2014"])
            let md = try Self.brief(in: dir)
            #expect(md.contains("| Detected victims of trafficking | India | 2,041 |  | 2019 |"), "\(md)")
            #expect(!md.contains("revised from"), "\(md)")
            // Loaded again now, the export agrees with the figure: unchanged, no note.
            let reload = try Self.ingest(["g1.csv"], in: dir)
            #expect(reload.stdout == "g1.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected (batch 5)\n", "\(reload.stdout)")
            #expect(!reload.stderr.contains("keeps its correction"), "\(reload.stderr)")
        }
    }

    @Test("a newer export that repeats 2,041 moves the figure to its source and keeps the correction; one that says 2,050 revises it from 2,014")
    func newerExports() throws {
        try withTemporaryDirectory { dir in
            try Self.corrected(in: dir)
            try IngestPartWarningTests.write(Self.export(date: "02/10/2025"), "g2.csv", in: dir)
            let same = try Self.ingest(["g2.csv"], in: dir)
            #expect(same.stdout == "g2.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected (batch 3)\n", "\(same.stdout)")
            #expect(same.stderr.contains("note: g2.csv: vintage 2 of unodc-glotip: export of 2025-10-02 (source unodc-glotip-2025-10-02); 1 unchanged figure now cites this export (the vintages each appeared in are in figure_vintages)\n"), "\(same.stderr)")
            #expect(same.stderr.contains("note: g2.csv:4:95: figure \(Self.key) keeps its correction by batch 2 (tipdb ingest --correction), since this export gives back the value it replaced: value 2014 (this export gives 2041); "), "\(same.stderr)")
            #expect(try Self.sql("SELECT value, source FROM figures", in: dir) == ["value,source", "2014.0,unodc-glotip-2025-10-02"])
            #expect(try Self.sql("SELECT count(*) AS n FROM figure_revisions WHERE kind = 'revision'", in: dir) == ["n", "0"])

            try IngestPartWarningTests.write(Self.export(date: "03/03/2026", value: 2050), "g3.csv", in: dir)
            let revised = try Self.ingest(["g3.csv"], in: dir)
            #expect(revised.stdout == "g3.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 4)\n", "\(revised.stdout)")
            #expect(!revised.stderr.contains("keeps its correction"), "\(revised.stderr)")
            #expect(try Self.sql("SELECT value FROM figures", in: dir) == ["value", "2050.0"])
            let md = try Self.brief(in: dir)
            #expect(md.contains("| India | 2,050 (revised from 2,014) |"), "\(md)")
        }
    }

    static let sources = "key,kind,title,publisher,date\nunodc-2021,report,Global Report on Trafficking in Persons 2020,UNODC,2021-02\n"
    static let header = "key,measure,value,unit,place,period,source,method,quote\n"
    static func row(_ value: String, quote: String) -> String {
        "de-2018,detected-trafficking-victims,\"\(value)\",persons,DEU,2018,unodc-2021,detected,\(quote)\n"
    }

    @Test("a figures file loaded again keeps its corrected row, and its other changes are written without a revision of the number")
    func figuresFileReloaded() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "s.csv", in: dir)
            try IngestPartWarningTests.write(Self.header + Self.row("4,567", quote: "Germany detected victims"), "f.csv", in: dir)
            try IngestPartWarningTests.write(Self.header + Self.row("4,568", quote: "Germany detected victims"), "fix.csv", in: dir)
            try IngestPartWarningTests.write(Self.header + Self.row("4,567", quote: "Germany detected 4568 victims"), "f2.csv", in: dir)
            _ = try Self.ingest(["--quiet", "s.csv", "f.csv"], in: dir)
            _ = try Self.ingest(["--quiet", "--correction", "fix.csv"], in: dir)

            let reload = try Self.ingest(["f.csv"], in: dir)
            #expect(reload.stdout == "f.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected (batch 4)\n", "\(reload.stdout)")
            #expect(reload.stderr.contains("note: f.csv:2:1: figure de-2018 keeps its correction by batch 3 (tipdb ingest --correction), since this file gives back the value it replaced: value 4568 (this file gives 4567); to take this file's value instead, load it again with tipdb ingest --correction\n"), "\(reload.stderr)")

            // The slip again beside a new quote: the quote is written, the number stays.
            let edited = try Self.ingest(["f2.csv"], in: dir)
            #expect(edited.stdout == "f2.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 5)\n", "\(edited.stdout)")
            #expect(edited.stderr.contains("note: f2.csv:2:1: figure de-2018 keeps its correction by batch 3"), "\(edited.stderr)")
            #expect(try Self.sql("SELECT value, quote, batch_id FROM figures", in: dir) == ["value,quote,batch_id", "4568.0,Germany detected 4568 victims,5"])
            #expect(try Self.sql("SELECT batch_id, kind, previous ->> '$.value' AS v FROM figure_revisions ORDER BY id", in: dir)
                == ["batch_id,kind,v", "3,correction,4567", "5,revision,4568"])
            var md = try Self.brief(in: dir)
            #expect(md.contains("| Detected victims of trafficking | Germany | 4,568 |  | 2018 | UNODC 2021 [1] | a |\n"), "\(md)")
            #expect(!md.contains("revised from"), "\(md)")

            // --correction takes the file's value: a correction again, which no brief prints.
            let undo = try Self.ingest(["--correction", "f.csv"], in: dir)
            #expect(undo.stdout == "f.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 6)\n", "\(undo.stdout)")
            #expect(!undo.stderr.contains("keeps its correction"), "\(undo.stderr)")
            #expect(try Self.sql("SELECT value, batch_id FROM figures", in: dir) == ["value,batch_id", "4567.0,6"])
            md = try Self.brief(in: dir)
            #expect(md.contains("| Detected victims of trafficking | Germany | 4,567 |  | 2018 | UNODC 2021 [1] | a |\n"), "\(md)")
            #expect(!md.contains("revised from"), "\(md)")
            let lineage = try Tipdb.run(["report", "lineage", "de-2018"], in: dir)
            #expect(lineage.stdout.contains("  corrected from 4,568 (batch 5: f2.csv; tipdb's copy corrected "), "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("revised from"), "\(lineage.stdout)")
        }
    }
}
