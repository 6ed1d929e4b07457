import Foundation
import Testing

/// The bulk-file defects of the session-17 review, end to end through the binary: what each
/// command prints, its exit code, and that a refused command leaves the database as it was.
@Suite("CLI: bulk exports that must not retire, overwrite or misplace figures")
struct DatasetReviewCommandTests {
    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    private func sql(_ query: String, in dir: URL) throws -> String {
        try Tipdb.run(["sql", query, "--format", "csv"], in: dir).stdout
    }

    private func database(in dir: URL) throws -> Data {
        try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
    }

    /// A GLOTIP row for the USA: `rest` is `Indicator,Dimension,Category,Sex,Age,Year,Unit,txtVALUE`.
    private static func usa(_ rest: String) -> String {
        "USA,United States of America,Americas,Northern America,\(rest),GLOTIP\n"
    }

    /// An export dated `date` with three figures for the USA in 2019.
    private static func full(date: String) -> String {
        GLOTIPFiles.top(date: date)
            + usa("Detected trafficking victims,Total,Total,Total,Total,2019,Counts,100")
            + usa("Persons prosecuted,Total,Total,Total,Total,2019,Counts,20")
            + usa("Persons convicted,Total,Total,Total,Total,2019,Counts,10")
    }

    @Test("an export with no data rows is refused at its header line, and the loaded vintage stays the latest")
    func emptyExport() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(Self.full(date: "14/04/2025"), to: "v1.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "v1.csv"], in: dir).status == 0)
            let before = try database(in: dir)

            try write(GLOTIPFiles.top(date: "20/05/2026"), to: "empty.csv", in: dir)
            let result = try Tipdb.run(["ingest", "empty.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("empty.csv:3:1: the export holds no data rows: its header is its last line; expected at least one row below the header (a GLOTIP export without rows would become the latest vintage of unodc-glotip and mark every figure of it as not in the latest release): export it again\n"), "\(result.stderr)")
            #expect(result.stdout == "empty.csv: 0 read, 0 rejected; nothing written (the command was rejected)\n")
            #expect(try database(in: dir) == before)
            #expect(try sql("SELECT count(*) AS n FROM latest_estimates WHERE figure LIKE 'unodc-glotip:%'", in: dir) == "n\r\n3\r\n")
        }
    }

    @Test("a newer export whose every row is refused under --on-error skip makes no vintage: refused with the rows' errors, the database as before")
    func everyRowRefused() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(Self.full(date: "14/04/2025"), to: "v1.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "v1.csv"], in: dir).status == 0)
            let before = try database(in: dir)
            try write(GLOTIPFiles.top(date: "20/05/2026") + Self.usa("Detected trafficking victims,by form of exploitation,Sexual exploitaton,Total,Total,2019,Counts,7"),
                      to: "v2.csv", in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", "v2.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("v2.csv:3:1: no row of the export could be loaded (each was refused: see its error); expected at least one figure, since an export without any would become the latest vintage of unodc-glotip and mark every figure of it as not in the latest release: correct the rows and load it again\nv2.csv:4:109: Category: unknown form of exploitation"), "\(result.stderr)")
            #expect(try database(in: dir) == before)
            #expect(try sql("SELECT count(*) AS n FROM latest_estimates WHERE figure LIKE 'unodc-glotip:%'", in: dir) == "n\r\n3\r\n")
        }
    }

    @Test("an export that lacks most of the previous vintage loads with a warning naming how many figures it lacks; one that lacks fewer loads without")
    func partialExport() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(Self.full(date: "14/04/2025"), to: "v1.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "v1.csv"], in: dir).status == 0)

            // Two of three figures dropped: more than half.
            try write(GLOTIPFiles.top(date: "20/05/2026") + Self.usa("Persons prosecuted,Total,Total,Total,Total,2019,Counts,20"),
                      to: "one.csv", in: dir)
            let one = try Tipdb.run(["ingest", "one.csv"], in: dir)
            #expect(one.status == 0, "\(one.stderr)")
            #expect(one.stderr.contains("warning: one.csv:2:1: this export lacks 2 of the 3 figures of vintage 1 of unodc-glotip (export of 2025-04-14), which loading it marks as not in the latest release; expected a full export: one filtered to some countries or indicators, or cut short, is not a new release of the rest (once it is loaded, restore a backup, or load the full export, which moves them back)\n"), "\(one.stderr)")
            #expect(one.stdout.contains("one.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected, 1 warning"), "\(one.stdout)")

            // The full export again, then one that drops one of three: no warning.
            try write(Self.full(date: "01/06/2026"), to: "v3.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "v3.csv"], in: dir).status == 0)
            try write(GLOTIPFiles.top(date: "02/06/2026")
                        + Self.usa("Detected trafficking victims,Total,Total,Total,Total,2019,Counts,100")
                        + Self.usa("Persons prosecuted,Total,Total,Total,Total,2019,Counts,20"), to: "two.csv", in: dir)
            let two = try Tipdb.run(["ingest", "two.csv"], in: dir)
            #expect(two.status == 0, "\(two.stderr)")
            #expect(!two.stderr.contains("warning:"), "\(two.stderr)")
        }
    }

    /// A source and a figures file giving the key GLOTIP derives for the USA's 2019 detected victims.
    private func prepareClash(_ dir: URL) throws {
        _ = try Tipdb.run(["init"], in: dir)
        try write("key,kind,title,publisher\ns,report,Title,Pub\n", to: "s.csv", in: dir)
        #expect(try Tipdb.run(["ingest", "--quiet", "s.csv"], in: dir).status == 0)
        try write("key,measure,value,place,period,source\nunodc-glotip:detected-trafficking-victims:USA:2019,detected-trafficking-victims,99,USA,2019,s\n",
                  to: "mine.csv", in: dir)
        try write(Self.full(date: "14/04/2025"), to: "glotip.csv", in: dir)
    }

    @Test("a key a figures file gives and a GLOTIP export derives is refused on its second row, whichever file comes first")
    func keyGivenByFiguresFileAndExport() throws {
        try withTemporaryDirectory { dir in
            try prepareClash(dir)
            let before = try database(in: dir)
            let mineFirst = try Tipdb.run(["ingest", "mine.csv", "glotip.csv"], in: dir)
            #expect(mineFirst.status == 1)
            #expect(mineFirst.stderr.hasPrefix("glotip.csv:4:121: duplicate figure key \"unodc-glotip:detected-trafficking-victims:USA:2019\" (derived from this row), already on line 2 of mine.csv; expected each key once in a command: the later file would silently replace that figure\n"), "\(mineFirst.stderr)")
            #expect(try database(in: dir) == before)

            let exportFirst = try Tipdb.run(["ingest", "glotip.csv", "mine.csv"], in: dir)
            #expect(exportFirst.status == 1)
            #expect(exportFirst.stderr.hasPrefix("mine.csv:2:1: key: duplicate figure key \"unodc-glotip:detected-trafficking-victims:USA:2019\", already on line 4 of glotip.csv; expected each key once in a command\n"), "\(exportFirst.stderr)")
            #expect(try database(in: dir) == before)

            // Under skip, the first file's figure loads and the second row is kept aside.
            let skipped = try Tipdb.run(["ingest", "--on-error", "skip", "mine.csv", "glotip.csv"], in: dir)
            #expect(skipped.status == 1)
            #expect(try sql("SELECT value, source FROM figures WHERE key = 'unodc-glotip:detected-trafficking-victims:USA:2019'", in: dir) == "value,source\r\n99.0,s\r\n")
        }
    }

    @Test("a key a figures file gives and an Our World in Data file derives is refused on its second row")
    func keyGivenByFiguresFileAndOWID() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write("key,kind,title,publisher\ns,report,Title,Pub\n", to: "s.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "s.csv"], in: dir).status == 0)
            try write("Entity,Code,Year,Detected victims of human trafficking\nFrance,FRA,2019,3\n", to: "cens.csv", in: dir)
            try write("key,measure,value,place,period,source\nowid-cens:detected-trafficking-victims:FRA:2019,detected-trafficking-victims,7,FRA,2019,s\n",
                      to: "mine.csv", in: dir)
            let before = try database(in: dir)
            let result = try Tipdb.run(["ingest", "mine.csv", "cens.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("cens.csv:2:17: Detected victims of human trafficking: duplicate figure key \"owid-cens:detected-trafficking-victims:FRA:2019\" (derived from this row), already on line 2 of mine.csv; expected each key once in a command: the later file would silently replace that figure\n"), "\(result.stderr)")
            #expect(try database(in: dir) == before)
        }
    }

    @Test("two downloads of one Our World in Data chart in one command give each key twice: the second file's cells are refused")
    func sameChartTwice() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let metadata = """
                {"chart": {"title": "Detected victims", "originalChartUrl": "https://ourworldindata.org/grapher/dv"},
                 "columns": {"Detected victims of human trafficking": {"unit": "persons", "origins": [{"producer": "UNODC", "title": "SDG 16.2.2"}]}}}
                """
            for name in ["dv", "dv (1)"] {
                try write("Entity,Code,Year,Detected victims of human trafficking\nFrance,FRA,2019,3\n", to: "\(name).csv", in: dir)
                try write(metadata, to: "\(name).metadata.json", in: dir)
            }
            let before = try database(in: dir)
            let result = try Tipdb.run(["ingest", "dv.csv", "dv (1).csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("dv (1).csv:2:17: Detected victims of human trafficking: duplicate figure key \"owid-dv:detected-trafficking-victims:FRA:2019\" (derived from this row), already on line 2 of dv.csv; expected each key once in a command: the later file would silently replace that figure\n"), "\(result.stderr)")
            #expect(try database(in: dir) == before)
        }
    }

    @Test("two GLOTIP exports in one command are vintages, not duplicates, and load oldest first whatever the order given")
    func twoExportsInOneCommand() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(Self.full(date: "14/04/2025"), to: "old.csv", in: dir)
            try write(Self.full(date: "20/05/2026").replacingOccurrences(of: ",100,", with: ",101,"), to: "new.csv", in: dir)
            let result = try Tipdb.run(["ingest", "new.csv", "old.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "old.csv: 3 read, 3 inserted, 0 updated, 0 unchanged, 0 rejected (batch 1)\nnew.csv: 3 read, 0 inserted, 1 updated, 2 unchanged, 0 rejected (batch 2)\n", "\(result.stdout)")
            #expect(try sql("SELECT released FROM series_vintages ORDER BY id", in: dir) == "released\r\n2025-04-14\r\n2026-05-20\r\n")
            #expect(try sql("SELECT value FROM figures WHERE key = 'unodc-glotip:detected-trafficking-victims:USA:2019'", in: dir) == "value\r\n101.0\r\n")
        }
    }

    @Test("<5 in a column given in thousands is fewer than 5,000, as 3 there is 3,000")
    func censoredInThousands() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write("Entity,Code,Year,Detected victims of human trafficking (thousands)\nItaly,ITA,2019,<5\nFrance,FRA,2019,3\n", to: "cens.csv", in: dir)
            let result = try Tipdb.run(["ingest", "cens.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try sql("SELECT place, value, censored, low, high FROM figures ORDER BY place", in: dir)
                    == "place,value,censored,low,high\r\nFRA,3000.0,0,,\r\nITA,,1,1.0,4999.0\r\n")
        }
    }

    @Test("a Total under a dimension is that dimension's total, never the country's overall total, and clashes with nothing")
    func dimensionTotal() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(GLOTIPFiles.top()
                        + Self.usa("Detected trafficking victims,Total,Total,Total,Total,2018,Counts,40")
                        + Self.usa("Detected trafficking victims,by region of origin,Total,Total,Total,2018,Counts,12")
                        + Self.usa("Detected trafficking victims,by region of origin,East Asia,Total,Total,2018,Counts,5")
                        + Self.usa("Detected trafficking victims,by citizenship,Total,Total,Total,2018,Counts,38"), to: "g.csv", in: dir)
            let result = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("note: g.csv:5:105: 2 rows with category Total under a dimension (the first, line 5, under region-of-origin) are kept as that dimension's total (breakdown region-of-origin: Total), not as the country's overall total: the dimension is part of what it counts\n"), "\(result.stderr)")
            #expect(try sql("SELECT key, value FROM figures ORDER BY key", in: dir) == """
                key,value\r
                unodc-glotip:detected-trafficking-victims:USA:2018,40.0\r
                unodc-glotip:detected-trafficking-victims:USA:2018:citizenship-Total,38.0\r
                unodc-glotip:detected-trafficking-victims:USA:2018:region-of-origin-East-Asia,5.0\r
                unodc-glotip:detected-trafficking-victims:USA:2018:region-of-origin-Total,12.0\r

                """)
        }
    }

    @Test("an unknown form category is an error at its cell with the nearest form, never a new form code")
    func unknownForm() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(GLOTIPFiles.top() + Self.usa("Detected trafficking victims,by form of exploitation,Sexual exploitaton,Total,Total,2019,Counts,7"),
                      to: "g.csv", in: dir)
            let before = try database(in: dir)
            let result = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("g.csv:4:109: Category: unknown form of exploitation \"Sexual exploitaton\"; did you mean \"sexual-exploitation\"? Expected one form per figure, by code or label: "), "\(result.stderr)")
            #expect(result.stderr.contains("; a spelling of one of these forms can be added to form_aliases, and a form outside the list to forms (with the sqlite3 shell)\n"), "\(result.stderr)")
            #expect(try database(in: dir) == before)

            // Under skip, with a valid row beside it: the same text, stored as the row's reason,
            // without the "--on-error skip loads the other rows" it used to end with.
            try write(GLOTIPFiles.top() + Self.usa("Detected trafficking victims,by form of exploitation,Sexual exploitaton,Total,Total,2019,Counts,7")
                + Self.usa("Detected trafficking victims,Total,Total,Total,Total,2019,Counts,100"), to: "g.csv", in: dir)
            let skipped = try Tipdb.run(["ingest", "--on-error", "skip", "g.csv"], in: dir)
            #expect(skipped.status == 1)
            let message = try #require(skipped.stderr.split(separator: "\n").first.map(String.init))
            #expect(message.hasSuffix("; a spelling of one of these forms can be added to form_aliases, and a form outside the list to forms (with the sqlite3 shell)"), "\(skipped.stderr)")
            #expect(skipped.stderr.hasSuffix("tipdb: 1 problem found; the rows concerned were skipped and kept in ingest_rejects\n"), "\(skipped.stderr)")
            #expect(try sql("SELECT line, reason FROM ingest_rejects", in: dir) == "line,reason\r\n4,\"\(message.dropFirst("g.csv:4:109: ".count).replacingOccurrences(of: "\"", with: "\"\""))\"\r\n")
        }
    }

    @Test("a Country or an Entity that names another place than its code is an error naming both")
    func placeMismatch() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(GLOTIPFiles.top() + "FRA,Germany,Europe,Western Europe,Persons convicted,Total,Total,Total,Total,2019,Counts,10,GLOTIP\n",
                      to: "g.csv", in: dir)
            let glotip = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(glotip.status == 1)
            #expect(glotip.stderr.hasPrefix("g.csv:4:5: Country: \"Germany\" is DEU, but Iso3_code is FRA; expected both to name one country (correct whichever is wrong)\n"), "\(glotip.stderr)")

            try write("Entity,Code,Year,Detected victims of human trafficking\nFrance,DEU,2019,5\nGermany,,2019,6\n", to: "ent.csv", in: dir)
            let owid = try Tipdb.run(["ingest", "--on-error", "skip", "ent.csv"], in: dir)
            #expect(owid.status == 1)
            #expect(owid.stderr.hasPrefix("ent.csv:2:1: Entity: \"France\" is FRA, but Code is DEU; expected both to name one place (correct whichever is wrong)\n"), "\(owid.stderr)")
            #expect(try sql("SELECT place, value FROM figures", in: dir) == "place,value\r\nDEU,6.0\r\n")
        }
    }

    @Test("a CTDC file released before the latest version loaded is refused, and so is one with no rows")
    func caseReleaseOrder() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(CaseFiles.synthetic([(3, "2021", "MEX")]), to: "new.csv", in: dir)
            try write(CaseFiles.synthetic([(2, "2019", "MEX")]), to: "old.csv", in: dir)
            let first = try Tipdb.run(["ingest", "--format", "ctdc", "new.csv", "--dataset", "ctdc-s", "--released", "2024-03-01"], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            let before = try database(in: dir)

            let older = try Tipdb.run(["ingest", "--format", "ctdc", "old.csv", "--dataset", "ctdc-s", "--released", "2020-01-01"], in: dir)
            #expect(older.status == 1)
            #expect(older.stderr.hasPrefix("old.csv: --released 2020-01-01 is before the release of version 1 of dataset ctdc-s (2024-03-01) already loaded; expected releases loaded in order, so that the latest version, which tipdb derive counts, stays the newest: give the file's real release date with --released YYYY-MM-DD; to derive from both releases, load them as versions of one --dataset, oldest first, in a new database (tipdb init): under another --dataset name, tipdb derive refuses tables from the two datasets while they hold the same people (one's case rows all in the other's), since it audits the change between releases, which would let a reader count the people added, only between one dataset's versions\n"), "\(older.stderr)")
            #expect(try database(in: dir) == before)

            // A later release is the next version, as before.
            let later = try Tipdb.run(["ingest", "--format", "ctdc", "old.csv", "--dataset", "ctdc-s", "--released", "2025-01-01"], in: dir)
            #expect(later.status == 0, "\(later.stderr)")
            #expect(try sql("SELECT version, rows FROM datasets ORDER BY version", in: dir) == "version,rows\r\n1,3\r\n2,2\r\n")

            try write(CaseFiles.syntheticHeader + "\n", to: "header.csv", in: dir)
            let afterLater = try database(in: dir)
            let empty = try Tipdb.run(["ingest", "--format", "ctdc", "header.csv", "--dataset", "ctdc-s", "--released", "2026-01-01"], in: dir)
            #expect(empty.status == 1)
            #expect(empty.stderr.hasPrefix("header.csv:1:1: the file holds no case rows: its header is its last line; expected at least one row below the header (a file without rows would become version 3 of dataset ctdc-s, with nothing to derive)\n"), "\(empty.stderr)")
            #expect(try database(in: dir) == afterLater)
        }
    }
}
