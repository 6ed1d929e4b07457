import Foundation
import Testing
import TestSupport

/// Slips of spreadsheet exports a reviewer met (session 45): several empty cells after the last
/// column, a semicolon file named `.txt`, Excel's "Unicode Text", and a Windows-1252 no-break
/// space. Each is told its cause at `FILE:LINE:COLUMN`, and the database is left as it was.
@Suite("ingest: trailing empty cells, a semicolon .txt, UTF-16 and a Windows-1252 no-break space say what to do (built binary)")
struct SpreadsheetExportSlipTests {
    @Test("several empty cells after the last column are named as trailing delimiters, in CSV and TSV")
    func trailingCells() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try IngestPartWarningTests.write("key,title,publisher,date\nsrc,Test report,NGO,2021\n", "src.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                e1,trafficking-victims,1200,persons,FRA,2019,src,,,
                e2,trafficking-victims,1300,persons,DEU,2019,src,
                e3,trafficking-victims,1,300,persons,DEU,2019,src,

                """, "trailing-cells.csv", in: dir)
            try IngestPartWarningTests.write(
                "key\tmeasure\tvalue\tunit\tplace\tperiod\tsource\nt1\ttrafficking-victims\t1200\tpersons\tFRA\t2019\tsrc\t\t\n", "t.tsv", in: dir)
            #expect(try Tipdb.run(["ingest", "src.csv"], in: dir).status == 0)
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let result = try Tipdb.run(["ingest", "trailing-cells.csv", "t.tsv"], in: dir)
            #expect(result.status == 1)
            let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("trailing-cells.csv:") || $0.hasPrefix("t.tsv:") }.map(String.init)
            #expect(errors == [
                "trailing-cells.csv:2:50: row has 10 fields, the last 3 empty after 3 trailing commas; expected 7 as in the header: "
                    + "remove the 3 commas at the end of the line (in a spreadsheet, delete the empty columns right of the table)",
                "trailing-cells.csv:3:50: row has 8 fields, the last one empty after a trailing comma; expected 7 as in the header: remove the comma at the end of the line",
                // A value in an extra field: the usual cause, a field holding the delimiter.
                "trailing-cells.csv:4:47: row has 9 fields; expected 7 as in the header (quote fields that contain the delimiter)",
                "t.tsv:2:50: row has 9 fields, the last 2 empty after 2 trailing tabs; expected 7 as in the header: "
                    + "remove the 2 tabs at the end of the line (in a spreadsheet, delete the empty columns right of the table)",
            ], "\(result.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("a semicolon header in a .txt is one error at 1:1 with the CSV UTF-8 advice, quoted or not, and after sep=;")
    func semicolonText() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try IngestPartWarningTests.write(
                "key;measure;value;unit;place;period;source\r\nu1;trafficking-victims;1200;persons;FRA;2019;src\r\n", "semi.txt", in: dir)
            try IngestPartWarningTests.write("\"key\";\"title\";\"publisher\"\n\"s1\";\"T\";\"P\"\n", "quoted.txt", in: dir)
            try IngestPartWarningTests.write("sep=;\nkey;title;publisher\ns1;T;P\n", "excel", in: dir)
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let result = try Tipdb.run(["ingest", "semi.txt", "quoted.txt", "excel"], in: dir)
            #expect(result.status == 1)
            let advice = QuotedSemicolonHeaderTests.advice
            let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("semi.txt:") || $0.hasPrefix("quoted.txt:") || $0.hasPrefix("excel:") }
                .map(String.init)
            #expect(errors == [
                "semi.txt:1:1: the header's names are separated by semicolons (\"key;measure;value;unit;place;period;source\"); " + advice,
                "quoted.txt:1:1: the header's names are each quoted and separated by semicolons (\"key;title;publisher\"); " + advice,
                "excel:1:1: line 1 is Excel's delimiter hint (sep=;), not a header; delete that line, so that the column names come first; "
                    + "it also says the columns are separated by semicolons, and " + advice,
            ], "\(result.stderr)")
            #expect(result.stdout.contains("semi.txt: 0 read, rejected (header unreadable"), "\(result.stdout)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("Excel's Unicode Text is told the file type to save as; a Windows-1252 no-break space is named, not printed")
    func encodings() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let text = "key\tmeasure\tvalue\tunit\tplace\tperiod\tsource\r\nu1\ttrafficking-victims\t1200\tpersons\tFRA\t2019\tsrc\r\n"
            try Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: dir.appendingPathComponent("unicode-text.txt"))
            try Data(Array("key,title,publisher\ns1,T,1".utf8) + [0xA0] + Array("200 there\n".utf8)).write(to: dir.appendingPathComponent("nbsp.csv"))
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let result = try Tipdb.run(["ingest", "unicode-text.txt", "nbsp.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains(
                "unicode-text.txt:1:1: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8 (from Excel: Save As, file type \"CSV UTF-8 (Comma delimited)\")\n"),
                "\(result.stderr)")
            #expect(result.stdout.contains("unicode-text.txt: 0 read, rejected (not UTF-8 text"), "\(result.stdout)")
            #expect(result.stderr.contains(
                "nbsp.csv:2:7: invalid UTF-8 byte 0xA0 at byte offset 26 (a continuation byte without a lead byte); the file is in a one-byte encoding, not UTF-8, and one byte does not tell which: this one is "
                    + "U+00A0 NO-BREAK SPACE in Windows-1252 (Excel's \"CSV\"), † in Mac OS Roman (\"CSV (Macintosh)\") or á in DOS code page 850 (\"CSV (MS-DOS)\"), whichever the cell holds: save it as UTF-8 (from Excel: Save As, file type \"CSV UTF-8 (Comma delimited)\")"),
                "\(result.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }
}
