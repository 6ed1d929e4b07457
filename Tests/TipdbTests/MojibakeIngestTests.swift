import Foundation
import Testing
import TestSupport

/// A UTF-8 file opened in Excel as Windows-1252 and saved again as "CSV UTF-8" holds `CÃ´te
/// dâ€™Ivoire` for `Côte d’Ivoire`: such cells loaded without a word into titles, authors and
/// quotes, and a brief cited them (a user-review, session 45). They are now refused at the cell,
/// naming the text they were, in every format; names that hold Ã, Â or â load as before.
@Suite("ingest: text garbled by a Windows-1252 round trip is refused at its cell (built binary)")
struct MojibakeIngestTests {
    static let csvCause = "the file was opened as Windows-1252 and saved again as UTF-8 (Excel does so with a UTF-8 file opened by double-click); "
        + "expected the text as written: open the original file with Excel's Data > From Text/CSV, File origin \"65001: Unicode (UTF-8)\", or correct the cell"
    static let jsonCause = "the text was read as Windows-1252 and written again as UTF-8; expected the text as written: correct the value, or the program that wrote the file"

    @Test("a CSV title, authors, quote and place are refused with the text they were, and the database is unchanged")
    func csvRefused() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try IngestPartWarningTests.write("key,title,publisher,date\nsrc,Test report,NGO,2021\n", "src.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "src.csv"], in: dir).status == 0)
            try IngestPartWarningTests.write(
                "key,title,authors,date\nmoj,\"Trafficking in CÃ´te dâ€™Ivoire\",\"MÃ¼ller, JÃ¼rgen\",2020\n", "moj-sources.csv", in: dir)
            let quote = "Selon le rapport publiÃ© en 2020 par le ministÃ¨re, les victimes de la traite sont nombreuses."
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,quote
                m1,trafficking-victims,1200,persons,CÃ´te dâ€™Ivoire,2019,src,"\(quote)"

                """, "moj-figures.csv", in: dir)
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let result = try Tipdb.run(["ingest", "moj-sources.csv", "moj-figures.csv"], in: dir)
            #expect(result.status == 1)
            let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("moj-") }.map(String.init)
            #expect(errors == [
                "moj-sources.csv:2:5: title: \"Trafficking in CÃ´te dâ€™Ivoire\" reads as \"Trafficking in Côte d’Ivoire\" garbled: " + Self.csvCause,
                "moj-sources.csv:2:39: authors: \"MÃ¼ller, JÃ¼rgen\" reads as \"Müller, Jürgen\" garbled: " + Self.csvCause,
                "moj-figures.csv:2:37: place: \"CÃ´te dâ€™Ivoire\" reads as \"Côte d’Ivoire\" garbled: " + Self.csvCause,
                "moj-figures.csv:2:63: quote: \"…le rapport publiÃ© en 2020 par le ministÃ¨re, les victimes…\" reads as "
                    + "\"…le rapport publié en 2020 par le ministère, les victimes…\" garbled: " + Self.csvCause,
            ], "\(result.stderr)")
            #expect(!result.stderr.contains("did you mean"), "\(result.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("JSON, NDJSON and CSL-JSON text is refused the same way, with the cause a program gives")
    func jsonRefused() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try IngestPartWarningTests.write(#"[{"key": "j1", "title": "Rapport sur la CÃ´te dâ€™Ivoire", "publisher": "ONG"}]"#, "s.json", in: dir)
            try IngestPartWarningTests.write(#"{"key": "n1", "title": "Report", "publisher": "MÃ¼ller Stiftung"}"# + "\n", "s.ndjson", in: dir)
            try IngestPartWarningTests.write(
                #"[{"id": "c1", "type": "report", "title": "Trata en EspaÃ±a", "author": [{"family": "PÃ©rez", "given": "Ana"}]}]"#,
                "refs.csl.json", in: dir)
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let json = try Tipdb.run(["ingest", "s.json", "s.ndjson"], in: dir)
            let csl = try Tipdb.run(["ingest", "--format", "csl-json", "refs.csl.json"], in: dir)
            #expect(json.status == 1 && csl.status == 1)
            #expect(json.stderr.contains(
                "s.json:1:25: title: \"Rapport sur la CÃ´te dâ€™Ivoire\" reads as \"Rapport sur la Côte d’Ivoire\" garbled: " + Self.jsonCause), "\(json.stderr)")
            #expect(json.stderr.contains(
                "s.ndjson:1:47: publisher: \"MÃ¼ller Stiftung\" reads as \"Müller Stiftung\" garbled: " + Self.jsonCause), "\(json.stderr)")
            #expect(csl.stderr.contains(
                "refs.csl.json:1:42: title: \"Trata en EspaÃ±a\" reads as \"Trata en España\" garbled: " + Self.jsonCause), "\(csl.stderr)")
            #expect(csl.stderr.contains(
                "refs.csl.json:1:72: authors: \"PÃ©rez, Ana\" reads as \"Pérez, Ana\" garbled: " + Self.jsonCause), "\(csl.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("names written with Ã, Â, â, Å, Ñ and curly quotes load as written; a garbled x_ column is warned about and loaded")
    func legitimateTextLoads() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let titles = [
                "São Tomé and Príncipe", "João Silva’s “survey”", "ROMÂNIA: CÂBLE", "Åland, Łódź, Dvořák", "Ñandú – 2016–2018",
                "CAFÉ’S GUIDE", "Россия", "Côte d’Ivoire", "1\u{A0}200 victims", "Ãbo", "IRMÃ DE",
            ]
            let rows = titles.enumerated().map { "t\($0.offset),\"\($0.element)\",NGO,2021,\($0.offset == 0 ? "MÃ¼ller" : "")" }
            try IngestPartWarningTests.write("key,title,publisher,date,x_note\n" + rows.joined(separator: "\n") + "\n", "ok.csv", in: dir)
            // A garbled word beside a real accented letter (a garbled file edited by hand) is warned about, and loaded.
            try IngestPartWarningTests.write("key,title,publisher\nmixed,\"Côte dâ€™Ivoire\",NGO\n", "mixed.csv", in: dir)
            let result = try Tipdb.run(["ingest", "ok.csv", "mixed.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("ok.csv: \(titles.count) read, \(titles.count) inserted"), "\(result.stdout)")
            #expect(result.stdout.contains("mixed.csv: 1 read, 1 inserted"), "\(result.stdout)")
            #expect(result.stderr.contains(
                "mixed.csv:2:7: title: \"dâ€™Ivoire\" may be \"d’Ivoire\" garbled: the file was opened as Windows-1252 and saved again as UTF-8 "
                    + "(Excel does so with a UTF-8 file opened by double-click); loaded as written, since the rest of the cell is not garbled "
                    + "(edited by hand since?): correct the cell if it is"), "\(result.stderr)")
            #expect(result.stderr.contains(
                "ok.csv:2:37: x_note: \"MÃ¼ller\" reads as \"Müller\" garbled: the file was opened as Windows-1252 and saved again as UTF-8 "
                    + "(Excel does so with a UTF-8 file opened by double-click); loaded as written, as tipdb keeps x_ columns: "
                    + "open the original file with Excel's Data > From Text/CSV, File origin \"65001: Unicode (UTF-8)\", or correct the cell if it is garbled"),
                "\(result.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "select title from sources order by key"], in: dir)
            for title in titles {
                #expect(stored.stdout.contains(title), "\(title) not stored as written: \(stored.stdout)")
            }
        }
    }
}
