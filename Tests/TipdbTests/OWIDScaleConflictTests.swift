import Foundation
import Testing

/// An Our World in Data column whose title gives its values in thousands while its metadata's
/// unit says persons is refused at its header cell, naming both and how to make them agree: it
/// was multiplied by 1,000 with only a note saying so.
@Suite("Our World in Data: a title and a metadata unit that disagree on the scale (built binary)")
struct OWIDScaleConflictTests {
    private static let title = "Number of people in modern slavery (thousands)"
    private static let csv = "Entity,Code,Year,\(title)\nWorld,OWID_WRL,2016,40300\nIndia,IND,2016,7989.0\n"

    private func load(unit: String, in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.csv.utf8).write(to: dir.appendingPathComponent("ms.csv"))
        try Data(#"{"columns": {"\#(Self.title)": {\#(unit)}}}"#.utf8).write(to: dir.appendingPathComponent("ms.metadata.json"))
        return try Tipdb.run(["ingest", "ms.csv"], in: dir)
    }

    @Test("(thousands) with the unit persons: refused at the header cell (exit 1), nothing written; the units that agree load scaled")
    func refused() throws {
        try withTemporaryDirectory { dir in
            let result = try load(unit: #""unit": "persons""#, in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("""
                ms.csv:1:18: column "\(Self.title)" says its values are in thousands, but its metadata gives the unit "persons", which counts them as written; \
                tipdb cannot tell whether to multiply them by 1,000: correct the unit in the metadata ("thousand persons" if the title is right) or the column's title, \
                then load the file again (--metadata FILE reads a corrected copy)

                """), "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT count(*) FROM figures", in: dir) == "0")
        }
        try withTemporaryDirectory { dir in
            let result = try load(unit: #""unit": "million persons", "shortUnit": "M""#, in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix(
                "ms.csv:1:18: column \"\(Self.title)\" says its values are in thousands, but its metadata gives the unit \"million persons\" and short unit \"M\", in millions; "),
                "\(result.stderr)")
        }
        for unit in [#""unit": "thousand persons", "shortUnit": "k""#, #""description": "no unit given""#] {
            try withTemporaryDirectory { dir in
                let result = try load(unit: unit, in: dir)
                #expect(result.status == 0, "\(unit): \(result.stderr)")
                #expect(try RetractCommandTests.sql("SELECT value FROM figures ORDER BY place", in: dir) == "7989000.0\n40300000.0", "\(unit)")
            }
        }
    }
}
