import Foundation
@testable import Ingest
import Storage
import Testing

/// What a CTDC load records in `source_revisions`: the values a source had before the load
/// changed it, never the source's own first writing; and the dates a tipdb from before CTDC
/// sources were dated did not give them, filled when the file is met again.
@Suite("Datasets: CTDC sources and their revisions")
struct DatasetsCTDCRevisionTests {
    /// A copy of the Global Dataset sample, last modified on `day`, with `extraRows` of its last
    /// row repeated (a changed file: another size and digest).
    private func copy(_ h: IngestHarness, name: String = "ctdc_global.csv", modified day: String, extraRows: Int = 0) throws -> String {
        var text = try String(contentsOfFile: DatasetFiles.path("ctdc_global_sample.csv"), encoding: .utf8)
        let last = text.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        for _ in 0..<extraRows { text += last + "\r\n" }
        let file = try h.write(name, text)
        let noonUTC = try #require(ISO8601DateFormatter().date(from: day + "T12:00:00Z"))
        try FileManager.default.setAttributes([.modificationDate: noonUTC], ofItemAtPath: file)
        return file
    }

    private func revisions(_ h: IngestHarness) throws -> Int64 {
        try h.db.integer("SELECT count(*) FROM source_revisions")
    }

    @Test("a first load writes no source revision, nor does a changed file loaded as the next version")
    func freshLoads() throws {
        let h = try IngestHarness()
        let first = try h.ingest([try copy(h, modified: "2023-05-06")], IngestOptions(format: .ctdc, released: "2024-03-01"))
        #expect(first.errors.isEmpty, "\(first.errors)")
        #expect(try h.db.source(key: "ctdc-global-v1")?.notes?.contains("sha256 ") == true)
        #expect(try revisions(h) == 0)

        let changed = try h.ingest([try copy(h, name: "ctdc_global_2.csv", modified: "2024-05-06", extraRows: 2)], IngestOptions(format: .ctdc))
        #expect(changed.errors.isEmpty, "\(changed.errors)")
        #expect(try h.db.integer("SELECT count(*) FROM datasets") == 2)
        #expect(try h.db.source(key: "ctdc-global-v2")?.published == "2024-05-06")
        #expect(try revisions(h) == 0)
    }

    @Test("a source that existed before the load keeps one revision, with the values it had before the load")
    func existingSourceRevised() throws {
        let h = try IngestHarness()
        // A source written under the key the load will use, by an earlier command.
        let sources = try h.write("sources.csv", "key,kind,title,publisher\nctdc-global-v1,dataset,CTDC data as first cited,CTDC\n")
        let written = try h.ingest([sources])
        #expect(written.errors.isEmpty, "\(written.errors)")
        let load = try h.ingest([try copy(h, modified: "2023-05-06")], IngestOptions(format: .ctdc, released: "2024-03-01"))
        #expect(load.errors.isEmpty, "\(load.errors)")

        let stored = try h.db.rows("SELECT batch_id, previous FROM source_revisions WHERE source = 'ctdc-global-v1'")
        #expect(stored.count == 1)
        #expect(stored.first?.int("batch_id") == load.files.first?.batch)
        let previous = try #require(stored.first?.string("previous"))
        #expect(previous.contains("\"title\":\"CTDC data as first cited\""), "\(previous)")
        #expect(previous.contains("\"batch_id\":\(written.files.first?.batch ?? -1)"), "\(previous)")
        #expect(try h.db.source(key: "ctdc-global-v1")?.published == "2024-03-01")
    }

    @Test("the same file met again fills the dates an earlier tipdb left out: --released, accessed the day the version was loaded, one revision")
    func undatedSourceFilled() throws {
        let h = try IngestHarness()
        let file = try copy(h, modified: "2023-05-06")
        _ = try h.ingest([file], IngestOptions(format: .ctdc))
        // As an earlier tipdb left it: no dates, loaded on 15 January 2025.
        try h.db.execute("UPDATE sources SET published = NULL, accessed = NULL WHERE key = 'ctdc-global-v1'")
        try h.db.execute("UPDATE datasets SET loaded_at = '2025-01-15T09:00:00.000Z'")
        #expect(try revisions(h) == 0)

        let again = try h.ingest([file], IngestOptions(format: .ctdc, released: "2024-03-01"))
        #expect(again.errors.isEmpty, "\(again.errors)")
        let summary = try #require(again.files.first)
        #expect(summary.inserted == 0 && summary.unchanged == 5)
        #expect(summary.writes == [
            "source ctdc-global-v1 had no publication date or accessed date (made by an earlier tipdb): now published 2024-03-01, accessed 2025-01-15, the day version 1 was loaded; its previous values are kept in source_revisions",
        ])
        #expect(!summary.notes.contains { $0.contains("not used") }, "\(summary.notes)")
        let source = try #require(try h.db.source(key: "ctdc-global-v1"))
        #expect(source.published == "2024-03-01" && source.accessed == "2025-01-15")
        let previous = try h.db.rows("SELECT previous FROM source_revisions WHERE source = 'ctdc-global-v1'").compactMap { $0.string("previous") }
        #expect(previous.count == 1)
        #expect(previous.first?.contains("\"published\"") == false && previous.first?.contains("\"accessed\"") == false, "\(previous)")
        #expect(try h.db.integer("SELECT count(*) FROM cases") == 5)

        // Dated now, the source is left as it is, and another --released is noted as unused.
        let third = try h.ingest([file], IngestOptions(format: .ctdc, released: "2024-09-09"))
        #expect(third.files.first?.writes == [])
        #expect(third.files.first?.notes.last == "--released 2024-09-09 not used: the file is already loaded, and its source ctdc-global-v1 keeps its date (2024-03-01); correct a date with a sources file")
        #expect(try h.db.source(key: "ctdc-global-v1") == source)
        #expect(try revisions(h) == 1)
    }

    @Test("without --released, a missing publication date is the file's modification date, with its note; a date the source has is kept")
    func undatedSourceFilledFromFile() throws {
        let h = try IngestHarness()
        let file = try copy(h, modified: "2023-05-06")
        _ = try h.ingest([file], IngestOptions(format: .ctdc, released: "2024-03-01"))
        try h.db.execute("UPDATE sources SET published = NULL WHERE key = 'ctdc-global-v1'")
        let accessed = try #require(try h.db.source(key: "ctdc-global-v1")?.accessed)

        let again = try h.ingest([file], IngestOptions(format: .ctdc))
        let summary = try #require(again.files.first)
        #expect(summary.notes.contains(
            "no release date given; the file's modification date 2023-05-06 is used as the dataset's publication date, and recorded as such in the batch's options (released_from_mtime), which briefs' provenance names: a copy of the file made on another day would be cited with another date (give CTDC's release date with --released YYYY-MM-DD)"))
        #expect(summary.writes == [
            "source ctdc-global-v1 had no publication date (made by an earlier tipdb): now published 2023-05-06; its previous values are kept in source_revisions",
        ])
        let source = try #require(try h.db.source(key: "ctdc-global-v1"))
        #expect(source.published == "2023-05-06" && source.accessed == accessed)
        #expect(try revisions(h) == 1)
    }

    @Test("a source named with --source is the user's: an undated one is left as it is")
    func namedSourceLeftAlone() throws {
        let h = try IngestHarness()
        let sources = try h.write("sources.csv", "key,kind,title,publisher\nmy-ctdc,dataset,Global Dataset,CTDC\n")
        let file = try copy(h, modified: "2023-05-06")
        _ = try h.ingest([sources, file], IngestOptions(format: nil, source: "my-ctdc"))
        let before = try #require(try h.db.source(key: "my-ctdc"))
        #expect(before.published == nil && before.accessed == nil)

        let again = try h.ingest([file], IngestOptions(format: .ctdc))
        #expect(again.files.first?.writes == [])
        #expect(try h.db.source(key: "my-ctdc") == before)
        #expect(try revisions(h) == 0)
    }
}
