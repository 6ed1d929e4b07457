import Foundation
import Testing

/// What a brief and a lineage say of a figure of a bulk series that the latest release gives no
/// value for: a GLOTIP row the latest export holds but tipdb refused under `--on-error skip` is
/// not "not in the latest release" (the release holds it); a figure a newer Our World in Data
/// download dropped is marked as a GLOTIP one is. Every file is made here, small.
@Suite("CLI: briefs mark refused GLOTIP rows and dropped Our World in Data figures (built binary)")
struct DatasetBriefMarksTests {
    private static let title = "Detected victims of human trafficking"

    private static func write(_ name: String, _ text: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    /// A GLOTIP row for Germany in 2020: `rest` is `Indicator,Dimension,Category,Sex,Age,Year,Unit,txtVALUE`.
    private static func deu(_ rest: String) -> String {
        "DEU,Germany,Europe,Western Europe,\(rest),GLOTIP\n"
    }

    /// A grapher CSV of chart `dv` named `name`, with its metadata beside it dated `downloaded`.
    private static func download(_ name: String, downloaded: String, rows: [String], in dir: URL) throws {
        try write("\(name).csv", "Entity,Code,Year,\(title)\n" + rows.map { $0 + "\n" }.joined(), in: dir)
        try write("\(name).metadata.json", """
            {"chart": {"title": "Detected victims", "originalChartUrl": "https://ourworldindata.org/grapher/dv"},
             "dateDownloaded": "\(downloaded)",
             "columns": {"\(title)": {"unit": "persons", "origins": [{"producer": "UNODC", "title": "GLOTIP"}]}}}
            """, in: dir)
    }

    /// Loads two GLOTIP exports: the newer revises victims, gives convictions as 4.5 (refused
    /// under `--on-error skip`) and no prosecutions (dropped).
    private static func loadRefusedAndDropped(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try write("g1.csv", GLOTIPFiles.top(date: "14/04/2025")
            + deu("Detected trafficking victims,Total,Total,Total,Total,2020,Counts,41")
            + deu("Persons convicted,Total,Total,Total,Total,2020,Counts,10")
            + deu("Persons prosecuted,Total,Total,Total,Total,2020,Counts,20"), in: dir)
        #expect(try Tipdb.run(["ingest", "g1.csv"], in: dir).status == 0)
        try write("g2.csv", GLOTIPFiles.top(date: "01/06/2025")
            + deu("Detected trafficking victims,Total,Total,Total,Total,2020,Counts,45")
            + deu("Persons convicted,Total,Total,Total,Total,2020,Counts,4.5"), in: dir)
        let second = try Tipdb.run(["ingest", "--on-error", "skip", "g2.csv"], in: dir)
        #expect(second.status == 1, "\(second.stderr)")
    }

    @Test("a GLOTIP row refused at load is said to be held by the latest release, not dropped from it; a dropped one is")
    func refusedRowInBrief() throws {
        try withTemporaryDirectory { dir in
            try Self.loadRefusedAndDropped(in: dir)
            let convicted = "unodc-glotip:persons-convicted:DEU:2020"
            let options = try Tipdb.run(["sql", "SELECT options ->> '$.refused' AS refused FROM ingest_batches WHERE id = 2", "--format", "csv"], in: dir)
            #expect(options.stdout == "refused\r\n\"[\"\"\(convicted)\"\"]\"\r\n", "\(options.stdout)")

            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-02"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let refused = "the latest release (2025-06-01) holds it, but its row was refused at load (batch 2): the value is the earlier release's"
            #expect(brief.stdout.contains("| 10 |  | Germany | 2020 | all | detected; \(refused) |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 20 |  | Germany | 2020 | all | detected; not in the latest release (2025-06-01) |"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("| 10 |  | Germany | 2020 | all | detected; not in the latest release"), "\(brief.stdout)")
            // The gaps name each for its own reason: the refused row's estimate is not one a newer release dropped.
            #expect(brief.stdout.contains("- 1 measure and place has a primary figure for everyone only in an earlier release, since the latest "
                + "release's row for it was refused at load, so no key figure: Persons convicted of trafficking in Germany (UNODC 2025a [2]; "
                + "the latest release, 2025-06-01, holds it, but its row was refused at load (batch 2)) (see the figures tables).\n"), "\(brief.stdout)")
            #expect(brief.stdout.contains("- 1 measure and place has a primary figure for everyone only in a release that a newer one dropped, so no key "
                + "figure: Persons prosecuted for trafficking in Germany (only in an earlier release of unodc-glotip, UNODC 2025a [2]; the latest "
                + "release, 2025-06-01, no longer publishes it) (see the figures tables).\n"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("Persons convicted of trafficking in Germany (see the figures tables)"), "\(brief.stdout)")

            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-02", "--format", "json"], in: dir)
            #expect(json.stdout.contains("\"release\": \"\(refused)\""), "\(json.stdout)")

            let lineage = try Tipdb.run(["report", "lineage", convicted], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("; \(refused)"), "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("not in the latest release"), "\(lineage.stdout)")
        }
    }

    @Test("a figure a newer Our World in Data download dropped is marked not in the latest download, and is no key figure")
    func droppedDownloadInBrief() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Self.download("dv-old", downloaded: "2025-03-01", rows: ["Italy,ITA,2019,5", "France,FRA,2019,7"], in: dir)
            #expect(try Tipdb.run(["ingest", "dv-old.csv"], in: dir).status == 0)
            try Self.download("dv", downloaded: "2025-06-01", rows: ["Italy,ITA,2019,6"], in: dir)
            let newer = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(newer.status == 0, "\(newer.stderr)")

            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-02"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| 7 |  | France | 2019 | all | detected; not in the latest download (2025-06-01) |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 6 |  | Italy | 2019 | all | detected; revised from 5 (batch 1; replaced "), "\(brief.stdout)")
            #expect(!brief.stdout.contains("Italy, 2019; not in the latest"), "\(brief.stdout)")

            // Never a key figure (m0049: nor in latest_estimates), as a figure a newer GLOTIP export dropped.
            #expect(!brief.stdout.contains("| Detected victims of trafficking | France |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("| Detected victims of trafficking | Italy | 6 (revised from 5) |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("- 1 measure and place has a primary figure for everyone only in a download that a newer one dropped, "
                + "so no key figure: Detected victims of trafficking in France (only in an earlier download, UNODC n.d. [1]; the latest "
                + "download, 2025-06-01, no longer gives it) (see the figures tables).\n"), "\(brief.stdout)")
            let latest = try Tipdb.run(["sql", "SELECT place FROM latest_estimates ORDER BY place", "--format", "csv"], in: dir)
            #expect(latest.stdout == "place\r\nITA\r\n", "\(latest.stdout)")

            let dropped = "owid-dv:detected-trafficking-victims:FRA:2019"
            let lineage = try Tipdb.run(["report", "lineage", dropped], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("; not in the latest download (2025-06-01)"), "\(lineage.stdout)")

            // Loaded again, the latest download still marks it; once retracted, it is gone from the brief.
            #expect(try Tipdb.run(["ingest", "dv.csv"], in: dir).status == 0)
            let again = try Tipdb.run(["report", "brief", "--date", "2026-12-02"], in: dir)
            #expect(again.stdout.contains("| 7 |  | France | 2019 | all | detected; not in the latest download (2025-06-01) |"), "\(again.stdout)")
        }
    }
    @Test("the age caution names a later GLOTIP figure whose row the latest export held but was refused, for that reason")
    func refusedRowInAgeCaution() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Self.write("v1.csv", GLOTIPFiles.top(date: "14/04/2025")
                + Self.deu("Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41")
                + Self.deu("Detected trafficking victims,Total,Total,Total,Total,2020,Counts,38"), in: dir)
            try Self.write("v2.csv", GLOTIPFiles.top(date: "20/10/2025")
                + Self.deu("Detected trafficking victims,Total,Total,Total,Total,2019,Counts,45")
                + Self.deu("Detected trafficking victims,Total,Total,Total,Total,2020,Counts,-3"), in: dir)
            #expect(try Tipdb.run(["ingest", "v1.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--on-error", "skip", "v2.csv"], in: dir).status == 1)

            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-02"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let caution = try #require(
                brief.stdout.split(separator: "\n").first { $0.hasPrefix("- **Caution (age).** Detected victims of trafficking, Germany:") },
                "\(brief.stdout)")
            #expect(caution.contains(
                "a later figure of this measure and place is in the tables below, but its row in the latest release of its export "
                    + "(2025-10-20) was refused at load (batch 2), so not a key figure: 38 for 2020 (UNODC 2025a ["),
                "\(caution)")
            #expect(!caution.contains("part of the population"), "\(caution)")
            #expect(!caution.contains("not in the latest release"), "\(caution)")
        }
    }
}
