import Foundation
@testable import Ingest
import Storage
import Testing

/// The source a CTDC dataset version is cited by: dated as CTDC asks to be cited, and left as it
/// is when the same file is loaded again.
@Suite("Datasets: the source of a CTDC dataset version")
struct DatasetsCTDCSourceTests {
    /// A copy of the Global Dataset sample in the harness's directory, last modified on `day`.
    private func copy(_ h: IngestHarness, modified day: String) throws -> String {
        let text = try String(contentsOfFile: DatasetFiles.path("ctdc_global_sample.csv"), encoding: .utf8)
        let file = try h.write("ctdc_global.csv", text)
        let noonUTC = try #require(ISO8601DateFormatter().date(from: day + "T12:00:00Z"))
        try FileManager.default.setAttributes([.modificationDate: noonUTC], ofItemAtPath: file)
        return file
    }

    /// The day the version was loaded, as `datasets.loaded_at` records it.
    private func loadedOn(_ h: IngestHarness) throws -> String {
        String(try #require(try h.db.scalar("SELECT loaded_at FROM datasets WHERE version = 1")?.textValue).prefix(10))
    }

    @Test("--released dates the source; it is accessed on the day it was loaded")
    func released() throws {
        let h = try IngestHarness()
        let file = try copy(h, modified: "2025-06-30")
        let report = try h.ingest([file], IngestOptions(format: .ctdc, dataset: "ctdc-global", released: "2024-03-01"))
        #expect(report.errors.isEmpty, "\(report.errors)")
        let source = try #require(try h.db.source(key: "ctdc-global-v1"))
        #expect(source.published == "2024-03-01")
        #expect(source.accessed == (try loadedOn(h)))
        #expect(source.title == "Global Dataset" && source.publisher == "Counter-Trafficking Data Collaborative (CTDC)")
        #expect(report.files.first?.notes.contains { $0.contains("modification date") } == false)
    }

    @Test("without --released, the file's modification date is the publication date, and a note says so")
    func modificationDate() throws {
        let h = try IngestHarness()
        let file = try copy(h, modified: "2023-05-06")
        let report = try h.ingest([file], IngestOptions(format: .ctdc))
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.first?.notes.contains(
            "no release date given; the file's modification date 2023-05-06 is used as the dataset's publication date, and recorded as such in the batch's options (released_from_mtime), which briefs' provenance names: a copy of the file made on another day would be cited with another date (give CTDC's release date with --released YYYY-MM-DD)") == true)
        let source = try #require(try h.db.source(key: "ctdc-global-v1"))
        let loaded = try loadedOn(h)
        #expect(source.published == "2023-05-06" && source.accessed == loaded)
    }

    @Test("the same file loaded again on a later day, with another --released, changes nothing: the source keeps its dates")
    func sameFileLater() throws {
        let h = try IngestHarness()
        let file = try copy(h, modified: "2023-05-06")
        _ = try h.ingest([file], IngestOptions(format: .ctdc, released: "2024-03-01"))
        // As left by a load on an earlier day.
        try h.db.execute("UPDATE sources SET accessed = '2025-01-15' WHERE key = 'ctdc-global-v1'")
        try h.db.execute("UPDATE datasets SET loaded_at = '2025-01-15T09:00:00.000Z'")
        let before = try #require(try h.db.source(key: "ctdc-global-v1"))
        let revisions = try h.db.integer("SELECT count(*) FROM source_revisions")
        let datasets = try h.db.rows("SELECT * FROM datasets")

        let again = try h.ingest([file], IngestOptions(format: .ctdc, released: "2024-09-09"))
        #expect(again.errors.isEmpty)
        let summary = try #require(again.files.first)
        #expect(summary.inserted == 0 && summary.updated == 0 && summary.unchanged == 5)
        #expect(summary.notes.suffix(2) == [
            "already loaded as dataset ctdc-global version 1 (same sha256): nothing written",
            "--released 2024-09-09 not used: the file is already loaded, and its source ctdc-global-v1 keeps its date (2024-03-01); correct a date with a sources file",
        ])
        #expect(try h.db.source(key: "ctdc-global-v1") == before)
        #expect(before.accessed == "2025-01-15" && before.published == "2024-03-01")
        #expect(try h.db.integer("SELECT count(*) FROM source_revisions") == revisions)
        #expect(try h.db.rows("SELECT * FROM datasets") == datasets)
        #expect(try h.db.integer("SELECT count(*) FROM cases") == 5)

        // Without --released, or with the same date, there is nothing to say.
        let same = try h.ingest([file], IngestOptions(format: .ctdc, released: "2024-03-01"))
        #expect(same.files.first?.notes.last == "already loaded as dataset ctdc-global version 1 (same sha256): nothing written")
    }

    @Test("--released beside --source is not used, and a format that does not read it says so")
    func releasedNotUsed() throws {
        let h = try IngestHarness()
        let sources = try h.write("sources.csv", "key,kind,title,publisher,date\nctdc-2024,dataset,Global Dataset,CTDC,2024\n")
        let file = try copy(h, modified: "2023-05-06")
        let named = try h.ingest([sources, file], IngestOptions(format: nil, source: "ctdc-2024", released: "2024-03-01"))
        let notes = named.files.last?.notes ?? []
        #expect(notes.contains("--released 2024-03-01 not used: --source ctdc-2024 names the source this file is cited by, with its own date"), "\(notes)")
        #expect(try h.db.source(key: "ctdc-2024")?.published == "2024")

        // Beside a file that reads it, another format's file gets a note; alone, it is a usage error.
        let mixed = try h.ingest([try copy(h, modified: "2023-05-07"), DatasetFiles.path("detected-victims.csv")],
                                 IngestOptions(dryRun: true, released: "2024-03-01"))
        #expect(mixed.files.last?.notes.contains("--released applies to ctdc, glotip files only; not used for this owid file") == true, "\(mixed.files)")
        let owid = #expect(throws: IngestUsageError.self) {
            try h.ingest([DatasetFiles.path("detected-victims.csv")], IngestOptions(released: "2024-03-01"))
        }
        #expect(owid?.message.hasPrefix("--released applies to ctdc, glotip files only, and no file given is one") == true)
    }
}
