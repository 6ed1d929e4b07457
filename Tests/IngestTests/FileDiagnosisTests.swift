import Foundation
import Ingest
import Storage
import Testing

/// Files tipdb cannot read as records, and rows with several problems: the message says what is
/// wrong in the words that help, and all of a row's problems come in one run.
@Suite("Ingest: what a refused file or row is told")
struct FileDiagnosisTests {
    @Test("files whose kind cannot be told say why", arguments: [
        ("empty.csv", [UInt8](), "the file is empty; expected a header line naming the columns"),
        ("blank.csv", [0xEF, 0xBB, 0xBF, 0x0A, 0x0A], "the file holds only white space (blank lines or spaces); expected a header line naming the columns"),
        ("utf16le.csv", [0x6B, 0x00, 0x65, 0x00, 0x79, 0x00, 0x0A, 0x00], "the file has NUL bytes: it is probably UTF-16 without a byte order mark, or not text; save it as UTF-8 (from Excel: Save As, file type \"CSV UTF-8 (Comma delimited)\")"),
        ("utf16.csv", [0xFF, 0xFE, 0x6B, 0x00, 0x65, 0x00], "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8 (from Excel: Save As, file type \"CSV UTF-8 (Comma delimited)\")"),
        ("semi.csv", Array("key;measure;value\na;b;c\n".utf8), "the header is one column, \"key;measure;value\", whose names are separated by semicolons; tipdb reads commas or tabs, with the full stop as decimal mark; a spreadsheet set to a language that writes 2,5 for 2.5 (German, French, Spanish, Italian, Dutch, Polish, ...) separates a CSV file's cells with semicolons, \"CSV UTF-8 (Comma delimited)\" too, so saving again as that gives the same file: first set the decimal symbol to . and the list separator to , (Windows: Region > Additional settings; macOS: Language & Region > Number format 1,234,567.89), then save as \"CSV UTF-8 (Comma delimited)\"; in LibreOffice Calc, set Tools > Options > Language Settings > Languages > Locale setting to English (USA), then Save As \"Text CSV\" with Edit filter settings: Field delimiter , (README: \"Preparing a file in a spreadsheet\")"),
        ("tabs.csv", Array("key\tmeasure\tvalue\na\tb\tc\n".utf8), "the header is one column, \"key\\tmeasure\\tvalue\", whose names are separated by tabs; pass --format tsv"),
        // An object on one line is NDJSON of one line, as two such lines are.
        ("object.json", Array("{\"key\": \"a\"}".utf8), "the file holds one JSON object per line (NDJSON); name it .ndjson or pass --format ndjson"),
        ("array.ndjson", Array("[{\"key\": \"a\"},\n{\"key\": \"b\"}]\n".utf8), "starts with [: this is a JSON array, not NDJSON (one object per line); pass --format json"),
        ("quoted.csv", Array("\"key,measure,value\"\na,b,c\n".utf8), "the header is one quoted field, \"key,measure,value\"; expected the column names unquoted or each quoted on its own"),
        ("odd.csv", Array("alpha,beta\n1,2\n".utf8), "cannot tell whether the file holds sources, studies or figures from its column names (alpha, beta); pass --kind"),
        ("empty.ndjson", [UInt8](), "the file holds no JSON object (it is empty, or only blank lines): cannot tell sources, studies or figures from it; give --kind (with it, the file loads no rows, as a CSV file of only a header does)"),
        ("blank.ndjson", Array("\n  \n\r\n".utf8), "the file holds no JSON object (it is empty, or only blank lines): cannot tell sources, studies or figures from it; give --kind (with it, the file loads no rows, as a CSV file of only a header does)"),
        ("list.json", Array(" [ ]\n".utf8), "the array is empty: cannot tell sources, studies or figures from an empty array; give --kind (with it, the file loads no rows, as a CSV file of only a header does)"),
        ("lead.csv", Array(" \nkey,title,publisher\na,A,P\n".utf8), "the first line is blank; expected the header naming the columns on line 1 (remove the blank lines before it)"),
        ("empty.json", Array(" \n".utf8), "the file holds only white space (blank lines or spaces); expected an array of objects, [{...}, {...}]"),
        ("lines.json", Array("{\"key\": \"a\", \"title\": \"T\"}\n{\"key\": \"b\", \"title\": \"T\"}\n".utf8),
         "the file holds one JSON object per line (NDJSON); name it .ndjson or pass --format ndjson"),
        ("pretty.json", Array("{\n  \"key\": \"a\",\n  \"title\": \"T\"\n}\n".utf8), "expected an array of objects ([{...}, {...}]), found an object"),
        ("comma.json", Array("[{\"key\":\"q1\",\"title\":\"T\",\"publisher\":\"P\"},\n{\"key\":\"q2\",\"title\":\"T\",\"publisher\":\"P\",}]\n".utf8),
         "a comma before '}' (a trailing comma), which JSON does not allow; expected a member after the comma, or delete it"),
        ("stream.json", Array("{\n \"key\": \"a\"\n}\n{\n \"key\": \"b\"\n}\n".utf8),
         "expected nothing but white space after the JSON object's closing }, found '{'; several JSON values one after another: expected them in one array, [{...}, {...}]"),
        ("allbad.ndjson", Array("{\"foo\":1,}\n".utf8), "a comma before '}' (a trailing comma), which JSON does not allow; expected a member after the comma, or delete it"),
        ("badline.ndjson", Array("{\"key\": oops}\n{\"key\": \"b\", \"title\": \"T\", \"publisher\": \"P\"}\n".utf8), "expected a value, found 'oops'"),
        ("wrapper.json", Array("{\"data\": [\n  {\"key\": \"a\"},\n  {\"key\": \"b\"}\n]}\n".utf8), "expected an array of objects ([{...}, {...}]), found an object whose member \"data\" holds an array; give that array itself as the whole file, without the object around it (jq '.data' prints it)"),
        ("utf16.json", [0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00], "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"),
        ("sep.csv", Array("sep=,\nkey,measure,value\n".utf8), "line 1 is Excel's delimiter hint (sep=,), not a header; delete that line, so that the column names come first"),
        ("data_glotip.xlsx", [0x50, 0x4B, 0x03, 0x04] + Array("[Content_Types].xml".utf8), "this is a spreadsheet workbook (Excel .xlsx), not a CSV text file; expected CSV: in Excel use File > Save As > \"CSV UTF-8 (Comma delimited)\""),
        ("data_glotip.xls", Array("not a workbook".utf8), "a spreadsheet workbook (.xls), which tipdb does not read; save the sheet as CSV UTF-8 (comma delimited) and ingest that file"),
        ("figures.txt", Array("notes about the figures\n".utf8), "cannot tell the file's format from its name or content; pass --format csv, tsv, json, ndjson, csl-json, glotip, ctdc or owid"),
    ])
    func unreadableKinds(name: String, bytes: [UInt8], message: String) throws {
        let h = try IngestHarness()
        let path = h.directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let report = try h.ingest([path])
        #expect(report.errors.map(\.message) == [message])
        #expect(!report.committed)
    }

    @Test("a blank line before the header is named as such when --kind is given too")
    func blankBeforeHeader() throws {
        let h = try IngestHarness()
        let path = try h.write("lead.csv", "\nkey,title,publisher\na,A,P\n")
        #expect(try h.ingest([path], IngestOptions(kind: .sources)).errors.map(\.message) == ["the first line is blank; expected the header naming the columns on line 1 (remove the blank lines before it)"])
    }

    @Test("every problem of a header is listed: each name given twice, unknown names; period_start is only unknown in a studies file")
    func wholeHeader() throws {
        let h = try IngestHarness()
        let path = try h.write("dup.csv", "key,measure,value,place,period,source,Value,X_a,x_A,bogus\n")
        #expect(try h.ingest([path], IngestOptions(kind: .figures)).errors.map(\.description) == [
            "\(path):1:39: duplicate column \"Value\" (also column 3); expected each column once",
            "\(path):1:49: duplicate column \"x_A\" (also column 8); expected each column once",
            "\(path):1:53: unknown column \"bogus\"; expected one of key, measure, value, censored, low, high, ci_level, unit, place, period, period_start, period_end, period_basis, sex, age_group, form, breakdown, source, study, locator, quote, cites, method, notes, tags, value_last_digit, low_last_digit, high_last_digit, price_year, or a name starting with x_ to keep it as extra data",
        ])
        let unnamed = try h.write("unnamed.csv", "key,measure,value,,place,period,source,bogus,value\n")
        #expect(try h.ingest([unnamed], IngestOptions(kind: .figures)).errors.sorted { $0.column < $1.column }.map { "\($0.column): \($0.message.prefix(20))" } == [
            "40: unknown column \"bogu", "46: duplicate column \"va",
        ])
        let studies = try h.write("st.csv", "key,title,period_start\n")
        #expect(try h.ingest([studies], IngestOptions(kind: .studies)).errors.map(\.message) == [
            "unknown column \"period_start\"; expected one of key, title, source, method, period, places, population, sample_size, summary, or a name starting with x_ to keep it as extra data"
        ])
    }

    @Test("standard input (-) is named as what it is, not as a missing file")
    func standardInput() throws {
        let h = try IngestHarness()
        #expect(try h.ingest(["-"]).errors.map(\.message) == [
            "is not a regular file (standard input, a pipe, socket or device); save the input to a file and ingest that",
        ])
    }

    @Test("a column without a name (a spreadsheet's trailing delimiter) is read only to check that it is empty; a row that leaves it out is whole, one with a value in it is refused at that cell")
    func unnamedColumns() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let path = try h.write("sheet.csv", """
            key,measure,,value,place,period,source,,
            a,forced-labour,,10,FRA,2019,ilo-2005,,
            b,forced-labour,note,10,FRA,2018,ilo-2005,,
            c,forced-labour,,10,FRA,2017,ilo-2005
            d,forced-labour,,10,FRA,2016,ilo-2005,, x

            """)
        let report = try h.ingest([path], IngestOptions(onError: .skip))
        #expect(report.errors.map(\.description) == [
            "\(path):3:17: \"note\" is in column 3, which has no name in the header; expected a name for the column on line 1, or the cell empty",
            "\(path):5:40: \" x\" is in column 9, which has no name in the header; expected a name for the column on line 1, or the cell empty",
        ])
        #expect(try h.db.rows("SELECT key FROM figures ORDER BY key").compactMap { $0.string("key") } == ["a", "c"])
    }

    @Test("NDJSON in a .json file gets the NDJSON hint even when --kind is given")
    func ndjsonNamedJSON() throws {
        let h = try IngestHarness()
        let path = try h.write("sources.json", "{\"key\": \"a\", \"title\": \"T\", \"publisher\": \"P\"}\n{\"key\": \"b\", \"title\": \"T\", \"publisher\": \"P\"}\n")
        for options in [IngestOptions(), IngestOptions(kind: .sources)] {
            #expect(try h.ingest([path], options).errors.map(\.message) == [
                "the file holds one JSON object per line (NDJSON); name it .ndjson or pass --format ndjson",
            ])
        }
    }

    @Test("a title with a source is a study; a JSON file's kind is told from its first objects, not the first alone")
    func kindsFromFewerColumns() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let csv = try h.write("st.csv", "key,title,source\ns1,A study,ilo-2005\n")
        let ndjson = try h.write("st.ndjson", "{\"key\": \"s2\", \"title\": \"T\"}\n{\"key\": \"s3\", \"title\": \"T\", \"method\": \"survey\"}\n")
        let report = try h.ingest([csv, ndjson])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.map(\.inferred.last) == ["kind studies from the header", "kind studies from the field names"])
        #expect(try h.count("studies") == 3)
    }

    @Test("a line of spaces or tabs, or a row of empty cells, is skipped like a blank line; a line with a lone value is still a short row")
    func whitespaceLines() throws {
        let h = try IngestHarness()
        let report = try h.ingest([
            try h.write("s.csv", "key,title,publisher\na,A,P\n   \n\t\n,,\n , ,\n\u{A0},\u{3000},\n \u{A0}\nb,B,P\nc\n"),
            try h.write("t.tsv", "key\ttitle\tpublisher\nd\tD\tP\n\t\t\n \t \n"),
        ])
        #expect(report.errors.map(\.description).map { $0.replacingOccurrences(of: h.directory.path + "/", with: "") } == [
            "s.csv:10:2: row has 1 field; expected 3 as in the header (missing: title, publisher)",
        ])
        #expect(report.files.map(\.read) == [3, 1])
    }

    @Test("the same file twice in one command is one error, not one per key")
    func sameFileTwice() throws {
        let h = try IngestHarness()
        let sources = try h.write("sources.csv", IngestHarness.sources)
        let report = try h.ingest([sources, h.directory.appendingPathComponent("./sources.csv").path])
        #expect(report.errors.map(\.message) == ["given twice in one command; expected each file once"])
    }

    @Test("a row refused for a value is still checked for its source and study; a huge value is cut in the message")
    func everyProblemOfARow() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let huge = String(repeating: "x", count: 100_000)
        let path = try h.write("f.csv", "key,measure,value,place,period,source,study\ng1,forced-labour,zz,WLD,2016,nosrc,nostudy\ng2,forced-labour,\(huge),WLD,2016,ilo-2005,\n")
        let errors = try h.ingest([path]).errors
        #expect(errors.map { "\($0.line):\($0.column): \($0.message.prefix(34))" } == [
            "2:18: value: \"zz\" is not a number; expec",
            "2:30: source: unknown source \"nosrc\"; ex",
            "2:36: study: unknown study \"nostudy\"; ex",
            "3:18: value: \"xxxxxxxxxxxxxxxxxxxxxxxxxx",
        ])
        let long = try #require(errors.last?.message)
        #expect(long.count < 700 && long.contains("characters left out") && long.hasSuffix("e.g. 2.45 million"), "\(long.count)")
    }

    @Test("figures refused by the lineage check count as rejected in both modes, never as inserted beside their error")
    func lineageCounts() throws {
        for onError in [IngestOptions.OnError.abort, .skip] {
            let h = try IngestHarness()
            _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
            let loop = "key,measure,value,place,period,source,cites\na,forced-labour,1,WLD,2016,ilo-2005,b\nb,forced-labour,1,WLD,2016,ilo-2005,a\nc,forced-labour,1,WLD,2016,ilo-2005,\n"
            let report = try h.ingest([try h.write("loop.csv", loop)], IngestOptions(onError: onError))
            #expect(report.errors.count == 2)
            let file = try #require(report.files.first)
            // Under abort nothing was written, and the report says no row was inserted.
            #expect((file.inserted, file.rejected) == (onError == .skip ? 1 : 0, 2), "\(onError)")
        }
    }

    @Test("errors come in file and line order, whichever check found them; a Latin-1 file is named as such")
    func orderAndEncoding() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        // Line 2's cycle is found by the lineage check after line 4's value error was found.
        let figures = "key,measure,value,place,period,source,cites\na,forced-labour,1,WLD,2016,ilo-2005,a2\na2,forced-labour,1,WLD,2016,ilo-2005,a\nb,forced-labour,zz,WLD,2016,ilo-2005,\n"
        let report = try h.ingest([try h.write("f.csv", figures)])
        #expect(report.errors.map(\.line) == [2, 3, 4], "\(report.errors)")

        // Across files, in the order they were given, although sources load before figures.
        let badFigure = try h.write("g.csv", "key,measure,value,place,period,source\ng,forced-labour,zz,WLD,2016,ilo-2005\n")
        let badSource = try h.write("s.csv", "key,title,publisher\ns,,P\n")
        #expect(try h.ingest([badFigure, badSource]).errors.map(\.file) == [badFigure, badSource])

        let latin1 = h.directory.appendingPathComponent("latin1.csv")
        try Data("key,title,publisher\ns,Caf".utf8 + [0xE9] + Data(",P\n".utf8)).write(to: latin1)
        let message = try h.ingest([latin1.path]).errors.first?.message ?? ""
        #expect(message.hasSuffix("; the file is in a one-byte encoding, not UTF-8, and one byte does not tell which: this one is é in Windows-1252 (Excel's \"CSV\"), È in Mac OS Roman (\"CSV (Macintosh)\") or Ú in DOS code page 850 (\"CSV (MS-DOS)\") (Θ in code page 437), whichever the cell holds: save it as UTF-8 (from Excel: Save As, file type \"CSV UTF-8 (Comma delimited)\")"), "\(message)")
    }
}
