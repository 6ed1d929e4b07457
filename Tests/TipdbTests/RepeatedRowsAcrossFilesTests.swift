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
}
