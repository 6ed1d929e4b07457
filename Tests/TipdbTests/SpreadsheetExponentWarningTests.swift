import Foundation
import Testing

/// A CSV file saved from Excel writes a number too wide for its column as the column shows it,
/// `1.23E+07`, and 12,345,678 then loads as 12,300,000 with nothing to say so. Ingest loads such a
/// number as written, with a warning at its cell naming the digits kept and the number read; a
/// number written on purpose (`1.4e6`, `1.4E6`), one whose every digit is written (`1.25E+02`) and
/// a JSON number are loaded without one.
@Suite("ingest: a number in a spreadsheet's scientific notation is loaded with a warning naming the digits kept (built binary)")
struct SpreadsheetExponentWarningTests {
    @Test("warned at the value and the bounds, in text and --json; not for 1.4e6, 1.4E6, 1.25E+02 or a JSON number")
    func warnings() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nx,Survey X,Institute X,2026\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,unit,place,period,source
                excel,forced-labour,1.23E+07,1.1E+07,1.35E+07,persons,FRA,2019,x
                typed,forced-labour,1.4e6,,,persons,DEU,2019,x
                capital,forced-labour,1.4E6,,,persons,ITA,2019,x
                whole,forced-labour,1.25E+02,,,persons,ESP,2019,x

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let advice = "check it against the source, and widen the column before saving (or format it as Number with no decimal places); loaded as written"
            let notation = "is in the scientific notation a spreadsheet saves a number in when its column is too narrow, which keeps only the digits shown"
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: figures.csv:2:21: value: \"1.23E+07\" \(notation) (3 of 8: read as 12,300,000); \(advice)",
                "warning: figures.csv:2:30: low: \"1.1E+07\" \(notation) (2 of 8: read as 11,000,000); \(advice)",
                "warning: figures.csv:2:38: high: \"1.35E+07\" \(notation) (3 of 8: read as 13,500,000); \(advice)",
            ], "\(loaded.stderr)")
            #expect(loaded.stdout.contains("figures.csv: 4 read, 4 inserted, 0 updated, 0 unchanged, 0 rejected, 3 warnings (batch 2)"), "\(loaded.stdout)")
            let values = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value FROM figures ORDER BY key"], in: dir)
            #expect(values.stdout == "key,value\r\ncapital,1400000.0\r\nexcel,12300000.0\r\ntyped,1400000.0\r\nwhole,125.0\r\n", "\(values.stdout)")

            // In --json, with its position; a JSON number written so is no spreadsheet's.
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\nlate,forced-labour,2.5E+06,persons,FRA,2020,x\n", "more.csv", in: dir)
            let json = try Tipdb.run(["ingest", "--json", "more.csv"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let warning = try #require(((object["files"] as? [[String: Any]])?.first?["warnings"] as? [[String: Any]])?.first)
            #expect(warning["line"] as? Int == 2 && warning["column"] as? Int == 20, "\(warning)")
            #expect((warning["message"] as? String)?.hasPrefix("value: \"2.5E+06\" \(notation) (2 of 7: read as 2,500,000)") == true, "\(warning)")
            try IngestPartWarningTests.write(
                "[{\"key\": \"script\", \"measure\": \"forced-labour\", \"value\": 1.23E+07, \"unit\": \"persons\", \"place\": \"PRT\", \"period\": \"2019\", \"source\": \"x\"}]",
                "script.json", in: dir)
            let script = try Tipdb.run(["ingest", "script.json"], in: dir)
            #expect(script.status == 0, "\(script.stderr)")
            #expect(IngestPartWarningTests.warnings(script.stderr).isEmpty, "\(script.stderr)")
        }
    }
}
