import Foundation
import Storage
import Testing

/// The notes tipdb writes for a dataset's source say what is true, sentence by sentence: an Our
/// World in Data citation without a final stop no longer runs into "Republished by ...", and a
/// GLOTIP export no longer claims that a newer export revises it. A source an earlier tipdb wrote
/// in the former wording is unchanged when the same file is loaded again.
@Suite("dataset source notes: worded as sentences, and a reload of the same file unchanged (built binary)")
struct DatasetSourceNotesTests {
    private static let title = "Detected victims of human trafficking (number)"
    private static let chart = "https://ourworldindata.org/grapher/detected-victims"

    /// Metadata whose citation, description and caveat end without a full stop, as OWID writes them.
    private static let metadata = #"""
        {"chart": {"title": "A chart", "originalChartUrl": "\#(chart)"},
         "columns": {"\#(title)": {"descriptionShort": "Victims detected by national authorities",
           "descriptionKey": ["Data only includes detected victims"],
           "origins": [{"producer": "UNODC", "title": "UNODC data", "citationFull": "UNODC (2025) – processed by Our World in Data"}]}}}
        """#

    private static func sql(_ query: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["sql", query, "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// Rewrites the stored notes of source `key` as `transform` says, as an earlier tipdb left them.
    private static func rewriteNotes(of key: String, in dir: URL, _ transform: (String) -> String) throws {
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        defer { db.close() }
        let notes = try #require(try db.source(key: key)?.notes)
        try db.execute("UPDATE sources SET notes = ? WHERE key = ?", [transform(notes), key])
    }

    @Test("OWID: each part of the notes ends as a sentence; a source with the former run-together notes is unchanged on reload")
    func owid() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("Entity,Code,Year,\(Self.title)\nFrance,FRA,2019,100\n".utf8).write(to: dir.appendingPathComponent("dv.csv"))
            try Data(Self.metadata.utf8).write(to: dir.appendingPathComponent("dv.metadata.json"))
            let first = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            let notes = try Self.sql("SELECT notes FROM sources WHERE key = 'owid-detected-victims'", in: dir)
            #expect(notes.contains("Citation: UNODC (2025) – processed by Our World in Data. Republished by Our World in Data as dv.csv (\(Self.chart)), sha256 "), "\(notes)")
            #expect(notes.contains(". Victims detected by national authorities. Caveats: Data only includes detected victims.\""), "\(notes)")

            let again = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("dv.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(again.stdout)")
            #expect(!again.stdout.contains("source owid-detected-victims updated"), "\(again.stdout)")

            // As a tipdb before the fix stored them: the parts run together.
            let former = { (notes: String) in
                notes.replacingOccurrences(of: "Our World in Data. Republished", with: "Our World in Data Republished")
                    .replacingOccurrences(of: "authorities. Caveats", with: "authorities Caveats")
                    .replacingOccurrences(of: "detected victims.", with: "detected victims")
            }
            try Self.rewriteNotes(of: "owid-detected-victims", in: dir, former)
            let before = try Self.sql("SELECT notes FROM sources", in: dir)
            #expect(before.contains("processed by Our World in Data Republished by"), "\(before)")
            let reload = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(reload.status == 0, "\(reload.stderr)")
            #expect(reload.stdout.contains("dv.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(reload.stdout)")
            #expect(!reload.stdout.contains("source owid-detected-victims updated"), "\(reload.stdout)")
            #expect(try Self.sql("SELECT notes FROM sources", in: dir) == before)
            #expect(try Self.sql("SELECT count(*) AS n FROM source_revisions", in: dir) == "n\r\n0\r\n")

            // Anything else changed is an update, written in the new wording.
            try Data(Self.metadata.replacingOccurrences(of: "UNODC data", with: "UNODC data portal").utf8)
                .write(to: dir.appendingPathComponent("dv.metadata.json"))
            let changed = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(changed.status == 0, "\(changed.stderr)")
            #expect(try Self.sql("SELECT title FROM sources", in: dir) == "title\r\nUNODC data portal\r\n")
            #expect(try Self.sql("SELECT count(*) AS n FROM source_revisions", in: dir) == "n\r\n1\r\n")
            #expect(try Self.sql("SELECT notes FROM sources", in: dir).contains("Our World in Data. Republished by"))
        }
    }

    @Test("GLOTIP: the note says a newer export may revise the figures; a source saying one revises them is unchanged on reload")
    func glotip() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(GLOTIPFiles.export(date: "14/04/2025").utf8).write(to: dir.appendingPathComponent("glotip.csv"))
            let first = try Tipdb.run(["ingest", "glotip.csv"], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            let notes = try Self.sql("SELECT notes FROM sources", in: dir)
            #expect(notes.contains("A vintage of the unodc-glotip series: a newer export may revise these figures."), "\(notes)")
            #expect(!notes.contains("a newer export revises"), "\(notes)")

            try Self.rewriteNotes(of: "unodc-glotip-2025-04-14", in: dir) { $0.replacingOccurrences(of: "a newer export may revise", with: "a newer export revises") }
            let before = try Self.sql("SELECT notes FROM sources", in: dir)
            #expect(before.contains("a newer export revises these figures."), "\(before)")
            let reload = try Tipdb.run(["ingest", "glotip.csv"], in: dir)
            #expect(reload.status == 0, "\(reload.stderr)")
            #expect(try Self.sql("SELECT notes FROM sources", in: dir) == before)
            #expect(try Self.sql("SELECT count(*) AS n FROM source_revisions", in: dir) == "n\r\n0\r\n")
        }
    }
}
