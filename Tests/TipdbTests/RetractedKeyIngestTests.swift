import Foundation
import Testing

/// A load never brings a retracted figure back silently: whatever the file's format, a row whose
/// key `tipdb retract` withdrew is skipped, counted on its file's line and named in a note, and
/// `--restore-retracted` loads it again on purpose.
@Suite("ingest: a retracted key is skipped, counted and named (built binary)")
struct RetractedKeyIngestTests {
    typealias Retract = RetractCommandTests

    /// The note for `key`, retracted by batch `batch` for `reason`, at `place` (`FILE:LINE:COLUMN`).
    static func note(_ place: String, key: String, batch: Int, reason: String, in dir: URL) throws -> String {
        let day = try Retract.sql("SELECT substr(retracted_at, 1, 10) FROM figure_retractions WHERE figure = '\(key)'", in: dir)
        return "note: \(place): figure \"\(key)\" was retracted on \(day) (batch \(batch): \"\(reason)\"); skipped, so that it does not come back; to load it again as a new figure, run the command with --restore-retracted\n"
    }

    @Test("a figures file loaded again (CSV, then JSON) skips the retracted key; --restore-retracted loads it as a new figure")
    func figuresFiles() throws {
        try withTemporaryDirectory { dir in
            try Retract.makeDatabase(in: dir)
            let reason = "typed from a blog under the wrong measure"
            #expect(try Tipdb.run(["retract", Retract.blogKey, "--reason", reason], in: dir).status == 0)

            let again = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == "figures.csv: 2 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected, 1 retracted (skipped) (batch 4)\n", "\(again.stdout)")
            let note = try Self.note("figures.csv:3:1", key: Retract.blogKey, batch: 3, reason: reason, in: dir)
            #expect(again.stderr.contains(note), "\(again.stderr)")
            #expect(try Retract.sql("SELECT count(*) FROM figures WHERE key = '\(Retract.blogKey)'", in: dir) == "0")

            // The same row in JSON, with its key given: skipped too, and counted in --json.
            try Retract.write("""
                [{"key": "\(Retract.blogKey)", "measure": "detected-trafficking-victims", "value": "2.4 million",
                  "place": "World", "period": "2012", "source": "unodc-2020"}]
                """, to: "blog.json", in: dir)
            let json = try Tipdb.run(["ingest", "--json", "blog.json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let file = try #require((object["files"] as? [[String: Any]])?.first)
            #expect(file["retracted"] as? Int == 1 && file["inserted"] as? Int == 0 && file["read"] as? Int == 1, "\(file)")
            let rowNote = try #require((file["rowNotes"] as? [[String: Any]])?.first)
            #expect(rowNote["line"] as? Int == 1 && rowNote["column"] as? Int == 2, "\(rowNote)")
            #expect((rowNote["message"] as? String)?.hasPrefix("figure \"\(Retract.blogKey)\" was retracted on ") == true, "\(rowNote)")
            #expect(try Retract.sql("SELECT count(*) FROM figures WHERE key = '\(Retract.blogKey)'", in: dir) == "0")

            // A figure citing it is told why it is missing.
            try Retract.write("key,measure,value,place,period,source,cites\nrepeat,detected-trafficking-victims,2.4 million,World,2013,news-2013,\(Retract.blogKey)\n", to: "cites.csv", in: dir)
            let cites = try Tipdb.run(["ingest", "cites.csv"], in: dir)
            #expect(cites.status == 1)
            let day = try Retract.sql("SELECT substr(retracted_at, 1, 10) FROM figure_retractions WHERE figure = '\(Retract.blogKey)'", in: dir)
            #expect(cites.stderr.hasPrefix("cites.csv:2:70: cites: figure \"\(Retract.blogKey)\" was retracted on \(day) (batch 3: \"\(reason)\"), and loads skip it; "
                + "expected a figure in the database or in this command: cite another figure, or restore it by running the command with --restore-retracted and its row\n"), "\(cites.stderr)")

            // On purpose: a new figure, with no revisions; figure_retractions keeps the old one.
            let restored = try Tipdb.run(["ingest", "--restore-retracted", "figures.csv"], in: dir)
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(restored.stdout == "figures.csv: 2 read, 1 inserted, 0 updated, 1 unchanged, 0 rejected (batch 6)\n", "\(restored.stdout)")
            #expect(!restored.stderr.contains("retracted"), "\(restored.stderr)")
            #expect(try Retract.sql("SELECT count(*) FROM figure_retractions", in: dir) == "1")
            // Once back, it is an ordinary figure: the next load leaves it unchanged.
            let after = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(after.stdout == "figures.csv: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected (batch 7)\n", "\(after.stdout)")
        }
    }

    @Test("an Our World in Data figure a figures file took over can be retracted, and the next load of the OWID file skips it")
    func ourWorldInData() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Retract.write("Entity,Code,Year,Detected victims of human trafficking\nItaly,ITA,2019,5\nSpain,ESP,2019,7\n", to: "dv.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "dv.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let key = try Retract.sql("SELECT key FROM figures WHERE place = 'ITA'", in: dir)
            let source = try Retract.sql("SELECT source FROM figures WHERE place = 'ITA'", in: dir)

            // A figure only the OWID file wrote is refused; once a figures file gives its key, it can go.
            #expect(try Tipdb.run(["retract", key, "--reason", "test"], in: dir).status == 1)
            try Retract.write("key,measure,value,place,period,source\n\(key),detected-trafficking-victims,6,ITA,2019,\(source)\n", to: "fix.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "fix.csv"], in: dir).status == 0)
            let retract = try Tipdb.run(["retract", key, "--reason", "counted twice"], in: dir)
            #expect(retract.status == 0, "\(retract.stderr)")

            let again = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == "dv.csv: 2 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected, 1 retracted (skipped) (batch 4)\n", "\(again.stdout)")
            #expect(again.stderr.contains(try Self.note("dv.csv:2:16", key: key, batch: 3, reason: "counted twice", in: dir)), "\(again.stderr)")
            #expect(try Retract.sql("SELECT count(*) FROM figures WHERE key = '\(key)'", in: dir) == "0")
        }
    }
}
