import Foundation
import Testing

/// A GLOTIP export re-saved from a spreadsheet, each line ending with a comma (rapporteur's review,
/// session 50, defect 4): the note on columns not read listed them by name, and so named nothing
/// ("columns not read (not part of the GLOTIP export): "). Two trailing commas were refused as a
/// duplicate column "".
@Suite("GLOTIP columns without a name are named by position, with whether a row held a value (built binary)")
struct GLOTIPUnnamedColumnTests {
    static let header = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source"
    static let row = "NLD,Netherlands,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2021,Counts,820,GLOTIP"
    static let row2 = "NLD,Netherlands,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,840,GLOTIP"

    static func ingest(_ text: String, in dir: URL) throws -> ProcessResult {
        try IngestPartWarningTests.write(text, "d.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        return try Tipdb.run(["ingest", "d.csv"], in: dir)
    }

    @Test("one trailing empty column: named by its position, empty in every row")
    func emptyColumn() throws {
        try withTemporaryDirectory { dir in
            let result = try Self.ingest("UNODC,contact@example.org,,,,,,,,,,,,\n14/04/2024,,,,,,,,,,,,,\n\(Self.header),\n\(Self.row),\n\(Self.row2),\n", in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("note: d.csv: columns not read (not part of the GLOTIP export): 1 column without a name (column 14, empty in every row)\n"), "\(result.stderr)")
        }
    }

    @Test("a column without a name that a row gives a value: the note says how many rows, and the first line")
    func columnWithValues() throws {
        try withTemporaryDirectory { dir in
            let result = try Self.ingest("UNODC,contact@example.org,,,,,,,,,,,,,\n14/04/2024,,,,,,,,,,,,,,\n\(Self.header),,\n\(Self.row),,\n\(Self.row2),,checked\n", in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("note: d.csv: columns not read (not part of the GLOTIP export): 2 columns without a name "
                + "(column 14, empty in every row; column 15, with a value in 1 row, on line 5)\n"), "\(result.stderr)")
        }
    }
}
