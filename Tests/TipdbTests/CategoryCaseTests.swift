import Foundation
import Testing

/// A GLOTIP category that names no place is compared without case: `nationals` in a newer export
/// is the figure `Nationals` gave, not a second figure beside a first "no longer published"; and
/// within one export `other africa` meets `Other Africa` and `Other (Africa)` (the same words) as
/// one figure. The key keeps the first spelling, so an older export loaded again still finds it.
@Suite("GLOTIP categories kept as text are compared without case (built binary)")
struct CategoryCaseTests {
    private static let row = "NGA,Nigeria,Africa,Sub-Saharan Africa,Detected trafficking victims,"

    private static func export(date: String, category: String) -> String {
        GLOTIPFiles.top(date: date) + row + "Total,Total,Total,Total,2020,Counts,1200,GLOTIP\n"
            + row + "by citizenship,\(category),Total,Total,2020,Counts,1100,GLOTIP\n"
    }

    @Test("nationals in the 2025 export is the 2024 export's Nationals: one figure, in the latest release, no 'no longer published' note")
    func newerExportOtherCase() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.export(date: "14/04/2024", category: "Nationals").utf8).write(to: dir.appendingPathComponent("v1.csv"))
            try Data(Self.export(date: "01/06/2025", category: "nationals").utf8).write(to: dir.appendingPathComponent("v2.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "v1.csv"], in: dir).status == 0)
            let second = try Tipdb.run(["ingest", "v2.csv"], in: dir)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(!second.stderr.contains("no longer published"), "\(second.stderr)")
            #expect(second.stderr.contains("note: v2.csv: vintage 2 of unodc-glotip: export of 2025-06-01 (source unodc-glotip-2025-06-01); 2 unchanged figures now cite this export (the vintages each appeared in are in figure_vintages)"), "\(second.stderr)")
            let expected = """
                figure,value,in_latest_release
                unodc-glotip:detected-trafficking-victims:NGA:2020:citizenship-Nationals,1100.0,1

                """
            let query = "SELECT figure, value, in_latest_release FROM figure_citations WHERE breakdown IS NOT NULL"
            #expect(try sqlCSV([query], in: dir) == expected)
        }
    }

    @Test("within one export, Other Africa and other africa are both the figure of Other (Africa), each refused for its other value")
    func oneExportOtherCase() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let ita = "ITA,Italy,Europe,Southern Europe,Detected trafficking victims,by citizenship,"
            try Data((GLOTIPFiles.top(date: "14/04/2024") + ita + "Other (Africa),Total,Total,2021,Counts,40,GLOTIP\n"
                + ita + "Other Africa,Total,Total,2021,Counts,55,GLOTIP\n" + ita + "other africa,Total,Total,2021,Counts,55,GLOTIP\n").utf8)
                .write(to: dir.appendingPathComponent("ita.csv"))
            let load = try Tipdb.run(["ingest", "ita.csv", "--on-error", "skip"], in: dir)
            let refused = load.stderr.split(separator: "\n").filter { $0.hasPrefix("ita.csv:") }
            #expect(refused == [
                "ita.csv:5:115: txtVALUE: the same figure (unodc-glotip:detected-trafficking-victims:ITA:2021:citizenship-Other-Africa) as line 4 with another value; expected one value per indicator, country, year, sex, age, dimension and category",
                "ita.csv:6:115: txtVALUE: the same figure (unodc-glotip:detected-trafficking-victims:ITA:2021:citizenship-Other-Africa) as line 4 with another value; expected one value per indicator, country, year, sex, age, dimension and category",
            ], "\(load.stderr)")
            #expect(try sqlCSV(["SELECT figure, value, breakdown FROM figure_citations"], in: dir) == """
                figure,value,breakdown
                unodc-glotip:detected-trafficking-victims:ITA:2021:citizenship-Other-Africa,40.0,citizenship: Other (Africa)

                """)
        }
    }
}
