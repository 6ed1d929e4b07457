import Foundation
import Ingest
import Storage
import Testing

/// A JSON array larger than the 64 KB the reader reads at a time, through the real ingest path:
/// what reading it element by element must not change.
@Suite("Ingest: a JSON array read one element at a time")
struct JSONArrayIngestTests {
    private func harnessWithSources() throws -> IngestHarness {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        return h
    }

    /// One figure object on line `index + 2` (the array's `[` is on line 1).
    private func figure(_ index: Int, measure: String = "forced-labour") -> String {
        #"{"key": "f-\#(index)", "measure": "\#(measure)", "value": \#(1000 + index), "place": "WLD", "period": "\#(1990 + index % 30)", "source": "ilo-2005", "notes": "row \#(index) of a large array"}"#
    }

    /// A JSON array of `count` figures, one per line, with `edit` applied to each object's text.
    private func figures(_ count: Int, edit: (Int, String) -> String = { $1 }) -> String {
        "[\n" + (0..<count).map { edit($0, figure($0)) }.joined(separator: ",\n") + "\n]\n"
    }

    @Test("3,000 figures (about 460 KB) load with the records, lines and rejects parsing the file whole gave")
    func largeArrayLoads() throws {
        let h = try harnessWithSources()
        let text = figures(3_000)
        #expect(text.utf8.count > 7 * 64 * 1024)
        let report = try h.ingest([try h.write("figures.json", text)])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.last?.inserted == 3_000)
        #expect(report.files.last?.inferred == ["format json from the extension", "kind figures from the field names"])
        #expect(try h.count("figures") == 3_000)
        #expect(try h.db.scalar("SELECT value FROM figures WHERE key = 'f-2999'") == .real(3_999))

        // A refused record deep in the file: its own line and column, its raw text in ingest_rejects.
        func misplaced(_ object: String) -> String {
            object.replacingOccurrences(of: "\"WLD\"", with: "\"Wrold\"").replacingOccurrences(of: "\"f-", with: "\"g-")
        }
        let bad = figures(3_000) { index, object in index == 2_500 ? misplaced(object) : object.replacingOccurrences(of: "\"f-", with: "\"g-") }
        let skipped = try h.ingest([try h.write("bad.json", bad)], IngestOptions(onError: .skip))
        #expect(skipped.errors.map(\.line) == [2_502])
        let place = try #require(misplaced(figure(2_500)).range(of: "\"Wrold\""))
        #expect(skipped.errors.first?.column == misplaced(figure(2_500)).distance(from: misplaced(figure(2_500)).startIndex, to: place.lowerBound) + 1)
        #expect(skipped.files.last?.inserted == 2_999)
        let raw = try h.db.scalar("SELECT raw FROM ingest_rejects WHERE line = 2502")?.textValue
        #expect(raw == misplaced(figure(2_500)))
    }

    @Test("a defect in the last element of a large array stops reading there, as in CSV: the records before it are read and checked, the defect's error at its position, nothing written", arguments: [false, true])
    func defectAtTheEnd(kindGiven: Bool) throws {
        let h = try harnessWithSources()
        // Element 10 names an unknown measure: listed, since the records before the defect are read
        // (they were not while the array was read to its end first: the file's line said 0 read).
        let text = figures(3_000) { index, object in
            switch index {
            case 10: object.replacingOccurrences(of: "forced-labour", with: "forced-labor")
            case 2_999: String(object.dropLast()) + ",}"
            default: object
            }
        }
        let path = try h.write("broken.json", text)
        let before = try h.fileBytes()
        let report = try h.ingest([path], IngestOptions(kind: kindGiven ? .figures : nil))
        let column = figure(2_999).utf8.count
        #expect(report.errors.count == 2, "\(report.errors)")
        #expect(report.errors.first?.line == 12 && report.errors.first?.message.contains("\"forced-labor\"") == true, "\(report.errors)")
        #expect(report.errors.last?.description
            == "\(path):3001:\(column): a comma before '}' (a trailing comma), which JSON does not allow; expected a member after the comma, or delete it")
        #expect(report.files.last?.read == 2_999 && report.files.last?.stoppedReading?.line == 3_001, "\(report.files)")
        #expect(report.files.last?.kind == "figures")
        #expect(!report.committed)
        #expect(try h.count("figures") == 0)
        #expect(try h.fileBytes() == before)
    }

    @Test("text after the closing bracket (quoted), several arrays, and a truncated file are refused at their positions")
    func endOfFile() throws {
        let h = try harnessWithSources()
        let body = figures(1_000)
        let cases: [(String, String, String)] = [
            ("trailing.json", body + "x", "1003:1: expected nothing but white space after the JSON array's closing ], found 'x'"),
            ("two.json", body + "[]\n", "1003:1: expected nothing but white space after the JSON array's closing ], found '[]'; several JSON values one after another: expected them in one array, [{...}, {...}]"),
            // Quoted to the end of its line, and cut at 40 characters, however much the reader holds.
            ("junk.json", body + "  trailing junk\nmore", "1003:3: expected nothing but white space after the JSON array's closing ], found 'trailing junk'"),
            ("long.json", body + String(repeating: "é", count: 300), "1003:1: expected nothing but white space after the JSON array's closing ], found '\(String(repeating: "é", count: 40))…'"),
            ("cut.json", String(body.dropLast(4)), "1001:\(figure(999).utf8.count): expected ',' or '}' after an object member, found end of input"),
        ]
        for (name, text, expected) in cases {
            let path = try h.write(name, text)
            #expect(try h.ingest([path], IngestOptions(kind: .figures)).errors.map(\.description) == ["\(path):\(expected)"])
        }
    }

    @Test("kind is inferred from the first 100 objects when the first does not tell it, however far they reach into the file")
    func inferenceLooksAhead() throws {
        let h = try harnessWithSources()
        // The first object has no member that tells its kind (and is refused as a source without a
        // publisher); the second's publisher does.
        var objects = [#"{"key": "s-0", "title": "T"}"#]
        for index in 1..<2_000 {
            objects.append(#"{"key": "s-\#(index)", "title": "Report \#(index), a long title to fill the file", "publisher": "P"}"#)
        }
        let path = try h.write("items.json", "[" + objects.joined(separator: ",\n") + "]")
        let report = try h.ingest([path], IngestOptions(onError: .skip))
        #expect(report.files.last?.inferred == ["format json from the extension", "kind sources from the field names"])
        #expect(report.errors.map(\.description) == ["\(path):1:2: a source needs a publisher or authors; expected at least one of them"])
        #expect(report.files.last?.inserted == 1_999)
    }

    @Test("a CSL-JSON export larger than a chunk goes through the same reader: every item loads, unknown CSL fields kept")
    func cslJSON() throws {
        let h = try IngestHarness()
        let items = (0..<1_500).map { index in
            #"{"id": "item-\#(index)", "type": "report", "title": "Report \#(index)", "publisher": "P", "page": "\#(index)", "issued": {"date-parts": [[2010]]}}"#
        }
        let report = try h.ingest([try h.write("library.json", "[\n" + items.joined(separator: ",\n") + "\n]")])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.last?.format == "csl-json")
        #expect(report.files.last?.inserted == 1_500)
        #expect(try h.db.source(key: "item-1499")?.csl == #"{"page":"1499"}"#)
    }
}
