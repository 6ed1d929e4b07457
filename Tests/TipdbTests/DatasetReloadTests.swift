import Foundation
import Testing

/// A bulk dataset loaded again: an older Our World in Data download refused as an older GLOTIP
/// export is, figures a newer release drops named and retractable, rows refused under
/// `--on-error skip` not taken for dropped ones, row notes and warnings at the value's cell, and
/// the note that says what a reload changed. Every file is made here, small (never a copy of a
/// published dataset).
@Suite("CLI: bulk datasets loaded again: older downloads, dropped figures, refused rows, positions")
struct DatasetReloadTests {
    private static let title = "Detected victims of human trafficking"

    @discardableResult
    private static func write(_ name: String, _ text: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private static func sql(_ query: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["sql", query, "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
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

    /// A GLOTIP row for Germany in 2020: `rest` is `Indicator,Dimension,Category,Sex,Age,Year,Unit,txtVALUE`.
    private static func deu(_ rest: String) -> String {
        "DEU,Germany,Europe,Western Europe,\(rest),GLOTIP\n"
    }

    /// The column where `row`'s txtVALUE starts (the 12th field; no field of these rows is quoted).
    private static func valueColumn(_ row: String) -> Int {
        row.split(separator: ",", omittingEmptySubsequences: false).prefix(11).map(\.count).reduce(0, +) + 11 + 1
    }

    @Test("an older Our World in Data download is refused naming the file, both dates and what to do; nothing changes")
    func olderDownloadRefused() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try Self.download("dv", downloaded: "2025-06-01", rows: ["Italy,ITA,2019,6"], in: dir)
            let newer = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(newer.status == 0, "\(newer.stderr)")
            try Self.download("dv-old", downloaded: "2025-03-01", rows: ["Italy,ITA,2019,5"], in: dir)
            let older = try Tipdb.run(["ingest", "dv-old.csv"], in: dir)
            #expect(older.status == 1)
            #expect(older.stderr.hasPrefix("dv-old.csv: this download of owid-dv is dated 2025-03-01 (its metadata's dateDownloaded), older than the download already loaded (dv.csv, dated 2025-06-01, batch 1); load downloads in the order they were made so that the latest stays the newest: loaded now, its numbers would overwrite the newer ones (download the chart again for its current figures)\n"), "\(older.stderr)")
            #expect(try Self.sql("SELECT value FROM figures", in: dir) == "value\r\n6.0\r\n")
            #expect(try Self.sql("SELECT count(*) AS n FROM figure_revisions", in: dir) == "n\r\n0\r\n")
        }
    }

    @Test("the file of an earlier download loaded again after a newer one writes nothing, as an older GLOTIP vintage's does")
    func supersededDownloadWritesNothing() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try Self.download("dv-old", downloaded: "2025-03-01", rows: ["Italy,ITA,2019,5"], in: dir)
            try Self.download("dv", downloaded: "2025-06-01", rows: ["Italy,ITA,2019,6"], in: dir)
            #expect(try Tipdb.run(["ingest", "dv-old.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "dv.csv"], in: dir).status == 0)
            let again = try Tipdb.run(["ingest", "dv-old.csv"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == "dv-old.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected (batch 3)\n", "\(again.stdout)")
            #expect(again.stderr.contains("note: dv-old.csv: this file is the download of 2025-03-01 of owid-dv, already loaded (batch 1) and superseded by the download of 2025-06-01 (batch 2): nothing to do; its figure keeps the values of the newer download where it revised them\n"), "\(again.stderr)")
            #expect(try Self.sql("SELECT value FROM figures", in: dir) == "value\r\n6.0\r\n")
        }
    }

    @Test("a newer download with an earlier one's CSV (the chart went back) is loaded as the newest: values, dropped marks, date")
    func newerDownloadWithEarlierBytes() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let first = ["Italy,ITA,2019,412", "France,FRA,2019,7", "Spain,ESP,2019,2"]
            try Self.download("dv1", downloaded: "2025-02-01", rows: first, in: dir)
            try Self.download("dv2", downloaded: "2025-06-01", rows: ["Italy,ITA,2019,420", "Spain,ESP,2019,2", "Greece,GRC,2019,3"], in: dir)
            try Self.download("dv3", downloaded: "2025-07-01", rows: first, in: dir)
            for name in ["dv1", "dv2"] { #expect(try Tipdb.run(["ingest", "\(name).csv"], in: dir).status == 0) }
            let back = try Tipdb.run(["ingest", "dv3.csv"], in: dir)
            #expect(back.status == 0, "\(back.stderr)")
            #expect(back.stdout == "dv3.csv: 3 read, 0 inserted, 1 updated, 2 unchanged, 0 rejected (batch 3)\n", "\(back.stdout)")
            let greece = "owid-dv:detected-trafficking-victims:GRC:2019"
            #expect(back.stderr.contains("note: dv3.csv: download of 2025-07-01 of owid-dv, after that of 2025-06-01 (batch 2): 1 revised (previous values in figure_revisions), 1 no longer published, "
                + "1 figure published again after an earlier download dropped it (owid-dv:detected-trafficking-victims:FRA:2019), 1 unchanged\n"),
                "\(back.stderr)")
            #expect(back.stderr.contains("note: dv3.csv: 1 figure of owid-dv is no longer published: this download (of 2025-07-01) does not hold it (\(greece)); kept"), "\(back.stderr)")
            #expect(!back.stderr.contains("superseded"), "\(back.stderr)")
            #expect(try Self.sql("SELECT value FROM figures WHERE key = 'owid-dv:detected-trafficking-victims:ITA:2019'", in: dir) == "value\r\n412.0\r\n")
            #expect(try Self.sql("SELECT options ->> '$.downloaded' AS downloaded, options ->> '$.absent' AS absent FROM ingest_batches WHERE id = 3", in: dir)
                    == "downloaded,absent\r\n2025-07-01,\"[\"\"\(greece)\"\"]\"\r\n")
        }
    }

    @Test("an older download whose CSV is the newest one's is refused naming both dates; the newest's file again is loaded again")
    func olderDownloadWithSameBytesRefused() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try Self.download("dv", downloaded: "2025-02-01", rows: ["Italy,ITA,2019,6"], in: dir)
            try Self.download("dv-old", downloaded: "2025-01-01", rows: ["Italy,ITA,2019,6"], in: dir)
            #expect(try Tipdb.run(["ingest", "dv.csv"], in: dir).status == 0)
            let older = try Tipdb.run(["ingest", "dv-old.csv"], in: dir)
            #expect(older.status == 1)
            #expect(older.stderr.hasPrefix("dv-old.csv: this download of owid-dv is dated 2025-01-01 (its metadata's dateDownloaded), older than the download already loaded (dv.csv, dated 2025-02-01, batch 1); load downloads in the order they were made"), "\(older.stderr)")
            #expect(try Self.sql("SELECT count(*) AS n FROM ingest_batches WHERE options ->> '$.downloaded' IS NOT NULL", in: dir) == "n\r\n1\r\n")
            let again = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(again.stderr.contains("note: dv.csv: download of 2025-02-01 of owid-dv, loaded again (batch 1 loaded it): nothing changed, 1 figure unchanged\n"), "\(again.stderr)")
        }
    }

    @Test("a later download with the same CSV is a new download, not the earlier one loaded again; the earlier file is then superseded")
    func laterDownloadWithSameBytes() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try Self.download("dv-old", downloaded: "2025-02-01", rows: ["Italy,ITA,2019,6"], in: dir)
            try Self.download("dv", downloaded: "2025-06-01", rows: ["Italy,ITA,2019,6"], in: dir)
            #expect(try Tipdb.run(["ingest", "dv-old.csv"], in: dir).status == 0)
            let later = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(later.status == 0, "\(later.stderr)")
            #expect(later.stderr.contains("note: dv.csv: download of 2025-06-01 of owid-dv, after that of 2025-02-01 (batch 1): nothing changed, 1 figure unchanged\n"), "\(later.stderr)")
            #expect(!later.stderr.contains("loaded again"), "\(later.stderr)")
            #expect(try Self.sql("SELECT options ->> '$.downloaded' AS downloaded FROM ingest_batches WHERE id = 2", in: dir) == "downloaded\r\n2025-06-01\r\n")
            let old = try Tipdb.run(["ingest", "dv-old.csv"], in: dir)
            #expect(old.status == 0, "\(old.stderr)")
            #expect(old.stderr.contains("note: dv-old.csv: this file is the download of 2025-02-01 of owid-dv, already loaded (batch 1) and superseded by the download of 2025-06-01 (batch 2): nothing to do; its figure keeps the values of the newer download where it revised them\n"), "\(old.stderr)")
        }
    }

    @Test("a figure a newer download drops gets a note, the reload's note counts the changes, and tipdb retract takes it")
    func droppedByNewerDownload() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try Self.download("dv-old", downloaded: "2025-03-01", rows: ["Italy,ITA,2019,5", "France,FRA,2019,7", "Spain,ESP,2019,2"], in: dir)
            #expect(try Tipdb.run(["ingest", "dv-old.csv"], in: dir).status == 0)
            try Self.download("dv", downloaded: "2025-06-01", rows: ["Italy,ITA,2019,6", "Spain,ESP,2019,2", "Greece,GRC,2019,3"], in: dir)
            let newer = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(newer.status == 0, "\(newer.stderr)")
            let dropped = "owid-dv:detected-trafficking-victims:FRA:2019"
            #expect(newer.stderr.contains("note: dv.csv: 1 figure of owid-dv is no longer published: this download (of 2025-06-01) does not hold it (\(dropped)); kept, with the values of the download that last gave each; if it should go, withdraw it: tipdb retract \(dropped) --reason \"...\"\n"), "\(newer.stderr)")
            #expect(newer.stderr.contains("note: dv.csv: download of 2025-06-01 of owid-dv, after that of 2025-03-01 (batch 1): 1 figure added, 1 revised (previous values in figure_revisions), 1 no longer published, 1 unchanged\n"), "\(newer.stderr)")
            #expect(try Self.sql("SELECT options ->> '$.series' AS series, options ->> '$.absent' AS absent FROM ingest_batches WHERE id = 2", in: dir)
                    == "series,absent\r\nowid-dv,\"[\"\"\(dropped)\"\"]\"\r\n")

            // The same download again: nothing changed, and the dropped figure is still named.
            let again = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(again.stderr.contains("note: dv.csv: download of 2025-06-01 of owid-dv, loaded again (batch 2 loaded it): nothing changed, 3 figures unchanged\n"), "\(again.stderr)")

            // A figure the latest download still gives is refused; the dropped one is withdrawn.
            let kept = "owid-dv:detected-trafficking-victims:ITA:2019"
            let refused = try Tipdb.run(["retract", kept, "--reason", "test"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("tipdb: error: figure \"\(kept)\" is written by a owid load (batch 2), which would write it again when loaded again"), "\(refused.stderr)")
            let retract = try Tipdb.run(["retract", dropped, "--reason", "no longer published"], in: dir)
            #expect(retract.status == 0, "\(retract.stderr)")
            #expect(retract.stdout.hasPrefix("retracted \(dropped) (written by batch 1)\n"), "\(retract.stdout)")
        }
    }

    @Test("a GLOTIP row refused under --on-error skip is not a figure the export dropped; one it lacks is named and retractable")
    func glotipRefusedRowIsNotDropped() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try Self.write("g1.csv", GLOTIPFiles.top(date: "14/04/2025")
                + Self.deu("Detected trafficking victims,Total,Total,Total,Total,2020,Counts,41")
                + Self.deu("Persons convicted,Total,Total,Total,Total,2020,Counts,10")
                + Self.deu("Persons prosecuted,Total,Total,Total,Total,2020,Counts,20"), in: dir)
            #expect(try Tipdb.run(["ingest", "g1.csv"], in: dir).status == 0)
            // The newer export revises victims, gives convictions as 4.5 (refused) and no prosecutions.
            try Self.write("g2.csv", GLOTIPFiles.top(date: "01/06/2025")
                + Self.deu("Detected trafficking victims,Total,Total,Total,Total,2020,Counts,45")
                + Self.deu("Persons convicted,Total,Total,Total,Total,2020,Counts,4.5")
                + Self.deu("Persons brought into formal contact,Total,Total,Total,Total,2020,Counts,30"), in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", "g2.csv"], in: dir)
            #expect(result.status == 1)
            let convicted = "unodc-glotip:persons-convicted:DEU:2020"
            let prosecuted = "unodc-glotip:persons-prosecuted:DEU:2020"
            #expect(result.stderr.contains("note: g2.csv: 1 figure of unodc-glotip is no longer published: vintage 2 (export of 2025-06-01) does not hold it (\(prosecuted)); kept, with the values of the vintage that last published each, and marked as not in the latest release (figure_vintages); if it should go, withdraw it: tipdb retract \(prosecuted) --reason \"...\"\n"), "\(result.stderr)")
            #expect(!result.stderr.contains("(\(convicted))"), "\(result.stderr)")
            #expect(result.stderr.contains("note: g2.csv: vintage 2 of unodc-glotip: export of 2025-06-01 (source unodc-glotip-2025-06-01); 1 figure revised (previous values in figure_revisions); 1 figure added; 1 figure of earlier vintages not in this export, kept and marked as not in the latest vintage (figure_vintages); 1 figure of earlier vintages whose row this export holds but refused (see the errors) keeps its earlier values: not counted as no longer published\n"), "\(result.stderr)")
            #expect(try Self.sql("SELECT options ->> '$.absent' AS absent FROM ingest_batches WHERE id = 2", in: dir)
                    == "absent\r\n\"[\"\"\(prosecuted)\"\"]\"\r\n")

            // Retract takes the dropped figure, not the refused row's: the export still holds it.
            let refused = try Tipdb.run(["retract", convicted, "--reason", "test", "--dry-run"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("tipdb: error: figure \"\(convicted)\" is one of the unodc-glotip export's figures"), "\(refused.stderr)")
            let retract = try Tipdb.run(["retract", prosecuted, "--reason", "dropped by UNODC"], in: dir)
            #expect(retract.status == 0, "\(retract.stderr)")
        }
    }

    @Test("the latest GLOTIP export loaded again says what it changed, or that nothing moves")
    func glotipReloadNote() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try Self.write("g.csv", GLOTIPFiles.export(date: "14/04/2025"), in: dir)
            #expect(try Tipdb.run(["ingest", "g.csv"], in: dir).status == 0)
            let same = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(same.stderr.contains("note: g.csv: vintage 1 of unodc-glotip: export of 2025-04-14 (source unodc-glotip-2025-04-14), loaded again: nothing moves\n"), "\(same.stderr)")
            // A figures file changes a figure; the export loaded again writes its own number back, and says so.
            try Self.write("f.csv", """
                key,measure,value,place,period,source
                unodc-glotip:detected-trafficking-victims:DEU:2020,detected-trafficking-victims,40,DEU,2020,unodc-glotip-2025-04-14

                """, in: dir)
            #expect(try Tipdb.run(["ingest", "f.csv"], in: dir).status == 0)
            let back = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(back.stderr.contains("note: g.csv: vintage 1 of unodc-glotip: export of 2025-04-14 (source unodc-glotip-2025-04-14), loaded again; 1 figure revised (previous values in figure_revisions)\n"), "\(back.stderr)")
        }
    }

    @Test("warnings about a GLOTIP export's figures point at the txtVALUE cell, not column 1")
    func glotipPositions() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let total = Self.deu("Detected trafficking victims,Total,Total,Total,Total,2020,Counts,10")
            let female = Self.deu("Detected trafficking victims,Total,Total,Female,Total,2020,Counts,6")
            let male = Self.deu("Detected trafficking victims,Total,Total,Male,Total,2020,Counts,6")
            try Self.write("g.csv", GLOTIPFiles.top() + total + female + male, in: dir)
            let result = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            // At the female row's txtVALUE, the first part the warning names (it was column 1).
            #expect(Self.valueColumn(female) == 101)
            #expect(result.stderr.hasPrefix("warning: g.csv:5:101: parts-above-total: unodc-glotip:detected-trafficking-victims:DEU:2020:female (6) + "), "\(result.stderr)")
        }
    }

    @Test("Our World in Data row warnings point at the value's cell")
    func owidPositions() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try Self.write("sex.csv", """
                Entity,Code,Year,\(Self.title),Detected victims of human trafficking - Female,Detected victims of human trafficking - Male
                Italy,ITA,2019,10,6,6

                """, in: dir)
            let result = try Tipdb.run(["ingest", "sex.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            // Column 19 is the female cell, the first part the warning names (it was column 1).
            #expect(result.stderr.hasPrefix("warning: sex.csv:2:19: parts-above-total: owid-sex:detected-trafficking-victims:ITA:2019:female (6) + "), "\(result.stderr)")
        }
    }
}
