import Foundation
import Ingest
import Storage
import Testing

/// JSON and NDJSON records that JSON tools read differently, or that cannot be fields.
@Suite("Ingest: JSON records refused at the member concerned")
struct JSONRecordTests {
    @Test("a member named twice (in any case at the top, exactly inside an x_ value) and an object where text belongs are errors with plain messages")
    func duplicateAndNestedMembers() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let json = """
            [{"key": "dup", "measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "ilo-2005", "Value": 2},
             {"key": "obj", "measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "ilo-2005", "notes": {"a": 1}},
             {"key": "x", "measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "ilo-2005", "x_m": [{"a": 1, "A": 2, "b": {"c": 1, "c": 2}}]},
             {"key": "y", "measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "ilo-2005", "x_m": {"a": 1, "b": [{"a": 1}, {"a": 2}]}}]
            """
        let ndjson = """
            {"key": "n1", "measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "ilo-2005", "source": "unodc-2012"}

            """
        let paths = [try h.write("f.json", json), try h.write("f.ndjson", ndjson)]
        let report = try h.ingest(paths)
        #expect(report.errors.map { $0.description.replacingOccurrences(of: h.directory.path + "/", with: "") } == [
            "f.json:1:113: duplicate member \"Value\", already on line 1, column 45 of this object; expected each name once",
            "f.json:2:122: notes: expected text or a number, found an object",
            "f.json:3:150: x_m: duplicate member \"c\", already on line 3, column 142 of this object; expected each name once",
            "f.ndjson:1:111: duplicate member \"source\", already on line 1, column 89 of this object; expected each name once",
        ])
        #expect(try h.count("figures") == 0)
        // Only x_m of "y" is well formed: names repeat across objects, not within one.
        #expect(try h.ingest([paths[0]], IngestOptions(onError: .skip)).files.first?.inserted == 1)
        #expect(try h.db.figure(key: "y")?.extra == #"{"x_m":{"a":1,"b":[{"a":1},{"a":2}]}}"#)
    }

    @Test("a member named twice is listed with every other problem of its object; neither copy is read, and no 'missing' error follows")
    func duplicateWithOthers() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let json = """
            [{"key": "d1", "measure": "forced-labor", "value": 1, "VALUE": 2, "place": "Atlantis", "period": "2016", "source": "ilo-2005"}]
            """
        let report = try h.ingest([try h.write("f.json", json)])
        #expect(report.errors.map { "\($0.line):\($0.column): \($0.message)" }.map { $0.components(separatedBy: ";").first ?? $0 } == [
            "1:27: measure: unknown measure \"forced-labor\"",
            "1:55: duplicate member \"VALUE\", already on line 1, column 43 of this object",
            "1:76: place: unknown place \"Atlantis\"",
        ])
        #expect(try h.count("figures") == 0)
    }

    @Test("x_ values another tool rewrote (1.5 for 1.50, 2 for 2.0, members reordered) leave a figure, study or source unchanged, with its stored text; a new number updates it")
    func extraNumbersByValue() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        func figures(_ extra: String) -> String {
            #"[{"key": "f1", "measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "ilo-2005", "#
                + extra + "}]"
        }
        func study(_ extra: String) -> String {
            #"[{"key": "s1", "title": "A survey", "source": "ilo-2005", "#+extra+"}]"
        }
        func source(_ extra: String) -> String {
            #"[{"key": "s9", "title": "T", "publisher": "P", "#+extra+"}]"
        }
        let written = #""x_rate": 1.50, "x_m": {"a": 1, "b": [2.0, 1e3]}"#
        let rewritten = #""x_m": {"b": [2, 1000], "a": 1.0}, "x_rate": 1.5"#
        for (name, make, table) in [("f", figures, "figures"), ("st", study, "studies"), ("so", source, "sources")] {
            let first = try h.ingest([try h.write("\(name)1.json", make(written))])
            #expect(first.files.first?.inserted == 1, "\(first.errors)")
            let stored = try h.db.rows("SELECT extra FROM \(table) WHERE key IN ('f1', 's1', 's9')").first?.string("extra")  // sql-constant: test table names
            #expect(stored == #"{"x_m":{"a":1,"b":[2.0,1e3]},"x_rate":1.50}"#)
            let again = try h.ingest([try h.write("\(name)2.json", make(rewritten))])
            #expect(again.files.first?.unchanged == 1, "\(table): \(again.files)")
            #expect(try h.db.rows("SELECT extra FROM \(table) WHERE key IN ('f1', 's1', 's9')").first?.string("extra") == stored)  // sql-constant: test table names
            let changed = try h.ingest([try h.write("\(name)3.json", make(#""x_rate": 1.51, "x_m": {"a": 1, "b": [2, 1000]}"#))])
            #expect(changed.files.first?.updated == 1, "\(table): \(changed.files)")
        }
    }

    @Test("a member of the wrong type is listed with every other problem of its object, as a CSV row's are")
    func wrongTypeWithOthers() throws {
        let h = try IngestHarness()
        let path = try h.write("w.json", """
            [{"key":"k3","measure":"forced-labor","value":true,"place":"Frnace","period":"2016/2015","source":"src9"}]
            """)
        #expect(try h.ingest([path]).errors.map(\.description) == [
            "\(path):1:24: measure: unknown measure \"forced-labor\"; did you mean \"forced-labour\"? Expected a code from the measures table (tipdb sql 'SELECT code FROM measures'), or a measure of your own defined in a measures file (README: Measures of your own)",
            "\(path):1:47: value: expected text or a number, found true",
            "\(path):1:60: place: unknown place \"Frnace\"; did you mean \"France\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)",
            "\(path):1:78: period: period \"2016/2015\" starts after it ends; expected the earlier date first",
            "\(path):1:99: source: unknown source \"src9\"; expected the key of a source in the database or in a sources file of the same command",
        ])
        #expect(try h.count("figures") == 0)
    }

    @Test("skip: an NDJSON line that is not JSON is kept in ingest_rejects with its text, and the lines after it load")
    func brokenLineKeepsItsText() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let broken = #"{"key":"k0","measure":"forced-labour","#
        let file = try h.write("f.ndjson", broken + "\r\n" + #"{"key":"k1","measure":"forced-labour","value":1,"place":"WLD","period":"2016","source":"ilo-2005"}"# + "\n")
        let report = try h.ingest([file], IngestOptions(onError: .skip))
        #expect(report.files.first?.inserted == 1 && report.files.first?.rejected == 1)
        let kept = try #require(try h.db.rows("SELECT line, \"column\", raw FROM ingest_rejects").first)
        #expect(kept.int("line") == 1 && kept.int("column") == 39 && kept.string("raw") == broken)
    }

    @Test("x_ members keep their JSON types in extra (numbers, lists, objects); null leaves one out; loading again changes nothing")
    func typedExtras() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let json = """
            [{"key": "x", "measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "ilo-2005",
              "x_n": 5, "x_list": ["a", "b"], "x_obj": {"p": 1.5, "q": [1, 2]}, "x_null": null, "x_s": "text/é",
              "x_pad": "  pad\\u00a0", "x_blank": "   ", "x_inner": [" kept "]}]
            """
        let path = try h.write("x.json", json.replacingOccurrences(of: "\"x_n\": 5", with: "\"x_n\": 123456789012345678901234"))
        #expect(try h.ingest([path]).errors.isEmpty)
        // A text is trimmed as a CSV cell is, and one of spaces is left out; texts inside a list are data as written.
        #expect(try h.db.figure(key: "x")?.extra == #"{"x_inner":[" kept "],"x_list":["a","b"],"x_n":123456789012345678901234,"x_obj":{"p":1.5,"q":[1,2]},"x_pad":"pad","x_s":"text/é"}"#)
        #expect(try h.ingest([path]).files.first?.unchanged == 1)
        // x_ columns are one group: a record that gives only nulls clears them; one that gives none keeps them.
        let cleared = "[{\"key\": \"x\", \"measure\": \"forced-labour\", \"value\": 1, \"place\": \"WLD\", \"period\": \"2016\", \"source\": \"ilo-2005\", \"x_n\": null}]"
        #expect(try h.ingest([try h.write("clear.json", cleared)]).files.first?.updated == 1)
        #expect(try h.db.figure(key: "x")?.extra == nil)
    }

    @Test("a CSL field that cannot be stored is an error, never dropped: the item would replace the stored source without it")
    func cslFieldsNotDropped() throws {
        let h = try IngestHarness()
        let items = """
            [{"id": "nul", "type": "report", "title": "T", "publisher": "P", "note": "a\\u0000b"},
             {"id": "flag", "type": "report", "title": "T", "publisher": "P", "URL": true},
             {"id": "twice", "type": "report", "title": "T", "publisher": "P", "custom": {"a": 1, "a": 2}},
             {"id": "fine", "type": "report", "title": "T", "publisher": "P", "custom": {"a": 1}},
             {"id": "typo", "type": "reprot", "title": "T", "publisher": "P"}]
            """
        let report = try h.ingest([try h.write("items.json", items)], IngestOptions(onError: .skip))
        #expect(report.errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "1:74: note: the text contains a NUL character (\\u0000); expected text without NUL",
            "2:74: URL: expected text or a number, found true",
            "3:87: custom: duplicate member \"a\", already on line 3, column 79 of this object; expected each name once",
            // Named as the file names it: CSL's type, not tipdb's kind.
            "5:25: type: unknown CSL type \"reprot\"; did you mean \"report\"? Expected a CSL type, such as report, article-journal, book, chapter, webpage or dataset",
        ])
        #expect(try h.count("sources") == 1)
    }

    @Test("CSL date-parts must be a real date; a raw text beside them does not hide them")
    func cslDates() throws {
        let h = try IngestHarness()
        let items = """
            [{"id": "bad", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2019, 13]]}},
             {"id": "both", "type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2019, 5]], "raw": "May 2019"}}]
            """
        let report = try h.ingest([try h.write("items.json", items)], IngestOptions(onError: .skip))
        #expect(report.errors.map(\.message) == ["issued: month 13 in \"2019-13\" does not exist; expected 01 to 12"])
        #expect(try h.db.source(key: "both")?.published == "2019-05")
    }
}
