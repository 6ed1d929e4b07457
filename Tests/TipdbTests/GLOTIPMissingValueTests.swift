import Foundation
import Testing

/// A national statistician's review (session 53, defect 5): a GLOTIP row's `txtVALUE` of `..` or
/// `-` was told "expected the cell empty when the source gives none", and an empty cell was then
/// refused as "empty value; expected a number"; the `-` message ended "if the table uses - for
/// zero, write 0", read beside a figure not available as advice to turn a missing count into 0.
@Suite("ingest: a GLOTIP txtVALUE of .., - or nothing says to leave the row out, never to write 0 for a missing figure (built binary)")
struct GLOTIPMissingValueTests {
    static let stored = "not a number; a figure the source does not give cannot be stored: expected the row left out"

    @Test(arguments: [
        ("..", "\"..\" is the mark statistical tables (UN, OECD, Eurostat, World Bank) print for a figure not available, \(stored)"),
        ("-", "\"-\" is the mark statistical tables print for a figure that is nil or not available, \(stored); write 0 only where the table's notes define - as nil (a true zero), never for a figure not available"),
        ("", "no value given; a figure the source does not give cannot be stored: expected the number as published (or <5), or the row left out"),
    ])
    func refused(value: String, message: String) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(GLOTIPFiles.top() + """
                KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41,GLOTIP
                KEN,Kenya,Africa,Sub-Saharan Africa,Persons convicted,Total,Total,Total,Total,2019,Counts,\(value),GLOTIP

                """, "g.csv", in: dir)
            let result = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(result.status == 1)
            let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("g.csv:") }.map(String.init)
            #expect(errors == ["g.csv:5:91: txtVALUE: \(message)"], "\(result.stderr)")
            #expect(!result.stderr.contains("expected the cell empty"), "\(result.stderr)")
        }
    }
}
