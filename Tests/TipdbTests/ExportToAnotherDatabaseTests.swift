import Foundation
import Testing

/// The README's figures export ("Export and load back") loaded into a second database: it gave
/// that database no tags and no `x_` columns, and the load still said "inserted, 0 rejected"; an
/// `extra` column was refused, telling the user to leave it out (a merging review, session 52).
@Suite("the documented figures export carries tags and x_ columns into another database (built binary)")
struct ExportToAnotherDatabaseTests {
    /// README's query, word for word.
    static let query = """
        SELECT key, measure, value, censored, low, high, ci_level, unit, place,
          period_start, period_end, period_basis, sex, age_group, form, source, study, locator, quote, cites,
          method, notes, value_last_digit, low_last_digit, high_last_digit,
          (SELECT group_concat(tag, ';') FROM figure_tags WHERE figure = key) AS tags, extra,
          (SELECT group_concat(dimension || ': ' || category, '; ') FROM figure_breakdowns WHERE figure = key) AS breakdown
          FROM figures
        """

    /// Figures of a Fixtures source with x_ columns of every kind a CSV and a JSON file give.
    static let ownColumns = """
        key,measure,value,unit,place,period,source,locator,method,tags,x_entered_by,x_checked_on
        ind-2019,detected-trafficking-victims,2260,persons,IND,2019,unodc-2023-glotip-2022,Table 14.1,detected,india;ncrb,ben,2026-11-30
        ind-2020,detected-trafficking-victims,1714,persons,IND,2020,unodc-2023-glotip-2022,Table 14.1,detected,india,ben,

        """

    static let jsonColumns = """
        [{"key": "npl-2021", "measure": "detected-trafficking-victims", "value": 120, "unit": "persons", "place": "NPL",
          "period": "2021", "source": "unodc-2023-glotip-2022", "method": "detected", "x_pages": [3, 4], "x_n": 1.50, "x_ok": true}]
        """

    /// Tags and x_ columns of every figure, one line each.
    static func tagsAndExtras(_ db: String, in dir: URL) throws -> String {
        let rows = try Tipdb.run(["sql", "--db", db, "--format", "csv", """
            SELECT key, extra, (SELECT group_concat(tag, ';') FROM figure_tags WHERE figure = key) AS tags FROM figures ORDER BY key
            """], in: dir)
        #expect(rows.status == 0, "\(rows.stderr)")
        return rows.stdout
    }

    @Test("the Fixtures and a colleague's x_ columns, exported as README says (CSV, JSON, NDJSON), load into a fresh database unchanged",
          arguments: ["csv", "json", "ndjson"])
    func fixturesRoundTrip(format: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try IngestPartWarningTests.write(Self.ownColumns, "ben.csv", in: dir)
            try IngestPartWarningTests.write(Self.jsonColumns, "ben.json", in: dir)
            let own = try Tipdb.run(["ingest", "ben.csv", "ben.json"], in: dir)
            #expect(own.status == 0, "\(own.stderr)")
            let before = try Self.tagsAndExtras("tipdb.sqlite", in: dir)
            #expect(before.contains("ind-2019,\"{\"\"x_checked_on\"\":\"\"2026-11-30\"\",\"\"x_entered_by\"\":\"\"ben\"\"}\",india;ncrb"), "\(before)")
            #expect(before.contains("npl-2021,\"{\"\"x_n\"\":1.50,\"\"x_ok\"\":true,\"\"x_pages\"\":[3,4]}\","), "\(before)")

            let file = "figures-export.\(format)"
            let export = try Tipdb.run(["sql", "--format", format, Self.query], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            try IngestPartWarningTests.write(export.stdout, file, in: dir)
            let sources = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "sources.json"], in: dir)
            #expect(sources.status == 0, "\(sources.stderr)")
            let studies = try Tipdb.run(["report", "studies", "--format", "csv", "-o", "studies.csv"], in: dir)
            #expect(studies.status == 0, "\(studies.stderr)")

            #expect(try Tipdb.run(["init", "--db", "team.sqlite"], in: dir).status == 0)
            let load = try Tipdb.run(["ingest", "--db", "team.sqlite", "sources.json", "studies.csv", file], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(!load.stderr.contains("unknown column"), "\(load.stderr)")
            let after = try Self.tagsAndExtras("team.sqlite", in: dir)
            #expect(after == before)
            // Every tag travels: the Fixtures' and this file's 3.
            let count = ["sql", "--format", "csv", "SELECT count(*) AS n FROM figure_tags"]
            let tags = try Tipdb.run(count + ["--db", "team.sqlite"], in: dir).stdout
            #expect(tags == (try Tipdb.run(count + ["--db", "tipdb.sqlite"], in: dir).stdout) && tags != "n\n3\n", "\(tags)")

            // Loaded again, the export changes nothing.
            let again = try Tipdb.run(["ingest", "--db", "team.sqlite", file], in: dir)
            #expect(again.stdout.contains("0 inserted, 0 updated, "), "\(again.stdout)\(again.stderr)")
        }
    }

    @Test("an extra cell that is no object of x_ columns, or repeats an x_ column of the row, is refused at the cell")
    func refusedCells() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,x_note,extra
                a1,detected-trafficking-victims,10,persons,IND,2019,unodc-2023-glotip-2022,hi,"{""x_note"":""there""}"
                a2,detected-trafficking-victims,11,persons,IND,2019,unodc-2023-glotip-2022,,"{""note"":""there""}"
                a3,detected-trafficking-victims,12,persons,IND,2019,unodc-2023-glotip-2022,,not json

                """, "bad.csv", in: dir)
            let load = try Tipdb.run(["ingest", "bad.csv"], in: dir)
            #expect(load.status == 1, "\(load.stdout)\(load.stderr)")
            #expect(load.stderr.contains(
                "bad.csv:2:79: extra: x_note is given both here and as a column of its own; expected it once: leave it out of one"),
                "\(load.stderr)")
            #expect(load.stderr.contains(
                "bad.csv:3:77: extra: member \"note\" is not an x_ column; expected names starting with x_, as tipdb sql exports figures.extra"),
                "\(load.stderr)")
            #expect(load.stderr.contains(
                "bad.csv:4:77: extra: expected the JSON object of x_ columns that tipdb sql exports from figures.extra"), "\(load.stderr)")
        }
    }
}
