import Ingest
import Storage
import Testing

/// A value of more significant digits than a double keeps was stored rounded without a word:
/// `0.123456789012345678` as 0.12345678901234568. It is refused at its cell, naming the value and
/// what it would read back as; digits that read back as written, 16 or 17 of them included, load.
@Suite("Values: digits a stored number cannot give back are refused")
struct SignificantDigitsTests {
    private static func refused(_ written: String, _ digits: Int, _ stored: String) -> String {
        "\"\(written)\" has \(digits) significant digits, more than a stored number keeps (a double: any 15, some 16 or 17), "
            + "and would read back as \(stored); expected it rounded to at most 15 significant digits"
    }

    @Test("CSV and JSON values, lows and highs beyond what reads back are refused at the cell; 16 or 17 digits that read back, and trailing zeros, load")
    func refusedAtTheCell() throws {
        let h = try IngestHarness()
        let csv = """
            key,measure,value,low,high,unit,place,period,source
            d1,trafficking-profits,0.123456789012345678,,,USD,WLD,2020,src
            d2,trafficking-profits,150,100,"1,234.56789012345678",USD,WLD,2021,src
            d3,trafficking-profits,1234.56789012345678 million,,,USD,WLD,2019,src
            d4,trafficking-profits,0.1234567890123456,,,USD,WLD,2018,src
            d5,trafficking-profits,0.12345678901234568,,,USD,WLD,2017,src
            d6,trafficking-profits,1.50000000000000000000,,,USD,WLD,2016,src

            """
        let json = """
            [{"key": "j1", "measure": "trafficking-profits", "value": 0.123456789012345678, "unit": "USD", "place": "WLD", "period": "2015", "source": "src"}]
            """
        let sources = try h.write("s.csv", "key,title,publisher,date\nsrc,T,P,2024\n")
        let report = try h.ingest([sources, try h.write("f.csv", csv), try h.write("f.json", json)], IngestOptions(onError: .skip))
        #expect(report.errors.map { "\($0.file.split(separator: "/").last ?? ""):\($0.line):\($0.column): \($0.message)" } == [
            "f.csv:2:24: value: " + Self.refused("0.123456789012345678", 18, "0.12345678901234568"),
            "f.csv:3:32: high: " + Self.refused("1,234.56789012345678", 18, "1234.567890123457"),
            "f.csv:4:24: value: " + Self.refused("1234.56789012345678 million", 18, "1234567890.1234567"),
            "f.json:1:59: value: " + Self.refused("0.123456789012345678", 18, "0.12345678901234568"),
        ])
        let stored = try h.db.rows("SELECT key, value FROM figures ORDER BY key").map { "\($0.string("key") ?? "") \($0.double("value").map { "\($0)" } ?? "")" }
        #expect(stored == ["d4 0.1234567890123456", "d5 0.12345678901234568", "d6 1.5"])
    }
}
