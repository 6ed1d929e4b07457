import Foundation
import Storage
import Testing

/// `figure_changes` (m0023): what each batch did to figures, one row per inserted or retracted
/// figure and one per field an update changed, with the old and the new value, so that "what
/// did my last ingest change?" is one query (review W13).
@Suite("figure_changes: what an ingest changed (built binary)")
struct FigureChangesTests {
    static let sources = """
        key,kind,title,publisher,date
        ilo-2022,report,Global Estimates of Modern Slavery,ILO,2022

        """

    static let first = """
        key,measure,value,unit,place,period,source,method,quote,tags
        fl-wld,forced-labour,27.6 million,persons,WLD,2021,ilo-2022,estimated,27.6 million people were in forced labour,global
        fl-asia,forced-labour,15.1 million,persons,ILO-ASIA-PACIFIC,2021,ilo-2022,estimated,15.1 million in Asia and the Pacific,
        fl-arab,forced-labour,0.9 million,persons,ILO-ARAB-STATES,2021,ilo-2022,estimated,,

        """

    /// The same file corrected: one value, one quote, one row added; the value of fl-wld written
    /// another way (the same number), which is no change.
    static let second = """
        key,measure,value,unit,place,period,source,method,quote,tags
        fl-wld,forced-labour,"27,600,000",persons,WLD,2021,ilo-2022,estimated,27.6 million people were in forced labour in 2021,global
        fl-asia,forced-labour,15.2 million,persons,ILO-ASIA-PACIFIC,2021,ilo-2022,estimated,15.1 million in Asia and the Pacific,
        fl-arab,forced-labour,0.9 million,persons,ILO-ARAB-STATES,2021,ilo-2022,estimated,,
        fl-eur,forced-labour,4.1 million,persons,ILO-EUROPE-CENTRAL-ASIA,2021,ilo-2022,estimated,,

        """

    /// The README's question, as it asks it.
    static let lastIngest = "SELECT figure, change, field, old_value, new_value FROM figure_changes WHERE batch_id = (SELECT max(id) FROM ingest_batches) ORDER BY figure, field"

    /// A new tipdb.sqlite in `dir` holding `sources` and `first` (batches 1 and 2).
    static func makeDatabase(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(first.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("a changed copy: one row per changed field with its old and new value, one per figure added, none for what stayed")
    func changedCopy() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            try Data(Self.second.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            // fl-asia's new 15.2 million beside its quote's 15.1 million: quote-contradicts-value.
            #expect(load.stdout == "figures.csv: 4 read, 1 inserted, 2 updated, 1 unchanged, 0 rejected, 1 warning (batch 3)\n", "\(load.stdout)\(load.stderr)")
            #expect(load.stderr.contains("quote-contradicts-value: fl-asia"), "\(load.stderr)")
            let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
            #expect(readme.contains(Self.lastIngest), "the README asks another query")
            #expect(try sqlCSV([Self.lastIngest], in: dir) == """
                figure,change,field,old_value,new_value
                fl-asia,updated,value,15100000.0,15200000.0
                fl-eur,inserted,,,
                fl-wld,updated,quote,27.6 million people were in forced labour,27.6 million people were in forced labour in 2021

                """)
            // The first load's inserts keep their batch after the figures were updated.
            #expect(try sqlCSV(["SELECT batch_id, figure, change FROM figure_changes WHERE batch_id < 3 ORDER BY batch_id, figure"], in: dir) == """
                batch_id,figure,change
                2,fl-arab,inserted
                2,fl-asia,inserted
                2,fl-wld,inserted

                """)
            // The row points to the revision that keeps the whole figure as it was.
            #expect(try sqlCSV(["SELECT r.previous ->> '$.value' AS before FROM figure_changes c JOIN figure_revisions r ON r.id = c.revision WHERE c.figure = 'fl-asia'"], in: dir)
                == "before\n15100000\n")
        }
    }

    @Test("changes over two updates compare each with the next; a revision that changed nothing visible gives no row; a retraction gives one")
    func revisionsAndRetraction() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            // A revision of fl-arab holding exactly what it still holds, as another program might leave one.
            let db = try DatabaseFile.open(dir.appendingPathComponent("tipdb.sqlite").path, for: .write)
            try db.execute("""
                INSERT INTO figure_revisions (figure, batch_id, revised_at, previous) VALUES ('fl-arab', 2, '2026-12-01T00:00:00Z',
                '{"age_group":"total","censored":false,"key":"fl-arab","measure":"forced-labour","method":"estimated","period_end":"2021","period_start":"2021","place":"ILO-ARAB-STATES","sex":"total","source":"ilo-2022","tags":[],"unit":"persons","value":900000,"batch_id":2}')
                """)
            db.close()
            #expect(try sqlCSV(["SELECT count(*) AS rows FROM figure_changes WHERE figure = 'fl-arab' AND change = 'updated'"], in: dir) == "rows\n0\n")

            for (value, tags) in [("15.2 million", "asia"), ("15.3 million", "asia")] {
                let copy = Self.first.replacingOccurrences(of: "15.1 million,persons", with: "\(value),persons")
                    .replacingOccurrences(of: "Pacific,\n", with: "Pacific,\(tags)\n")
                try Data(copy.utf8).write(to: dir.appendingPathComponent("figures.csv"))
                #expect(try Tipdb.run(["ingest", "--quiet", "figures.csv"], in: dir).status == 0)
            }
            #expect(try sqlCSV(["SELECT batch_id, change, field, old_value, new_value FROM figure_changes WHERE figure = 'fl-asia' ORDER BY batch_id, field"], in: dir) == """
                batch_id,change,field,old_value,new_value
                2,inserted,,,
                3,updated,tags,[],"[""asia""]"
                3,updated,value,15100000.0,15200000.0
                4,updated,value,15200000.0,15300000.0

                """)

            let retract = try Tipdb.run(["retract", "fl-arab", "--reason", "counted twice"], in: dir)
            #expect(retract.status == 0, "\(retract.stderr)")
            #expect(try sqlCSV([Self.lastIngest], in: dir) == "figure,change,field,old_value,new_value\nfl-arab,retracted,,,\n")
        }
    }
}
