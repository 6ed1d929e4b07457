@testable import Ingest
import Storage
import Testing

/// The readings behind the messages of a review of students' spreadsheet exports (session 49):
/// what a byte is in each one-byte encoding Excel saves, and the forms of a period that are a month
/// or a year typed into a date cell, a date with a time, or a month written first.
@Suite("spreadsheet readings: one-byte encodings, typed years and Excel's date forms")
struct SpreadsheetReadingsTests {
    @Test("each table has a character for every byte from 0x80, and the letters students type are where the encodings put them")
    func tables() {
        for byte in UInt8(0x80)...UInt8(0xFF) {
            for encoding in [OneByteEncoding.macRoman, .codePage850, .codePage437] {
                #expect(encoding.character(byte) != nil, "\(encoding) 0x\(CSVUTF8Validator.hex(byte))")
            }
        }
        // é: Windows-1252 0xE9, Mac OS Roman 0x8E, DOS 0x82; ô: 0xF4, 0x99, 0x93; € only in Windows-1252's 0x80.
        #expect(OneByteEncoding.windows1252.character(0xE9) == "é" && OneByteEncoding.macRoman.character(0x8E) == "é")
        #expect(OneByteEncoding.codePage850.character(0x82) == "é" && OneByteEncoding.codePage437.character(0x82) == "é")
        #expect(OneByteEncoding.macRoman.character(0x99) == "ô" && OneByteEncoding.codePage850.character(0x93) == "ô")
        #expect(OneByteEncoding.macRoman.character(0xFF) == "ˇ" && OneByteEncoding.codePage850.character(0xFF) == "\u{A0}")
        #expect(OneByteEncoding.windows1252.character(0x81) == nil)
        #expect(OneByteEncoding.readings(of: 0x81) == "no character in Windows-1252 (Excel's \"CSV\"), Å in Mac OS Roman (\"CSV (Macintosh)\") "
            + "or ü in DOS code page 850 (\"CSV (MS-DOS)\")")
    }

    @Test("Excel's day count of a date is the inverse of ExcelDay.date(ofDay:)")
    func dayCount() {
        #expect(PeriodParser.excelDay(year: 2005, month: 7, day: 1) == 38534)
        #expect(PeriodParser.excelDay(year: 1905, month: 7, day: 11) == 2019)
        for day in stride(from: 61, through: 80_000, by: 997) {
            let date = ExcelDay.date(ofDay: day)
            #expect(PeriodParser.excelDay(year: date.year, month: date.month, day: date.day) == day)
        }
    }

    @Test("June or July 1905 written mmm-yyyy or mm-yyyy is most likely a typed year; other months have one reading", arguments: [
        ("Jul-1905", "\"Jul-1905\" is a month as Excel displays a date (mmm-yyyy: July 1905), most likely a year from 2009 to 2030 typed into a "
            + "cell formatted so (Excel stores the year 2019 as 1905-07-11, which it shows as Jul-1905), not a period tipdb reads; expected the year "
            + "that was typed (format the cell as General in Excel, and it shows as itself), or 1905-07 if the source means July 1905"),
        ("06-1905", "\"06-1905\" is a month as Excel displays a date (mm-yyyy: June 1905), most likely a year from 1995 to 2008 typed into a cell"),
        ("Aug-05", "\"Aug-05\" is a month as Excel displays a date (mmm-yy: August 2005), not a period tipdb reads: Excel turned the cell into a date; expected 2005-08"),
        ("12-2019", "\"12-2019\" is a month written month first (mm-yyyy: December 2019), as a spreadsheet displays a date formatted so"),
    ])
    func months(text: String, start: String) {
        let error = #expect(throws: PeriodParser.Failure.self) { try PeriodParser.parse(text) }
        #expect(error?.message.hasPrefix(start) == true, "\(error?.message ?? "")")
    }

    @Test("a date with Excel's time of day is told its date, in each form; an ISO timestamp keeps its own message", arguments: [
        ("30.06.2019 00:00", "its date, \"30.06.2019\" is a date as Excel writes one in Germany, Poland or Russia (dd.mm.yyyy: 30 June 2019)"),
        ("6/30/2019 12:00 AM", "its date, \"6/30/2019\" is a date as Excel writes one in the United States (m/d/yyyy: 30 June 2019)"),
        ("31-Dec-19 0:00", "its date, \"31-Dec-19\" is a date as Excel displays one (d-mmm-yy: 31 December 2019)"),
        ("2019-06-30 00:00:00", "\"2019-06-30 00:00:00\" is a day with a time of day, not a period; expected the day alone, 2019-06-30"),
    ])
    func dateAndTime(text: String, part: String) {
        let error = #expect(throws: PeriodParser.Failure.self) { try PeriodParser.parse(text) }
        #expect(error?.message.contains(part) == true, "\(error?.message ?? "")")
    }
}
