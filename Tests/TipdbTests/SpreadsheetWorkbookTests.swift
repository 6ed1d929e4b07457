import Foundation
import Storage
import Testing

/// What a spreadsheet did to a file is named as such: a workbook saved or renamed as `.csv` (or
/// a PDF), and an age band Excel turned into a date.
@Suite("Spreadsheet workbooks and Excel dates in ingest (built binary)")
struct SpreadsheetWorkbookTests {
    /// The first bytes of each kind of file, as the programs write them: a ZIP local header and
    /// the names of its first entries, OLE2's signature, a PDF's version line.
    static let files: [(name: String, bytes: [UInt8], message: String)] = {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26)
        let excel = #"in Excel use File > Save As > "CSV UTF-8 (Comma delimited)""#
        return [
            ("book.csv", zip + Array("[Content_Types].xml".utf8) + [0, 0xFF, 0x00] + Array("xl/workbook.xml".utf8),
             "this is a spreadsheet workbook (Excel .xlsx), not a CSV text file; expected CSV: \(excel)"),
            ("old.csv", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 40),
             "this is a spreadsheet workbook (Excel 97-2003 .xls), not a CSV text file; expected CSV: \(excel)"),
            ("calc.csv", zip + Array("mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8) + [0, 0x50, 0x4B],
             #"this is a spreadsheet workbook (OpenDocument .ods), not a CSV text file; expected CSV: in LibreOffice Calc use File > Save As > "Text CSV (.csv)" with the character set Unicode (UTF-8)"#),
            ("report.csv", Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n".utf8) + [0, 0],
             "this is a PDF document, not a CSV text file; expected CSV: tipdb does not read tables out of a PDF; copy the figures into a CSV file, or use the publisher's CSV download when there is one"),
            ("book.json", zip + Array("xl/styles.xml".utf8),
             "this is a spreadsheet workbook (Excel .xlsx), not a JSON text file; expected JSON, or the sheet as CSV: \(excel)"),
        ]
    }()

    @Test("a workbook, or a PDF, named .csv is refused at 1:1 as what it is, with how to save it as CSV; exit 1, nothing written", arguments: files.indices)
    func workbook(index: Int) throws {
        let file = Self.files[index]
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(file.bytes).write(to: dir.appendingPathComponent(file.name))
            let tables = "SELECT (SELECT count(*) FROM ingest_batches) AS batches, (SELECT count(*) FROM figures) AS figures, (SELECT count(*) FROM ingest_rejects) AS rejects"
            let before = try Tipdb.run(["sql", "--format", "csv", tables], in: dir).stdout
            let result = try Tipdb.run(["ingest", file.name], in: dir)
            #expect(result.status == 1)
            #expect(result.stdout == "\(file.name): 0 read, rejected (not a text file: see its error); nothing written (the command was rejected)\n")
            #expect(result.stderr == """
                \(file.name):1:1: \(file.message)
                tipdb: 1 problem found; nothing was loaded: fix it (a command with a file it cannot use (missing, of unknown kind, given twice, an unusable header such as one with an unknown CSV or TSV column, or not readable to its end: invalid bytes, a quote never closed, a quote out of place in a row with a field that spans lines) is never loaded in part, even with --on-error skip)

                """, "\(result.stderr)")
            #expect(try Tipdb.run(["sql", "--format", "csv", tables], in: dir).stdout == before)
            // The same with the format given: the bytes decide, not the option.
            let given = try Tipdb.run(["ingest", "--format", "glotip", file.name], in: dir)
            #expect(given.status == 1)
            #expect(given.stderr.hasPrefix("\(file.name):1:1: this is "), "\(given.stderr)")
        }
    }

    @Test("an age band Excel turned into a date (Sep-17, 17-Sep, 5-Sep) is refused with the band it probably was and how to keep Excel from doing it")
    func excelDateAgeBand() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let csv = """
                key,measure,value,place,period,source,age_group
                xd1,forced-labour,10,FRA,2004,ilo-2005-global-alliance,Sep-17
                xd2,forced-labour,10,FRA,2004,ilo-2005-global-alliance,17-Sep
                xd3,forced-labour,10,FRA,2004,ilo-2005-global-alliance,5-Sep
                xd4,forced-labour,10,FRA,2004,ilo-2005-global-alliance,9-17

                """
            try Data(csv.utf8).write(to: dir.appendingPathComponent("ages.csv"))
            let result = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "ages.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == """
                ages.csv:2:56: age_group: "Sep-17" looks like an age band Excel turned into a date (9-17?); expected an age group such as 9-17: format the column as Text before typing
                ages.csv:3:56: age_group: "17-Sep" looks like an age band Excel turned into a date (9-17?); expected an age group such as 9-17: format the column as Text before typing
                ages.csv:4:56: age_group: "5-Sep" looks like an age band Excel turned into a date (5-9?); expected an age group such as 5-9: format the column as Text before typing
                tipdb: 3 problems found; the rows concerned were skipped and kept in ingest_rejects

                """, "\(result.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, age_group FROM figures WHERE key LIKE 'xd%'"], in: dir)
            #expect(stored.stdout == "key,age_group\r\nxd4,9-17\r\n")
        }
    }
}
