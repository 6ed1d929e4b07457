import Foundation
import Testing

/// The dataset-ingest findings of the session-17 reviews (G2, F4, F3, F8, F11, O1, F2), end to
/// end through the binary: what each command prints, its exit code, and that a refused command
/// leaves the database as it was.
@Suite("CLI: bulk datasets in release order, closed columns checked, metadata and censored cells read right")
struct DatasetIngestFindingsCommandTests {
    private func write(_ text: String, to name: String, in dir: URL, modified: String? = nil) throws {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        if let modified {
            let date = try #require(ISO8601DateFormatter().date(from: modified + "T12:00:00Z"))
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.path)
        }
    }

    private func sql(_ query: String, in dir: URL) throws -> String {
        try Tipdb.run(["sql", query, "--format", "csv"], in: dir).stdout
    }

    private func database(in dir: URL) throws -> Data {
        try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
    }

    /// A GLOTIP row for the USA: `rest` is `Indicator,Dimension,Category,Sex,Age,Year,Unit,txtVALUE`.
    private static func usa(_ rest: String, source: String = "GLOTIP") -> String {
        "USA,United States of America,Americas,Northern America,\(rest),\(source)\n"
    }

    @Test("G2: two CTDC releases given newest first load oldest first, numbered by release; with --released they keep the order given")
    func caseFilesInReleaseOrder() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(CaseFiles.synthetic([(3, "2021", "MEX")]), to: "new.csv", in: dir, modified: "2024-01-01")
            try write(CaseFiles.synthetic([(2, "2019", "MEX")]), to: "old.csv", in: dir, modified: "2023-01-01")
            let result = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "d", "new.csv", "old.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == """
                old.csv: 2 read, 2 inserted, 0 updated, 0 unchanged, 0 rejected (batch 1)
                new.csv: 3 read, 3 inserted, 0 updated, 0 unchanged, 0 rejected (batch 2)

                """, "\(result.stdout)")
            #expect(!result.stderr.contains("already loaded"), "\(result.stderr)")
            #expect(try sql("SELECT d.version, d.file, s.published FROM datasets d JOIN sources s ON s.key = d.source ORDER BY d.version", in: dir)
                    == "version,file,published\r\n1,old.csv,2023-01-01\r\n2,new.csv,2024-01-01\r\n")

            // One --released dates every file of the command alike: the order given is kept.
            try write(CaseFiles.synthetic([(4, "2021", "MEX")]), to: "a.csv", in: dir, modified: "2025-01-01")
            try write(CaseFiles.synthetic([(5, "2021", "MEX")]), to: "b.csv", in: dir, modified: "2024-06-01")
            let given = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "e", "--released", "2025-03-01", "a.csv", "b.csv"], in: dir)
            #expect(given.status == 0, "\(given.stderr)")
            #expect(try sql("SELECT version, file FROM datasets WHERE name = 'e' ORDER BY version", in: dir) == "version,file\r\n1,a.csv\r\n2,b.csv\r\n")
        }
    }

    @Test("F4: a GLOTIP export without its date line (or without the publisher's line) is recognised and dated as a copy without a date")
    func glotipWithoutDateLine() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let row = Self.usa("Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41")
            try write("UNODC,contact@example.org,,,,,,,,,,,\n\(GLOTIPFiles.header)\n" + row, to: "nodate.csv", in: dir, modified: "2025-05-02")
            let result = try Tipdb.run(["ingest", "nodate.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "nodate.csv: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected (batch 1)\n")
            #expect(result.stderr.contains("note: nodate.csv: format glotip from the GLOTIP header on line 2, after a one-line preamble\n"), "\(result.stderr)")
            #expect(result.stderr.contains("note: nodate.csv: no export date in a preamble line; the file's modification date 2025-05-02 is used as the vintage date (give the export date with --released YYYY-MM-DD)\n"), "\(result.stderr)")
            #expect(!result.stderr.contains("--kind"), "\(result.stderr)")

            // Without the publisher's line, the date line still dates the export.
            try write("20/05/2026,,,,,,,,,,,,\n\(GLOTIPFiles.header)\n" + row, to: "dateonly.csv", in: dir)
            let dated = try Tipdb.run(["ingest", "dateonly.csv"], in: dir)
            #expect(dated.status == 0, "\(dated.stderr)")
            #expect(dated.stderr.contains("note: dateonly.csv: format glotip from the GLOTIP header on line 2, after a one-line preamble\n"), "\(dated.stderr)")
            #expect(try sql("SELECT id, released FROM series_vintages ORDER BY id", in: dir)
                    == "id,released\r\n1,2025-05-02\r\n2,2026-05-20\r\n")
        }
    }

    @Test("F3: a CTDC Datasource other than Case Management or Hotline is refused at its cell; spellings of the two are read")
    func caseDataSource() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let before = try database(in: dir)
            let rows = ["Case Management", "Police", "hotline", "CaseManagement"].map {
                CaseFiles.globalRow(["yearOfRegistration": "2020", "Datasource": $0, "gender": "Female", "citizenship": "UA"])
            }
            try write(CaseFiles.globalHeader + "\n" + rows.joined(separator: "\n") + "\n", to: "c.csv", in: dir)
            let refused = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "c", "--released", "2024-03-01", "c.csv"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("c.csv:3:6: Datasource: \"Police\" is not a valid value; expected Case Management or Hotline (or -99 for missing)\n"), "\(refused.stderr)")
            #expect(try database(in: dir) == before)

            let skipped = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "c", "--released", "2024-03-01", "--on-error", "skip", "c.csv"], in: dir)
            #expect(skipped.status == 1)
            #expect(skipped.stdout == "c.csv: 4 read, 3 inserted, 0 updated, 0 unchanged, 1 rejected (batch 1)\n", "\(skipped.stdout)")
            #expect(try sql("SELECT line, data_source FROM cases ORDER BY line", in: dir)
                    == "line,data_source\r\n2,case-management\r\n4,hotline\r\n5,case-management\r\n")
        }
    }

    @Test("F8: a GLOTIP row whose Source is not GLOTIP is refused at its Source cell, not credited to the UNODC export")
    func glotipSource() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let before = try database(in: dir)
            try write(GLOTIPFiles.top()
                      + Self.usa("Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41")
                      + Self.usa("Persons convicted,Total,Total,Total,Total,2019,Counts,10", source: "National police")
                      + Self.usa("Persons prosecuted,Total,Total,Total,Total,2019,Counts,20", source: ""),
                      to: "g.csv", in: dir)
            let result = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("g.csv:5:113: Source: \"National police\" is not GLOTIP; expected GLOTIP, as every row of UNODC's GLOTIP export says (a figure from another source belongs in a figures file that cites that source)\n"), "\(result.stderr)")
            #expect(try database(in: dir) == before)

            // Under --on-error skip the other rows load; an empty Source (a cleared cell) is no other origin.
            let skipped = try Tipdb.run(["ingest", "--on-error", "skip", "g.csv"], in: dir)
            #expect(skipped.status == 1)
            #expect(try sql("SELECT measure FROM figures ORDER BY measure", in: dir)
                    == "measure\r\ndetected-trafficking-victims\r\npersons-prosecuted\r\n")
        }
    }

    @Test("F11: Our World in Data metadata that describes none of the CSV's columns is refused at its columns; one that misses some gets a note")
    func owidMetadataOfAnotherChart() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let before = try database(in: dir)
            try write("Entity,Code,Year,Detected victims of human trafficking\nItaly,ITA,2019,5\n", to: "dv.csv", in: dir)
            try write("""
                {"chart": {"title": "Other chart", "originalChartUrl": "https://ourworldindata.org/grapher/other"},
                 "columns": {"Some unrelated indicator (thousands)": {"unit": "thousand persons", "origins": [{"producer": "Walk Free"}]}}}
                """, to: "dv.metadata.json", in: dir)
            let result = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("dv.metadata.json:2:13: metadata of dv.csv: it describes the column \"Some unrelated indicator (thousands)\", which is not an indicator column of the CSV (\"Detected victims of human trafficking\"); expected the metadata downloaded with this CSV: pass --metadata with that file or download it again, or move this one away to load the CSV without metadata (read, its chart and producer would be taken for this CSV's)\n"), "\(result.stderr)")
            #expect(result.stdout == "dv.csv: 0 read, 0 rejected; nothing written (the command was rejected)\n", "\(result.stdout)")
            #expect(try database(in: dir) == before)

            // Metadata that describes one of two columns is the chart's: the other gets a note.
            try write("Entity,Code,Year,Detected victims of human trafficking,Detected victims of human trafficking - Female\nItaly,ITA,2019,5,3\n",
                      to: "dv.csv", in: dir)
            try write("""
                {"chart": {"originalChartUrl": "https://ourworldindata.org/grapher/dv"},
                 "columns": {"Detected victims of human trafficking": {"origins": [{"producer": "UNODC"}]}}}
                """, to: "dv.metadata.json", in: dir)
            let partial = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(partial.status == 0, "\(partial.stderr)")
            #expect(partial.stderr.contains("note: dv.csv: the metadata describes no column named \"Detected victims of human trafficking - Female\": it is read from its title alone (measure, unit, scaling)\n"), "\(partial.stderr)")
        }
    }

    @Test("O1: <0.5 in a column in thousands is fewer than 500 persons; a fractional <k in persons, or one below 2 persons once scaled, is refused")
    func owidFractionalCensoredThousands() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write("""
                Entity,Code,Year,Detected victims of human trafficking (thousands)
                Italy,ITA,2019,<5
                Spain,ESP,2019,<0.5
                Germany,DEU,2019,<1.5
                France,FRA,2019,<0.0015

                """, to: "th.csv", in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", "th.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("th.csv:5:17: Detected victims of human trafficking (thousands): \"<0.0015\" in thousands is fewer than 1.5 persons, not a censored count; expected \"<k\" where k thousand is a whole number of persons of at least 2, such as \"<5\" or \"<0.5\"\n"), "\(result.stderr)")
            #expect(try sql("SELECT place, value, censored, low, high FROM figures ORDER BY place", in: dir)
                    == "place,value,censored,low,high\r\nDEU,,1,1.0,1499.0\r\nESP,,1,1.0,499.0\r\nITA,,1,1.0,4999.0\r\n")

            try write("Entity,Code,Year,Detected victims of human trafficking\nSpain,ESP,2019,<0.5\n", to: "persons.csv", in: dir)
            let persons = try Tipdb.run(["ingest", "persons.csv"], in: dir)
            #expect(persons.status == 1)
            #expect(persons.stderr.hasPrefix("persons.csv:2:16: Detected victims of human trafficking: \"<0.5\" is not a censored count; expected \"<k\" with a whole number k of at least 2, such as \"<5\"; censoring (<k) is for counts; for a share or rate published as <0.5, leave value empty, put 0 in low and 0.5 in high, and say '<0.5' in notes\n"), "\(persons.stderr)")
        }
    }

    @Test("F2: a GLOTIP row with a field too many points at the extra field, one with a field too few at the end of the line, with the plain reader's hints")
    func glotipRowLength() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let long = "USA,United States of America,Americas,Northern America,Persons convicted,Total,Total,Total,Total,2019,Counts,10,GLOTIP,extra\n"
            let short = "USA,United States of America,Americas,Northern America,Persons prosecuted,Total,Total,Total,Total,2019,Counts,20\n"
            let valid = Self.usa("Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41")
            try write(GLOTIPFiles.top() + valid + long + short, to: "g.csv", in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", "g.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("""
                g.csv:5:120: row has 14 fields; expected 13 as in the header on line 3 (quote fields that contain the delimiter)
                g.csv:6:113: row has 12 fields; expected 13 as in the header on line 3 (missing: Source)

                """), "\(result.stderr)")
        }
    }
}
