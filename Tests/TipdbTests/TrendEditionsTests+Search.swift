import Foundation
import Testing

/// Search marks what the latest GLOTIP release no longer gives (review of session 54).
extension TrendEditionsTests {
    @Test("search marks a figure the latest GLOTIP release no longer gives, in text and JSON")
    func searchMarksDroppedFigure() throws {
        try withTemporaryDirectory { dir in
            try Self.loadTwoEditions(in: dir)
            let search = try Tipdb.run(["search", "germany", "2015"], in: dir)
            #expect(search.status == 0, "\(search.stderr)")
            #expect(search.stdout.contains("2015: 416 — UNODC 2023; not in the latest release (2024-12-11)"), "\(search.stdout)")
            let json = try Tipdb.run(["search", "germany", "2015", "--json"], in: dir)
            #expect(json.stdout.contains("\"release\": \"not in the latest release (2024-12-11)\""), "\(json.stdout)")
        }
    }
}
