import Foundation
import Testing

/// A caution that starts "measure, place:" names an ISO place inverted after a comma the right way
/// round (review S25): "Detected victims of trafficking, Congo, The Democratic Republic of the:"
/// read as four parts of a list.
@Suite("cautions name inverted ISO places the right way round (built binary)")
struct InvertedPlaceCautionTests {
    @Test("the age caution on an old count for COD names the Democratic Republic of the Congo; the table keeps the ISO name")
    func ageCaution() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data((GLOTIPFiles.top(date: "14/04/2025") + """
                COD,Democratic Republic of the Congo,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,2015,Counts,120,GLOTIP

                """).utf8).write(to: dir.appendingPathComponent("glotip.csv"))
            let ingest = try Tipdb.run(["ingest", "glotip.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")

            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-02"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "- **Caution (age).** Detected victims of trafficking, the Democratic Republic of the Congo: the key figure, 120 ("),
                "\(brief.stdout)")
            #expect(!brief.stdout.contains("trafficking, Congo, The Democratic Republic of the:"), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 120 |  | Congo, The Democratic Republic of the | 2015 |"), "\(brief.stdout)")
        }
    }
}
