import Foundation
import Testing

/// A row whose `cites` names a figure `tipdb retract` withdrew is told when and why it went, and
/// how to bring it back, with or without `--restore-retracted`: with it, the message was "unknown
/// figure", as if the key were mistyped. Restoring the cited figure in the same command loads both.
@Suite("ingest: cites naming a retracted figure (built binary)")
struct RetractedCitesTests {
    typealias Retract = RetractCommandTests

    static let sources = "key,kind,title,publisher,date\nilo-2022,report,Global Estimates of Modern Slavery,ILO,2022\n"
    static let figures = """
        key,measure,value,unit,place,period,source,method
        fl-wld,forced-labour,27.6 million,persons,WLD,2021,ilo-2022,estimated
        fl-arab,forced-labour,0.9 million,persons,ILO-ARAB-STATES,2021,ilo-2022,estimated

        """
    static let cites = """
        key,measure,value,unit,place,period,source,method,cites
        arab-repeat,forced-labour,0.9 million,persons,ILO-ARAB-STATES,2021,ilo-2022,reported,fl-arab

        """

    /// A database holding the figures, fl-arab retracted by batch 3; returns the day it was.
    static func makeDatabase(in dir: URL) throws -> String {
        try Retract.makeDatabase(in: dir, sources: sources, figures: figures)
        #expect(try Tipdb.run(["retract", "fl-arab", "--reason", "counted twice"], in: dir).status == 0)
        try Retract.write(cites, to: "cites.csv", in: dir)
        return try Retract.sql("SELECT substr(retracted_at, 1, 10) FROM figure_retractions WHERE figure = 'fl-arab'", in: dir)
    }

    @Test("with --restore-retracted, without the cited figure's row: when and why it went, and to give its row")
    func restoringOther() throws {
        try withTemporaryDirectory { dir in
            let day = try Self.makeDatabase(in: dir)
            let before = Retract.files(in: dir)
            let load = try Tipdb.run(["ingest", "--restore-retracted", "cites.csv"], in: dir)
            #expect(load.status == 1)
            #expect(load.stdout == "cites.csv: 1 read, 1 rejected; nothing written (the command was rejected)\n", "\(load.stdout)")
            #expect(load.stderr.hasPrefix("""
                cites.csv:2:86: cites: figure "fl-arab" was retracted on \(day) (batch 3: "counted twice"), and this command does not restore it \
                (--restore-retracted loads again only the rows it is given); expected a figure in the database or in this command: \
                give its row in this command too, or cite another figure

                """), "\(load.stderr)")
            #expect(Retract.files(in: dir) == before)
        }
    }

    @Test("without --restore-retracted: when and why it went, and how to restore it")
    func skipping() throws {
        try withTemporaryDirectory { dir in
            let day = try Self.makeDatabase(in: dir)
            let load = try Tipdb.run(["ingest", "cites.csv"], in: dir)
            #expect(load.status == 1)
            #expect(load.stderr.hasPrefix("""
                cites.csv:2:86: cites: figure "fl-arab" was retracted on \(day) (batch 3: "counted twice"), and loads skip it; \
                expected a figure in the database or in this command: cite another figure, or restore it by running the command \
                with --restore-retracted and its row

                """), "\(load.stderr)")
        }
    }

    @Test("with --restore-retracted and the cited figure's row in the same command, both load")
    func restoringBoth() throws {
        try withTemporaryDirectory { dir in
            _ = try Self.makeDatabase(in: dir)
            // The citing file first: cites are checked once every file is in.
            let load = try Tipdb.run(["ingest", "--restore-retracted", "cites.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout == """
                cites.csv: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected (batch 4)
                figures.csv: 2 read, 1 inserted, 0 updated, 1 unchanged, 0 rejected (batch 5)

                """, "\(load.stdout)")
            #expect(try Retract.sql("SELECT figure, status, primary_figure FROM figure_lineage WHERE figure = 'arab-repeat'", in: dir)
                == "arab-repeat,repeats,fl-arab")
        }
    }
}
