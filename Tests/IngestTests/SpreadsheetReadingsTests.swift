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
}
