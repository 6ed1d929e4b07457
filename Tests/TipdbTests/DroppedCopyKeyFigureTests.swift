import Foundation
import Testing

/// A figure UNODC's newer GLOTIP export dropped does not come back through an Our World in Data
/// download that republishes the older export: the copy's figure is the producer's dropped figure
/// at second hand, so it is no key figure and not in `latest_estimates` (m0051), and the brief
/// marks it as it marks the producer's.
@Suite("A copy of a figure its producer's latest release dropped is no key figure (built binary)")
struct DroppedCopyKeyFigureTests {
    private static let column = "16.2.2 - Detected victims of human trafficking, by age and sex (number) - VC_HTF_DETV - All age ranges or no breakdown by age - Both sexes"
    private static let row = "KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,"
    private static let copy = "owid-detected-victims-of-human-trafficking:detected-trafficking-victims:KEN:2021"

    private static let metadata = """
        {"chart": {"title": "Detected victims of human trafficking", "citation": "UNODC (2024) – processed by Our World in Data",
          "originalChartUrl": "https://ourworldindata.org/grapher/detected-victims-of-human-trafficking"},
         "columns": {"\(column)": {"titleShort": "Detected victims of human trafficking", "unit": "victims", "shortUnit": "",
           "origins": [{"producer": "United Nations Office on Drugs and Crime", "title": "Global Report on Trafficking in Persons",
             "citationFull": "United Nations Office on Drugs and Crime (2024). Global Report on Trafficking in Persons 2024.",
             "urlMain": "https://www.unodc.org/unodc/data-and-analysis/glotip.html", "datePublished": "2024-12-11", "dateAccessed": "2025-01-20"}]}},
         "dateDownloaded": "2025-02-01"}
        """

    @Test("the 2025 export drops Kenya 2021; the copy's 500 for 2021 leaves latest_estimates and the key figures, and is marked not in its producer's latest release")
    func copyOfDroppedFigure() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data((GLOTIPFiles.top(date: "14/04/2024") + Self.row + "2020,Counts,450,GLOTIP\n" + Self.row + "2021,Counts,500,GLOTIP\n").utf8)
                .write(to: dir.appendingPathComponent("glotip_2024.csv"))
            try Data((GLOTIPFiles.top(date: "01/06/2025") + Self.row + "2020,Counts,450,GLOTIP\n").utf8)
                .write(to: dir.appendingPathComponent("glotip_2025.csv"))
            try Data("Entity,Code,Year,\"\(Self.column)\"\nKenya,KEN,2020,450\nKenya,KEN,2021,500\n".utf8).write(to: dir.appendingPathComponent("dv.csv"))
            try Data(Self.metadata.utf8).write(to: dir.appendingPathComponent("dv.metadata.json"))
            #expect(try Tipdb.run(["ingest", "--quiet", "glotip_2024.csv", "dv.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "glotip_2025.csv"], in: dir).status == 0)

            #expect(try sqlCSV(["SELECT figure, value FROM latest_estimates"], in: dir) == """
                figure,value
                unodc-glotip:detected-trafficking-victims:KEN:2020,450.0

                """)
            let brief = try Tipdb.run(["report", "brief", "--place", "KEN", "--date", "2026-12-04"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("""
                | Detected victims of trafficking | Kenya | 450 |  | 2020 | UNODC 2025 [1, row KEN, Detected trafficking victims, Total: Total, Total, Total, 2020] |
                """), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 500 |  | Kenya | 2021 | all | detected; not in its producer's latest release (2025-06-01) | UNODC 2024a [2, "),
                    "\(brief.stdout)")
            #expect(brief.stdout.contains("a later figure of this measure and place is in the tables below, but it is a copy of a figure its producer's latest release (2025-06-01) no longer holds, so not a key figure: 500 for 2021 (UNODC 2024a [2])"),
                    "\(brief.stdout)")
            let csv = try Tipdb.run(["report", "brief", "--place", "KEN", "--date", "2026-12-04", "--format", "csv"], in: dir)
            #expect(csv.stdout.contains("not in its producer's latest release (2025-06-01)"), "\(csv.stdout)")
        }
    }
}
