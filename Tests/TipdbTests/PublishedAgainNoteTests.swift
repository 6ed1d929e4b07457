import Foundation
import Testing

/// A figure that a newer release publishes again after an earlier release dropped it is counted
/// and named apart: the GLOTIP vintage note counted it among the unchanged figures that "now cite
/// this export", and an Our World in Data download that gave it again said "nothing changed".
@Suite("A figure published again after a release dropped it is named (built binary)")
struct PublishedAgainNoteTests {
    private static let row = "KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,"

    @Test("vintage 3 holds Kenya 2021 again, which vintage 2 dropped: the note names it, and counts 1 unchanged figure, not 2")
    func glotipVintage() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let both = Self.row + "2020,Counts,450,GLOTIP\n" + Self.row + "2021,Counts,500,GLOTIP\n"
            try Data((GLOTIPFiles.top(date: "14/04/2024") + both).utf8).write(to: dir.appendingPathComponent("v1.csv"))
            try Data((GLOTIPFiles.top(date: "01/06/2025") + Self.row + "2020,Counts,450,GLOTIP\n").utf8).write(to: dir.appendingPathComponent("v2.csv"))
            try Data((GLOTIPFiles.top(date: "01/03/2026") + both).utf8).write(to: dir.appendingPathComponent("v3.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "v1.csv", "v2.csv"], in: dir).status == 0)
            let third = try Tipdb.run(["ingest", "v3.csv"], in: dir)
            #expect(third.status == 0, "\(third.stderr)")
            #expect(third.stderr.contains(
                "note: v3.csv: vintage 3 of unodc-glotip: export of 2026-03-01 (source unodc-glotip-2026-03-01); 1 unchanged figure now cites this export (the vintages each appeared in are in figure_vintages); 1 figure published again after an earlier vintage dropped it (unodc-glotip:detected-trafficking-victims:KEN:2021)\n"),
                "\(third.stderr)")
        }
    }

    private static let column = "16.2.2 - Detected victims of human trafficking, by age and sex (number) - VC_HTF_DETV - All age ranges or no breakdown by age - Both sexes"

    private static func metadata(downloaded: String) -> String {
        """
        {"chart": {"title": "Detected victims of human trafficking", "citation": "UNODC (2024) – processed by Our World in Data",
          "originalChartUrl": "https://ourworldindata.org/grapher/dv"},
         "columns": {"\(column)": {"titleShort": "Detected victims of human trafficking", "unit": "victims", "shortUnit": "",
           "origins": [{"producer": "United Nations Office on Drugs and Crime", "title": "Global Report on Trafficking in Persons",
             "urlMain": "https://www.unodc.org/unodc/data-and-analysis/glotip.html", "datePublished": "2024-12-11"}]}},
         "dateDownloaded": "\(downloaded)"}
        """
    }

    @Test("the third download gives Kenya 2021 again, which the second dropped: 1 figure published again, 1 unchanged, not 'nothing changed'")
    func owidDownload() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let both = "Entity,Code,Year,\"\(Self.column)\"\nKenya,KEN,2020,450\nKenya,KEN,2021,500\n"
            for (name, csv, date) in [("a", both, "2025-02-01"), ("b", "Entity,Code,Year,\"\(Self.column)\"\nKenya,KEN,2020,450\n", "2025-06-01"),
                                      ("c", both, "2025-09-01")] {
                try FileManager.default.createDirectory(at: dir.appendingPathComponent(name), withIntermediateDirectories: true)
                try Data(csv.utf8).write(to: dir.appendingPathComponent("\(name)/dv.csv"))
                try Data(Self.metadata(downloaded: date).utf8).write(to: dir.appendingPathComponent("\(name)/dv.metadata.json"))
            }
            #expect(try Tipdb.run(["ingest", "--quiet", "a/dv.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "b/dv.csv"], in: dir).status == 0)
            let third = try Tipdb.run(["ingest", "c/dv.csv"], in: dir)
            #expect(third.status == 0, "\(third.stderr)")
            #expect(third.stderr.contains(
                "download of 2025-09-01 of owid-dv, after that of 2025-06-01 (batch 2): 1 figure published again after an earlier download dropped it (owid-dv:detected-trafficking-victims:KEN:2021), 1 unchanged"),
                "\(third.stderr)")
        }
    }
}
