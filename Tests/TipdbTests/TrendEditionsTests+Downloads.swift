import Foundation
import Testing

/// The years only an earlier Our World in Data download gave, drawn as an earlier GLOTIP edition's
/// are (session 54's closing note).
extension TrendEditionsTests {
    /// A grapher CSV of chart `dv` named `name`, with its metadata beside it dated `downloaded`.
    private static func download(_ name: String, downloaded: String, rows: [String], in dir: URL) throws {
        let title = "Detected victims of human trafficking"
        try write("\(name).csv", "Entity,Code,Year,\(title)\n" + rows.map { $0 + "\n" }.joined(), in: dir)
        try write("\(name).metadata.json", """
            {"chart": {"title": "Detected victims", "originalChartUrl": "https://ourworldindata.org/grapher/dv"},
             "dateDownloaded": "\(downloaded)",
             "columns": {"\(title)": {"unit": "persons", "origins": [{"producer": "UNODC", "title": "GLOTIP"}]}}}
            """, in: dir)
    }

    @Test("a year only an earlier Our World in Data download gave is drawn, marked, and no key figure")
    func earlierDownloadYearsDrawn() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Self.download("dv-old", downloaded: "2025-03-01", rows: ["France,FRA,2017,5", "France,FRA,2018,6", "France,FRA,2019,7"], in: dir)
            #expect(try Tipdb.run(["ingest", "dv-old.csv"], in: dir).status == 0)
            try Self.download("dv", downloaded: "2025-06-01", rows: ["France,FRA,2018,6", "France,FRA,2019,8"], in: dir)
            let newer = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(newer.status == 0, "\(newer.stderr)")

            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--place", "FRA"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("### Detected victims of trafficking, France, 2017-2019"), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 2017 | 5 (only in an earlier download: not in the latest download (2025-06-01)) |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("Drawn though only an earlier download gives it (not the latest, 2025-06-01), marked so in the "
                + "table; no key figure: 5 (2017, UNODC n.d. [1])."), "\(brief.stdout)")
            #expect(!brief.stdout.contains("only an earlier release gives"), "\(brief.stdout)")
            // The key figure is still the latest download's.
            #expect(brief.stdout.contains("| Detected victims of trafficking | France | 8 (revised from 7) |"), "\(brief.stdout)")
        }
    }
}
