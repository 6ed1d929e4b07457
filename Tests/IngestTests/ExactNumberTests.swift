import Ingest
import Storage
import Testing

/// Numbers from 2^53 on are refused in every unit but persons (which stop at the world's
/// population): values are stored as REAL, and 12345678901234567 cases was stored as
/// 12345678901234568 (review of session 30).
@Suite("Values: a number that cannot be stored exactly is refused, naming the limit")
struct ExactNumberTests {
    private static let sources = "key,title,publisher\nsrc,T,P\n"

    private static func tooLarge(_ written: String) -> String {
        "\"\(written)\" is more than 9,007,199,254,740,991 (2^53 - 1), beyond which numbers are not stored exactly "
            + "(they are kept as 64-bit floating point, which rounds them); expected at most 9,007,199,254,740,991: "
            + "check the number and its scale word (million, billion, trillion)"
    }

    @Test("CSV values, lows and highs from 2^53 on are refused in cases and US dollars, and nothing is written")
    func csv() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", Self.sources)])
        let before = try h.fileBytes()
        let csv = """
            key,measure,value,low,high,unit,place,period,source
            b1,trafficking-offences,12345678901234567,,,cases,WLD,2020,src
            b2,trafficking-profits,1.2e20,,,USD,WLD,2020,src
            b3,trafficking-profits,US$12345678901234567,,,,WLD,2021,src
            b4,trafficking-profits,150 billion,100 billion,"12,345,678,901,234,567",USD,WLD,2022,src
            b5,trafficking-offences,9007199254740993,,,cases,WLD,2019,src
            b6,trafficking-offences,9007199254740992,,,cases,WLD,2018,src
            b7,trafficking-profits,-9.1e15,,,USD-change,WLD,2017,src
            b8,trafficking-profits,9007.199254740993 trillion,,,USD,WLD,2016,src

            """
        let report = try h.ingest([try h.write("f.csv", csv)])
        let less = "\"-9.1e15\" is less than -9,007,199,254,740,991 (2^53 - 1), beyond which numbers are not stored exactly "
            + "(they are kept as 64-bit floating point, which rounds them); expected at least -9,007,199,254,740,991: "
            + "check the number and its scale word (million, billion, trillion)"
        #expect(report.errors.map { "\($0.line): \($0.message)" } == [
            "2: value: " + Self.tooLarge("12345678901234567"),
            "3: value: " + Self.tooLarge("1.2e20"),
            "4: value: " + Self.tooLarge("US$12345678901234567"),
            "5: high: " + Self.tooLarge("12,345,678,901,234,567"),
            "6: value: " + Self.tooLarge("9007199254740993"),
            "7: value: " + Self.tooLarge("9007199254740992"),
            "8: value: " + less,
            "9: value: " + Self.tooLarge("9007.199254740993 trillion"),
        ])
        #expect(try h.fileBytes() == before)
    }

    @Test("JSON numbers from 2^53 on are refused, quoted as written")
    func json() throws {
        let h = try IngestHarness()
        let json = """
            [{"key": "j1", "measure": "trafficking-offences", "value": 12345678901234567, "unit": "cases", "place": "WLD", "period": "2018", "source": "src"},
             {"key": "j2", "measure": "trafficking-profits", "value": 1.2E+20, "place": "WLD", "period": "2017", "source": "src"}]
            """
        let report = try h.ingest([try h.write("s.csv", Self.sources), try h.write("f.json", json)])
        #expect(report.errors.map(\.message) == ["value: " + Self.tooLarge("12345678901234567"), "value: " + Self.tooLarge("1.2E+20")])
        #expect(try h.count("figures") == 0)
    }

    @Test("2^53 - 1 and the largest real sums of money load exactly")
    func largestExact() throws {
        let h = try IngestHarness()
        let csv = """
            key,measure,value,unit,place,period,source
            c1,trafficking-offences,9007199254740991,cases,WLD,2020,src
            c2,forced-labour-profits,US$236 billion,,WLD,2021,src

            """
        let report = try h.ingest([try h.write("s.csv", Self.sources), try h.write("f.csv", csv)])
        #expect(report.errors.isEmpty, "\(report.errors)")
        let stored = try h.db.rows("SELECT printf('%d', CAST(value AS INTEGER)) AS v FROM figures ORDER BY key").compactMap { $0.string("v") }
        #expect(stored == ["9007199254740991", "236000000000"])
    }
}
