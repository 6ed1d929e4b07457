import Foundation
import Testing

/// m0033: `figure_changes` keeps what each batch did to a figure after `tipdb retract` withdrew
/// it (its insert and updates, read from figure_retractions), beside the retraction; a figure
/// loaded again with `--restore-retracted` is a new figure, listed once, under its own batch; and
/// every batch counts its rows about a retracted figure in `ingest_batches.rows_retracted`.
@Suite("figure_changes and rows_retracted across a retraction (built binary)")
struct RetractedChangesTests {
    typealias Changes = FigureChangesTests

    /// Every row of figure_changes, with the two columns that point to where the change is kept.
    static let everything = "SELECT batch_id, figure, change, field, old_value, new_value, revision, retraction FROM figure_changes ORDER BY batch_id, figure, change, field"

    /// What batches 2 (the first figures file) and 3 (its corrected copy) did, with `retraction`
    /// for fl-asia's rows once retracted (its revision then in figure_retractions, not figure_revisions).
    static func loads(asia retraction: String, asiaRevision: String) -> String {
        """
        2,fl-arab,inserted,,,,,
        2,fl-asia,inserted,,,,,\(retraction)
        2,fl-wld,inserted,,,,,
        3,fl-asia,updated,value,15100000.0,15200000.0,\(asiaRevision),\(retraction)
        3,fl-eur,inserted,,,,,
        3,fl-wld,updated,quote,27.6 million people were in forced labour,27.6 million people were in forced labour in 2021,1,

        """
    }

    static let header = "batch_id,figure,change,field,old_value,new_value,revision,retraction\n"

    @Test("ingest, update, retract, load again, restore, update: each batch keeps its rows, none listed twice")
    func wholeHistory() throws {
        try withTemporaryDirectory { dir in
            try Changes.makeDatabase(in: dir)
            let figures = dir.appendingPathComponent("figures.csv")
            try Data(Changes.second.utf8).write(to: figures)
            #expect(try Tipdb.run(["ingest", "--quiet", "figures.csv"], in: dir).status == 0)
            #expect(try sqlCSV([Self.everything], in: dir) == Self.header + Self.loads(asia: "", asiaRevision: "2"))

            let retract = try Tipdb.run(["retract", "fl-asia", "--reason", "counted in the regional total twice"], in: dir)
            #expect(retract.status == 0, "\(retract.stderr)")
            #expect(try sqlCSV([Self.everything], in: dir) == Self.header + Self.loads(asia: "1", asiaRevision: "") + "4,fl-asia,retracted,,,,,1\n")

            // The next load skips the key: nothing changed, one row counted as retracted.
            let again = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(again.stdout == "figures.csv: 4 read, 0 inserted, 0 updated, 3 unchanged, 0 rejected, 1 retracted (skipped) (batch 5)\n", "\(again.stdout)")
            #expect(try sqlCSV(["SELECT count(*) AS rows FROM figure_changes WHERE batch_id = 5"], in: dir) == "rows\n0\n")

            // Restored on purpose: a new figure inserted by batch 6, listed once, beside the old one's history.
            let restore = try Tipdb.run(["ingest", "--restore-retracted", "figures.csv"], in: dir)
            // fl-asia restored as 15.2 million beside its quote of 15.1 million: quote-contradicts-value.
            #expect(restore.stdout == "figures.csv: 4 read, 1 inserted, 0 updated, 3 unchanged, 0 rejected, 1 warning (batch 6)\n", "\(restore.stdout)")
            let restored = Self.header + Self.loads(asia: "1", asiaRevision: "") + "4,fl-asia,retracted,,,,,1\n6,fl-asia,inserted,,,,,\n"
            #expect(try sqlCSV([Self.everything], in: dir) == restored)

            // An update of the restored figure is its own; its revision takes the number the
            // retracted figure's revision had, which is why that one's row names none.
            try Data(Changes.second.replacingOccurrences(of: "15.2 million", with: "15.4 million").utf8).write(to: figures)
            #expect(try Tipdb.run(["ingest", "--quiet", "figures.csv"], in: dir).status == 0)
            #expect(try sqlCSV([Self.everything], in: dir) == restored + "7,fl-asia,updated,value,15200000.0,15400000.0,2,\n")

            #expect(try sqlCSV(["SELECT id, format, rows_read, rows_inserted, rows_updated, rows_unchanged, rows_rejected, rows_retracted FROM ingest_batches ORDER BY id"], in: dir) == """
                id,format,rows_read,rows_inserted,rows_updated,rows_unchanged,rows_rejected,rows_retracted
                1,csv,1,1,0,0,0,0
                2,csv,3,3,0,0,0,0
                3,csv,4,1,2,1,0,0
                4,retract,1,0,0,0,0,1
                5,csv,4,0,0,3,0,1
                6,csv,4,1,0,3,0,0
                7,csv,4,0,1,3,0,0

                """)
        }
    }
}
