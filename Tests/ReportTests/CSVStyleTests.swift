import Storage
import Testing

@testable import Report

/// `CSVStyle.spreadsheet` (`--spreadsheet`): a text that a spreadsheet would run as a formula
/// gets an apostrophe before it; numbers, empty cells and everything else stay as stored; and
/// `.plain` changes nothing.
@Suite("CSVStyle: the spreadsheet style guards formula text and nothing else")
struct CSVStyleTests {
    @Test("a text starting with = + - @, TAB or CR gets an apostrophe before it", arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
        ("=1+2", "'=1+2"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-", "'-"),
        ("+", "'+"),
        ("- a note as a list item", "'- a note as a list item"),
        ("-12.5% on 2019", "'-12.5% on 2019"),
        ("-1,234", "'-1,234"),
        ("-inf", "'-inf"),
        ("-0x1A", "'-0x1A"),
        ("-1e", "'-1e"),
        ("-1e+", "'-1e+"),
        ("-.", "'-."),
        ("--5", "'--5"),
        ("-5-", "'-5-"),
        ("- 5", "'- 5"),
        ("-1.2.3", "'-1.2.3"),
    ])
    func guarded(text: String, expected: String) {
        #expect(CSVStyle.guarded(text) == expected)
        #expect(CSVStyle.spreadsheet.cell(text) == expected)
        #expect(CSVStyle.plain.cell(text) == text)
    }

    @Test("numbers, empty cells, text already in an apostrophe and any other text stay as they are", arguments: [
        "-5", "+3.2", "-1.5e6", "-1.5E-06", "+1e+20", "-0", "-.5", "-5.", "-1500000.0", "12", "3.5",
        "", "'=HYPERLINK(\"http://x\",\"y\")", "'-", "Côte d'Ivoire", "a=b", " =1", "\n=1", "1-2", "inf",
    ])
    func unchanged(text: String) {
        #expect(CSVStyle.guarded(text) == text)
        #expect(CSVStyle.spreadsheet.cell(text) == text)
    }

    @Test("the spreadsheet style starts with a UTF-8 byte order mark; the plain one with nothing")
    func start() {
        #expect(Array(CSVStyle.spreadsheet.start.utf8) == [0xEF, 0xBB, 0xBF])
        #expect(CSVStyle.plain.start.isEmpty)
    }

    @Test("a guarded cell is quoted as RFC 4180 asks after the apostrophe is added; lines end with CRLF")
    func lines() {
        let fields = ["k", "=HYPERLINK(\"http://x\",\"y\")", "-5", "", "\r=1"]
        #expect(CSVText.line(fields, style: .spreadsheet) == "k,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5,,\"'\r=1\"\r\n")
        #expect(CSVText.line(fields) == "k,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5,,\"\r=1\"\r\n")
    }

    @Test("sql's CSV: values guarded, numbers and NULL as they are, the --null text never changed")
    func resultSet() {
        var text = ""
        let writer = ResultSetWriter(format: .csv, columns: ["=name", "n"], null: "-", csvStyle: .spreadsheet) { text += $0 }
        writer.add([.text("=1+1"), .integer(-5)])
        writer.add([.null, .real(-1.5e6)])
        writer.add([.text("-"), .text("")])
        writer.finish(truncated: false, maxRows: nil)
        #expect(text == "\u{FEFF}'=name,n\r\n'=1+1,-5\r\n-,-1500000.0\r\n'-,\"\"\r\n")

        var tsv = ""
        let plain = ResultSetWriter(format: .tsv, columns: ["=name"], csvStyle: .spreadsheet) { tsv += $0 }
        plain.add([.text("=1+1")])
        #expect(tsv == "=name\r\n=1+1\r\n")
    }
}
