import Foundation
import Testing

/// What a file starts with (Excel's `sep=` line, UTF-16, an empty file, a JSON value that is not
/// an array) was told as `FILE: message` with line 0 in `--json`, though README promises
/// `FILE:LINE:COLUMN` for problems in input files. They are placed where an editor shows them;
/// only a problem with no place in the text, such as a missing file, keeps line 0.
@Suite("ingest: whole-file problems in a file's content have a position (built binary)")
struct WholeFilePositionTests {
    @Test("sep=, UTF-16, an empty file and a JSON object in its second line are at FILE:LINE:COLUMN in text and --json; a missing file has no position")
    func positioned() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("sep=,\nkey,measure,value\n", "sep.csv", in: dir)
            try Data([0xFF, 0xFE, 0x6B, 0x00, 0x65, 0x00]).write(to: dir.appendingPathComponent("u16.csv"))
            try IngestPartWarningTests.write("", "empty.csv", in: dir)
            try IngestPartWarningTests.write("\n  \"figures\"\n", "text.json", in: dir)
            let expected = [
                "sep.csv": ("sep.csv:1:1: line 1 is Excel's delimiter hint (sep=,), not a header; delete that line, so that the column names come first", 1, 1),
                "u16.csv": ("u16.csv:1:1: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8 (from Excel: Save As, file type \"CSV UTF-8 (Comma delimited)\")", 1, 1),
                "empty.csv": ("empty.csv:1:1: the file is empty; expected a header line naming the columns", 1, 1),
                "text.json": ("text.json:2:3: the file does not start with a JSON array; expected an array of objects, [{...}, {...}]", 2, 3),
                "missing.csv": ("missing.csv: no such file; check the path", 0, 0),
            ]
            for (file, (message, line, column)) in expected.sorted(by: { $0.key < $1.key }) {
                let text = try Tipdb.run(["ingest", file], in: dir)
                #expect(text.status == 1)
                #expect(text.stderr.hasPrefix(message + "\n"), "\(file): \(text.stderr)")
                let json = try Tipdb.run(["ingest", "--json", file], in: dir)
                let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
                let error = (object?["errors"] as? [[String: Any]])?.first
                #expect(error?["line"] as? Int == line && error?["column"] as? Int == column, "\(file): \(json.stdout)")
            }
        }
    }

    /// A spreadsheet's title over its table was read as the header: the message listed the
    /// title's cells lower-cased and sorted and advised --kind, or, for a file named for its kind,
    /// gave one "unknown column" per cell and a "missing column" per required one (review of session 34).
    @Test("a title row over the header is named, with the line the header is on, whether or not the file's name gives its kind")
    func titleAboveHeader() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let table = "Table 3. Global estimates of forced labour,,,,,\r\n"
                + "measure,value,unit,place,period,source\r\nforced-labour,27.6 million,persons,WLD,2021,ilo-2022\r\n"
            try IngestPartWarningTests.write(table, "table3.csv", in: dir)
            try IngestPartWarningTests.write("Forced labour, typed from ILO 2022\nSee p. 2\n\n" + table, "figures_typed.csv", in: dir)
            let first = try Tipdb.run(["ingest", "table3.csv"], in: dir)
            #expect(first.status == 1)
            #expect(first.stderr.hasPrefix("table3.csv:1:1: line 1 is not a header: line 2 is (measure, value, unit, place, period, source); "
                + "expected the column names on the first line: delete the line above it (a title or notes a spreadsheet put over the table)\n"), "\(first.stderr)")
            let named = try Tipdb.run(["ingest", "figures_typed.csv"], in: dir)
            #expect(named.status == 1)
            #expect(named.stderr.hasPrefix("figures_typed.csv:1:1: line 1 is not a header: line 5 is (measure, value, unit, place, period, source); "
                + "expected the column names on the first line: delete the 4 lines above it (a title or notes a spreadsheet put over the table)\n"), "\(named.stderr)")
            #expect(!named.stderr.contains("unknown column"), "\(named.stderr)")
        }
    }
}
