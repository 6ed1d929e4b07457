import Foundation
import Testing

/// Two colleagues' exports loaded in one command: every key they share got the same "duplicate
/// key" error, whether the rows were identical or gave the figure another value, and the one
/// real conflict among 79 errors looked like the rest (a merging review, session 52).
@Suite("rows repeated across a command's files: identical ones summed in a note, differing ones named with both values (built binary)")
struct RepeatedRowsAcrossFilesTests {
    static let sources = """
        key,title,publisher,date
        unodc-2024,Global Report on Trafficking in Persons 2024,UNODC,2024-12

        """

    static let ana = """
        key,measure,value,unit,place,period,sex,source,locator
        npl-2022,detected-trafficking-victims,410,persons,NPL,2022,total,unodc-2024,p. 3
        npl-2022-f,detected-trafficking-victims,300,persons,NPL,2022,female,unodc-2024,p. 3
        npl-2022-m,detected-trafficking-victims,110,persons,NPL,2022,male,unodc-2024,p. 3

        """

    static let ben = """
        key,measure,value,unit,place,period,sex,source,locator
        npl-2022,detected-trafficking-victims,410,persons,NPL,2022,total,unodc-2024,p. 3
        npl-2022-f,detected-trafficking-victims,280,persons,NPL,2022,female,unodc-2024,p. 4
        npl-2022-m,detected-trafficking-victims,110,persons,NPL,2022,male,unodc-2024,p. 3

        """

    /// Both databases' exports: CSL-JSON sources and README's figures export.
    static func exports(in dir: URL) throws {
        try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(Self.ana, "ana.csv", in: dir)
        try IngestPartWarningTests.write(Self.ben, "ben.csv", in: dir)
        for who in ["ana", "ben"] {
            #expect(try Tipdb.run(["init", "--db", "\(who).sqlite"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--db", "\(who).sqlite", "sources.csv", "\(who).csv"], in: dir).status == 0)
            let sources = try Tipdb.run(["report", "sources", "--db", "\(who).sqlite", "--format", "csl-json", "-o", "\(who)-sources.json"], in: dir)
            #expect(sources.status == 0, "\(sources.stderr)")
            let figures = try Tipdb.run(["sql", "--db", "\(who).sqlite", "--format", "csv", ExportToAnotherDatabaseTests.query], in: dir)
            try IngestPartWarningTests.write(figures.stdout, "\(who)-figures.csv", in: dir)
        }
        #expect(try Tipdb.run(["init", "--db", "team.sqlite"], in: dir).status == 0)
    }

    @Test("identical rows are one note per file; the row that differs is refused at its key with both values")
    func conflictNamed() throws {
        try withTemporaryDirectory { dir in
            try Self.exports(in: dir)
            let load = try Tipdb.run(
                ["ingest", "--db", "team.sqlite", "ana-sources.json", "ben-sources.json", "ana-figures.csv", "ben-figures.csv"], in: dir)
            #expect(load.status == 1, "\(load.stdout)\(load.stderr)")
            let errors = load.stderr.split(separator: "\n").filter { $0.contains(": error: ") || $0.hasPrefix("ben-") }
            #expect(errors == [
                """
                ben-figures.csv:3:1: key: duplicate figure key "npl-2022-f", already on line 3 of ana-figures.csv, with other cells: \
                value 280.0 here, 300.0 there; locator "p. 4" here, "p. 3" there; expected each key once in a command: keep the row that \
                is right and remove the other
                """,
            ], "\(load.stderr)")
            #expect(load.stderr.contains("""
                note: ben-sources.json: 1 row repeats a row of ana-sources.json cell for cell (key "unodc-2024", line 2 there): it \
                changes nothing, and is counted unchanged here
                """), "\(load.stderr)")
            #expect(load.stderr.contains("""
                note: ben-figures.csv: 2 rows repeat rows of ana-figures.csv cell for cell (the first: key "npl-2022", line 2 there): \
                they change nothing, and are counted unchanged here
                """), "\(load.stderr)")
            #expect(!load.stderr.contains("npl-2022\", already"), "\(load.stderr)")
        }
    }

    @Test("without the conflicting row, both exports load together: the repeats are counted unchanged, nothing refused")
    func identicalLoad() throws {
        try withTemporaryDirectory { dir in
            try Self.exports(in: dir)
            try FileManager.default.copyItem(at: dir.appendingPathComponent("ana-figures.csv"), to: dir.appendingPathComponent("ana-copy.csv"))
            let load = try Tipdb.run(["ingest", "--db", "team.sqlite", "ana-sources.json", "ana-figures.csv", "ana-copy.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("ana-copy.csv: 3 read, 0 inserted, 0 updated, 3 unchanged, 0 rejected"), "\(load.stdout)")
            #expect(load.stderr.contains("note: ana-copy.csv: 3 rows repeat rows of ana-figures.csv cell for cell"), "\(load.stderr)")
        }
    }

    /// `KeyMemory` keeps a digest of each row, and reads the first row again only to name what
    /// differs (`FirstRowReader`): from a JSON file, out of order, and from the file being read.
    @Test("a conflict names the first row's cells read again: from another format, out of order, and within one file")
    func firstRowsReadAgain() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                [
                  {"key": "a", "measure": "detected-trafficking-victims", "value": 410, "unit": "persons", "place": "NPL", "period": "2022", "source": "unodc-2024", "locator": "p. 3"},
                  {"key": "b", "measure": "detected-trafficking-victims", "value": 300, "unit": "persons", "place": "NPL", "period": "2021", "source": "unodc-2024", "locator": "p. 3"},
                  {"key": "c", "measure": "detected-trafficking-victims", "value": 110, "unit": "persons", "place": "NPL", "period": "2020", "source": "unodc-2024", "locator": "p. 3"}
                ]
                """, "ana.json", in: dir)
            // c and a differ (asked in the opposite order to the JSON file's); b repeats its row
            // with the columns in another order, other case and spaces; d is given twice here.
            try IngestPartWarningTests.write("""
                Locator,key,measure,value,unit,place,period,source
                p. 3,c,detected-trafficking-victims,111,persons,NPL,2020,unodc-2024
                p. 9,a,detected-trafficking-victims,410,persons,NPL,2022,unodc-2024
                " p. 3 ",b,detected-trafficking-victims,300,persons,NPL,2021,unodc-2024
                p. 5,d,detected-trafficking-victims,90,persons,NPL,2019,unodc-2024
                p. 5,d,detected-trafficking-victims,95,persons,NPL,2019,unodc-2024

                """, "ben.csv", in: dir)
            #expect(try Tipdb.run(["init", "--db", "team.sqlite"], in: dir).status == 0)
            let load = try Tipdb.run(["ingest", "--db", "team.sqlite", "sources.csv", "ana.json", "ben.csv"], in: dir)
            #expect(load.status == 1, "\(load.stdout)\(load.stderr)")
            let errors = load.stderr.split(separator: "\n").filter { $0.hasPrefix("ben.csv:") }
            #expect(errors == [
                """
                ben.csv:2:6: key: duplicate figure key "c", already on line 4 of ana.json, with other cells: value 111 here, 110 there; \
                expected each key once in a command: keep the row that is right and remove the other
                """,
                """
                ben.csv:3:6: key: duplicate figure key "a", already on line 2 of ana.json, with other cells: locator "p. 9" here, \
                "p. 3" there; expected each key once in a command: keep the row that is right and remove the other
                """,
                """
                ben.csv:6:6: key: duplicate figure key "d", already on line 5 of this file, with other cells: value 95 here, 90 there; \
                expected each key once in a command: keep the row that is right and remove the other
                """,
            ], "\(load.stderr)")
            #expect(load.stderr.contains("note: ben.csv: 1 row repeats a row of ana.json cell for cell (key \"b\", line 3 there)"), "\(load.stderr)")
        }
    }
}
