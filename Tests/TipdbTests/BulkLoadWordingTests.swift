import Foundation
import Testing

/// What a bulk load (GLOTIP, Our World in Data) and a derivation say about what they did, as a
/// data manager reads it (review of session 46, defects 2, 3, 5 and 6): a download that only words
/// its figures otherwise revised none of them; a rejected command marked no figure as no longer
/// published; a refused older download names the batch that loaded the newer one, not a later
/// reload that wrote nothing; and derive's further suppressions say what they protect. Every file
/// is made here, small.
@Suite("CLI: what bulk loads and derive say they did: rewording, rejected loads, batches, suppressions (built binary)")
struct BulkLoadWordingTests {
    private static let title = "Detected victims of human trafficking"

    @discardableResult
    private static func write(_ name: String, _ text: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A grapher CSV of chart `dv` named `name`, its column titled `title`, with its metadata
    /// beside it dated `downloaded`.
    private static func download(_ name: String, downloaded: String, title: String = title, rows: [String], in dir: URL) throws {
        try write("\(name).csv", "Entity,Code,Year,\(title)\n" + rows.map { $0 + "\n" }.joined(), in: dir)
        try write("\(name).metadata.json", """
            {"chart": {"title": "Detected victims", "originalChartUrl": "https://ourworldindata.org/grapher/dv"},
             "dateDownloaded": "\(downloaded)",
             "columns": {"\(title)": {"unit": "persons", "origins": [{"producer": "UNODC", "title": "GLOTIP"}]}}}
            """, in: dir)
    }

    private static func sql(_ query: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["sql", query, "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("a download whose column title is only re-cased: 0 updated, 2 unchanged, worded differently, no revision")
    func rewordedDownload() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let rows = ["Italy,ITA,2019,412", "France,FRA,2019,70"]
            try Self.download("dv1", downloaded: "2025-03-01", rows: rows, in: dir)
            try Self.download("dv2", downloaded: "2025-06-01", title: Self.title.uppercased(), rows: rows, in: dir)
            #expect(try Tipdb.run(["ingest", "dv1.csv"], in: dir).status == 0)
            let second = try Tipdb.run(["ingest", "dv2.csv"], in: dir)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(second.stdout == "dv2.csv: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected (batch 2)\n", "\(second.stdout)")
            #expect(second.stderr.contains("note: dv2.csv: download of 2025-06-01 of owid-dv, after that of 2025-03-01 (batch 1): no number changed, "
                + "2 figures unchanged; 2 unchanged figures are worded differently in this download (its column's title or an Entity written "
                + "otherwise, naming the same indicator or place): their locator and notes now quote this download, and the value, unchanged, "
                + "is no revision\n"), "\(second.stderr)")
            #expect(!second.stderr.contains("revised"), "\(second.stderr)")
            #expect(try Self.sql("SELECT count(*) AS n FROM figure_revisions", in: dir) == "n\r\n0\r\n")
            #expect(try Self.sql("SELECT locator, notes FROM figures WHERE key = 'owid-dv:detected-trafficking-victims:ITA:2019'", in: dir)
                    == "locator,notes\r\n\"column \"\"DETECTED VICTIMS OF HUMAN TRAFFICKING\"\", Italy, 2019\",Our World in Data indicator: DETECTED VICTIMS OF HUMAN TRAFFICKING\r\n")
        }
    }

    @Test("a re-cased title beside a changed number: 1 revised, 1 unchanged that is worded differently")
    func rewordedAndRevised() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Self.download("dv1", downloaded: "2025-03-01", rows: ["Italy,ITA,2019,412", "France,FRA,2019,70"], in: dir)
            try Self.download("dv2", downloaded: "2025-06-01", title: Self.title.uppercased(), rows: ["Italy,ITA,2019,420", "France,FRA,2019,70"], in: dir)
            #expect(try Tipdb.run(["ingest", "dv1.csv"], in: dir).status == 0)
            let second = try Tipdb.run(["ingest", "dv2.csv"], in: dir)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(second.stdout == "dv2.csv: 2 read, 0 inserted, 1 updated, 1 unchanged, 0 rejected (batch 2)\n", "\(second.stdout)")
            #expect(second.stderr.contains("note: dv2.csv: download of 2025-06-01 of owid-dv, after that of 2025-03-01 (batch 1): 1 revised (previous "
                + "values in figure_revisions), 1 unchanged; 1 unchanged figure is worded differently in this download (its column's title or an "
                + "Entity written otherwise, naming the same indicator or place): its locator and notes now quote this download, and the value, "
                + "unchanged, is no revision\n"), "\(second.stderr)")
            #expect(try Self.sql("SELECT figure FROM figure_revisions", in: dir) == "figure\r\nowid-dv:detected-trafficking-victims:ITA:2019\r\n")
        }
    }

    @Test("a rejected GLOTIP load that would drop a figure: nothing written, and no note that it is no longer published")
    func rejectedGLOTIPLoadMarksNothing() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Self.write("g1.csv", GLOTIPFiles.export(date: "14/04/2024"), in: dir)
            // The convictions row is gone, and the victims' value is refused.
            try Self.write("g2.csv", GLOTIPFiles.top(date: "10/03/2025")
                + "DEU,Germany,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,4.5,GLOTIP\n"
                + "DEU,Germany,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2021,Counts,50,GLOTIP\n", in: dir)
            #expect(try Tipdb.run(["ingest", "g1.csv"], in: dir).status == 0)
            let rejected = try Tipdb.run(["ingest", "g2.csv"], in: dir)
            #expect(rejected.status == 1, "\(rejected.stderr)")
            #expect(rejected.stdout == "g2.csv: 2 read, 1 rejected; nothing written (the command was rejected)\n", "\(rejected.stdout)")
            #expect(!rejected.stderr.contains("no longer published"), "\(rejected.stderr)")
            #expect(!rejected.stderr.contains("tipdb retract"), "\(rejected.stderr)")
            #expect(try Self.sql("SELECT count(*) AS n FROM figure_vintages WHERE in_latest_vintage = 0", in: dir) == "n\r\n0\r\n")
            // An export lacking most figures is warned of, rejected or not, without saying they are marked.
            try Self.write("g3.csv", GLOTIPFiles.top(date: "10/03/2025")
                + "DEU,Germany,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,4.5,GLOTIP\n", in: dir)
            let lacking = try Tipdb.run(["ingest", "g3.csv"], in: dir)
            #expect(lacking.status == 1, "\(lacking.stderr)")
            #expect(lacking.stderr.contains("warning: g3.csv:2:1: this export lacks 2 of the 2 figures of vintage 1 of unodc-glotip (export of 2024-04-14), "
                + "which loading it marks as not in the latest release; expected a full export: one filtered to some countries or indicators, or cut "
                + "short, is not a new release of the rest (once it is loaded, restore a backup, or load the full export, which moves them back)\n"),
                "\(lacking.stderr)")
            #expect(!lacking.stderr.contains("no longer published"), "\(lacking.stderr)")
            // Accepted, the same file marks the figure and says so.
            let skipped = try Tipdb.run(["ingest", "--on-error", "skip", "g2.csv"], in: dir)
            #expect(skipped.status == 1, "\(skipped.stderr)")
            #expect(skipped.stderr.contains("note: g2.csv: 1 figure of unodc-glotip is no longer published: vintage 2 (export of 2025-03-10) does not "
                + "hold it (unodc-glotip:persons-convicted:DEU:2020); kept, with the values of the vintage that last published each, and marked as "
                + "not in the latest release (figure_vintages); if it should go, withdraw it: tipdb retract unodc-glotip:persons-convicted:DEU:2020 "
                + "--reason \"...\"\n"), "\(skipped.stderr)")
        }
    }

    @Test("a rejected Our World in Data load that would drop a figure: nothing written, and no note that it is no longer published")
    func rejectedOWIDLoadMarksNothing() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Self.download("dv1", downloaded: "2025-03-01", rows: ["Italy,ITA,2019,412", "France,FRA,2019,70", "Spain,ESP,2019,20"], in: dir)
            try Self.download("dv2", downloaded: "2025-06-01", rows: ["Italy,ITA,2019,sixty", "France,FRA,2019,70"], in: dir)
            #expect(try Tipdb.run(["ingest", "dv1.csv"], in: dir).status == 0)
            let rejected = try Tipdb.run(["ingest", "dv2.csv"], in: dir)
            #expect(rejected.status == 1, "\(rejected.stderr)")
            #expect(rejected.stdout == "dv2.csv: 2 read, 1 rejected; nothing written (the command was rejected)\n", "\(rejected.stdout)")
            #expect(!rejected.stderr.contains("no longer published"), "\(rejected.stderr)")
            #expect(!rejected.stderr.contains("tipdb retract"), "\(rejected.stderr)")
            let skipped = try Tipdb.run(["ingest", "--on-error", "skip", "dv2.csv"], in: dir)
            #expect(skipped.stderr.contains("note: dv2.csv: 1 figure of owid-dv is no longer published: this download (of 2025-06-01) does not hold it "
                + "(owid-dv:detected-trafficking-victims:ESP:2019); kept, with the values of the download that last gave each; if it should go, "
                + "withdraw it: tipdb retract owid-dv:detected-trafficking-victims:ESP:2019 --reason \"...\"\n"), "\(skipped.stderr)")
        }
    }

    @Test("an older download after the newest was loaded twice names the batch that first loaded it; so does a third load")
    func olderDownloadNamesFirstBatch() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Self.download("dv1", downloaded: "2025-03-01", rows: ["Italy,ITA,2019,412"], in: dir)
            try Self.download("dv2", downloaded: "2025-06-01", rows: ["Italy,ITA,2019,420"], in: dir)
            try Self.download("dv-old", downloaded: "2025-04-01", rows: ["Italy,ITA,2019,415"], in: dir)
            for name in ["dv1", "dv2", "dv2"] { #expect(try Tipdb.run(["ingest", "\(name).csv"], in: dir).status == 0) }
            let third = try Tipdb.run(["ingest", "dv2.csv"], in: dir)
            #expect(third.stderr.contains("note: dv2.csv: download of 2025-06-01 of owid-dv, loaded again (batch 2 loaded it): nothing changed, 1 figure unchanged\n"),
                    "\(third.stderr)")
            let older = try Tipdb.run(["ingest", "dv-old.csv"], in: dir)
            #expect(older.status == 1)
            #expect(older.stderr.hasPrefix("dv-old.csv: this download of owid-dv is dated 2025-04-01 (its metadata's dateDownloaded), older than the "
                + "download already loaded (dv2.csv, dated 2025-06-01, batch 2); load downloads in the order they were made"), "\(older.stderr)")
        }
    }

    /// Loads `groups` as the next version of dataset `sample` and derives it by country.
    private func loadAndDerive(_ groups: [(times: Int, year: String, country: String)], file: String, in dir: URL) throws -> ProcessResult {
        try Data(CaseFiles.synthetic(groups).utf8).write(to: dir.appendingPathComponent(file))
        let ingest = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", file], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "country"], in: dir)
    }

    @Test("counts suppressed for a small change since version 1 say so, not 'to protect them' with no count below 11")
    func suppressionsNameWhatTheyProtect() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let first = try loadAndDerive([(30, "2019", "USA"), (20, "2019", "PHL")], file: "v1.csv", in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.contains(": 3 counts (0 below 11 shown as <11, 0 more suppressed), "), "\(first.stdout)")
            let second = try loadAndDerive([(33, "2019", "USA"), (20, "2019", "PHL")], file: "v2.csv", in: dir)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(second.stdout.contains(": 3 counts (0 below 11 shown as <11, 2 more suppressed to protect small changes between this version and version 1), "),
                    "\(second.stdout)")
        }
    }
}
