import Foundation
import Storage
import Testing

/// `tipdb check` finds, in rows written with other tools (the `sqlite3` shell, a script), what
/// ingest would have refused, so a brief is not built on them unseen.
@Suite("tipdb check (built binary)")
struct CheckCommandTests {
    private struct Report: Decodable {
        var findings: [Finding]
    }

    /// Adds figures to the Fixtures database as a script would, bypassing ingest: each tuple is
    /// key, measure, value, censored, high, unit, period.
    private func addFigures(_ rows: [(String, String, Double?, Int, Double?, String, String)], to path: String) throws {
        let db = try Database(path: path, mode: .readWrite)
        defer { db.close() }
        for (key, measure, value, censored, high, unit, period) in rows {
            try db.execute("""
                INSERT INTO figures (key, measure, value, censored, high, unit, place, period_start, period_end, source,
                                     batch_id, created_at, updated_at)
                SELECT ?, ?, ?, ?, ?, ?, 'WLD', ?, ?, source, batch_id, created_at, updated_at FROM figures LIMIT 1
                """, [key, measure, value, Int64(censored), high, unit, period, period])
        }
    }

    private func findings(in dir: URL) throws -> (status: Int32, findings: [String: [String]]) {
        let result = try Tipdb.run(["check", "--format", "json"], in: dir)
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        return (result.status, Dictionary(report.findings.map { ($0.check, $0.rows) }, uniquingKeysWith: +))
    }

    @Test("a subgroup larger than a total of its group is listed once, against the smallest total")
    func subgroupAboveTotal() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            for (key, value, sex) in [("t-100", 100.0, "total"), ("t-80", 80.0, "total"), ("s-150", 150.0, "female"), ("s-50", 50.0, "male")] {
                try db.execute("""
                    INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, sex, source, batch_id, created_at, updated_at)
                    SELECT ?, 'forced-labour', ?, 'persons', 'FRA', '2016', '2016', ?, source, batch_id, created_at, updated_at FROM figures LIMIT 1
                    """, [key, value, sex])
            }
            db.close()
            let (status, found) = try findings(in: dir)
            #expect(status == 0)
            #expect(found["subgroup-above-total"] == ["s-150 (150) > t-80 (80)"])
        }
    }

    @Test("a subgroup is judged against every total it is part of: a nested subgroup, a breakdown, a censored total shown as <5")
    func nestedSubgroupsAndBreakdowns() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            // 2016: all 10, children 6, girls 7 (above the children, not above all), nationals 12.
            // 2017: all <5, women 7. Before, only the women of 2017 were named, with the total as (4).
            let rows: [(String, Double?, Int64, Double?, String, String, String)] = [
                ("a-all16", 10, 0, nil, "total", "total", "2016"), ("b-children16", 6, 0, nil, "total", "children", "2016"),
                ("c-girls16", 7, 0, nil, "female", "children", "2016"), ("d-nationals16", 12, 0, nil, "total", "total", "2016"),
                ("e-all17", nil, 1, 4, "total", "total", "2017"), ("f-women17", 7, 0, nil, "female", "total", "2017"),
            ]
            for (key, value, censored, high, sex, age, period) in rows {
                try db.execute("""
                    INSERT INTO figures (key, measure, value, censored, low, high, unit, place, period_start, period_end, sex, age_group,
                                         source, batch_id, created_at, updated_at)
                    SELECT ?, 'detected-trafficking-victims', ?, ?, ?, ?, 'persons', 'FRA', ?, ?, ?, ?, source, batch_id, created_at, updated_at
                    FROM figures LIMIT 1
                    """, [key, value, censored, censored == 1 ? 1.0 : nil, high, period, period, sex, age])
            }
            try db.execute("INSERT INTO figure_breakdowns (figure, dimension, category) VALUES ('d-nationals16', 'citizenship', 'Nationals')")
            db.close()
            let (status, found) = try findings(in: dir)
            #expect(status == 0)
            #expect(found["subgroup-above-total"] == [
                "c-girls16 (7) > b-children16 (6)", "d-nationals16 (12) > a-all16 (10)", "f-women17 (7) > e-all17 (<5)",
            ])
        }
    }

    @Test("figures of several groups written in any order are each judged against their own group's total, listed by subgroup key")
    func subgroupsOfInterleavedGroups() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            // Rows of three groups interleaved, so that only reading them ordered by group pairs
            // each subgroup with its own total: DEU's 90 is above FRA 2016's total but not DEU's.
            let rows: [(String, Double, String, String, String)] = [
                ("b-fra16-f", 150, "female", "FRA", "2016"), ("z-deu16-t", 200, "total", "DEU", "2016"),
                ("c-fra17-t", 10, "total", "FRA", "2017"), ("a-fra16-t", 80, "total", "FRA", "2016"),
                ("d-deu16-m", 90, "male", "DEU", "2016"), ("B-fra17-m", 11, "male", "FRA", "2017"),
                ("e-fra17-f", 9, "female", "FRA", "2017"),
            ]
            for (key, value, sex, place, period) in rows {
                try db.execute("""
                    INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, sex, source, batch_id, created_at, updated_at)
                    SELECT ?, 'forced-labour', ?, 'persons', ?, ?, ?, ?, source, batch_id, created_at, updated_at FROM figures LIMIT 1
                    """, [key, value, place, period, period, sex])
            }
            db.close()
            let (status, found) = try findings(in: dir)
            #expect(status == 0)
            // Byte order of the subgroup keys: upper case first.
            #expect(found["subgroup-above-total"] == ["B-fra17-m (11) > c-fra17-t (10)", "b-fra16-f (150) > a-fra16-t (80)"])
        }
    }

    @Test("a search trigger dropped, an index dropped or a view replaced by another program is an error; a trigger an analyst adds is a warning")
    func schemaDamage() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try findings(in: dir).findings["schema"] == nil)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("DROP TRIGGER figures_fts_insert")
            try db.execute("DROP INDEX figures_by_place")
            try db.execute("DROP VIEW latest_estimates")
            try db.execute("CREATE VIEW latest_estimates AS SELECT * FROM figures")
            try db.execute("CREATE TRIGGER stamp AFTER INSERT ON figures BEGIN SELECT 1; END")
            try db.execute("CREATE VIEW my_view AS SELECT key FROM figures")
            db.close()
            let (status, found) = try findings(in: dir)
            #expect(status == 1)
            #expect(found["schema"] == ["index figures_by_place: missing", "trigger figures_fts_insert: missing", "view latest_estimates: changed"])
            #expect(found["schema-triggers"] == ["stamp"])
        }
    }

    @Test("a search index that no longer matches its rows is an error naming it and the statement that rebuilds it; rebuilt, it passes")
    func searchIndexDamage() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let path = dir.appendingPathComponent("tipdb.sqlite").path
            let db = try Database(path: path, mode: .readWrite)
            // What another program can do: write with a search trigger dropped, then put it back.
            func withoutTrigger(_ trigger: String, _ write: String) throws {
                let sql = try #require(try db.scalar("SELECT sql FROM sqlite_schema WHERE name = ?", [trigger])?.textValue)
                try db.execute("DROP TRIGGER " + trigger)  // sql-constant: a trigger name from this test
                try db.execute(write)
                try db.execute(sql)
            }
            try withoutTrigger("figures_fts_delete", """
                DELETE FROM figures WHERE id = (SELECT min(id) FROM figures
                    WHERE quote IS NOT NULL AND key NOT IN (SELECT cites FROM figures WHERE cites IS NOT NULL))
                """)
            try withoutTrigger("studies_fts_update", "UPDATE studies SET summary = 'rewritten' WHERE id = (SELECT min(id) FROM studies)")
            let (status, found) = try findings(in: dir)
            #expect(status == 1)
            #expect(found["schema"] == nil, "the triggers are back: only the indexes are wrong")
            #expect(found["search-index"] == [
                "figures_fts: differs from the rows it indexes; rebuild it: INSERT INTO figures_fts(figures_fts) VALUES('rebuild')",
                "studies_fts: differs from the rows it indexes; rebuild it: INSERT INTO studies_fts(studies_fts) VALUES('rebuild')",
            ])
            let text = try Tipdb.run(["check"], in: dir)
            #expect(text.status == 1)
            #expect(text.stdout.contains("error: search-index: full-text indexes that do not match the rows they index (FTS5 integrity-check), so tipdb search misses rows or finds them by words they no longer hold; if the schema check reports a search trigger missing, `tipdb migrate --repair` recreates it and rebuilds its index; else run each statement shown with the sqlite3 shell (sqlite3 DATABASE \"STATEMENT\") (2)\n  figures_fts: "), "\(text.stdout)")

            // The statements the finding gives are the repair.
            try db.execute("INSERT INTO figures_fts(figures_fts) VALUES('rebuild')")
            try db.execute("INSERT INTO studies_fts(studies_fts) VALUES('rebuild')")
            db.close()
            let repaired = try findings(in: dir)
            #expect(repaired.status == 0)
            #expect(repaired.findings["search-index"] == nil)
        }
    }

    @Test("while another process holds the write lock, the search indexes are reported unchecked, as a warning, and the rest is checked")
    func searchIndexUnchecked() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let writer = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            defer { writer.close() }
            try writer.execute("BEGIN IMMEDIATE")
            let (status, found) = try findings(in: dir)  // waits for the busy timeout (5 s) once
            try writer.execute("ROLLBACK")
            #expect(status == 0)
            #expect(found["search-index-unchecked"] == ["figures_fts", "sources_fts", "studies_fts"])
            #expect(found["no-quote-or-locator"] != nil, "the other checks ran")
            let text = try Tipdb.run(["check"], in: dir)
            #expect(text.status == 0 && !text.stdout.contains("search-index"), "\(text.stdout)")
            // A copy in rollback mode, as backup writes them: check's own read snapshot does not
            // hold FTS5's write back (it runs before the snapshot), so the indexes are compared.
            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            let copy = try Tipdb.run(["check", "--db", "copy.sqlite"], in: dir)
            #expect(copy.status == 0 && !copy.stdout.contains("search-index"), "\(copy.stdout)")
        }
    }

    @Test("case rows whose dataset_id names no datasets row are an error: how many, which ids, and the statement that deletes them")
    func casesWithoutDataset() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let samples = repositoryRoot.appendingPathComponent("Tests/IngestTests/Datasets")
            let ingest = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample",
                                        samples.appendingPathComponent("ctdc_synthetic_sample.csv").path], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(try findings(in: dir).findings["case-without-dataset"] == nil)

            // Rows written by hand with the sqlite3 shell: nothing refuses them, since cases.dataset_id has no foreign key.
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("INSERT INTO cases (dataset_id, line, year) VALUES (99, 2, 2020), (99, 3, 2021), (42, 2, 2019)")
            let (status, found) = try findings(in: dir)
            #expect(status == 1)
            #expect(found["case-without-dataset"] == ["dataset_id 42: 1 case row", "dataset_id 99: 2 case rows"])
            #expect(found["foreign-keys"] == nil, "foreign_key_check cannot see them")
            let text = try Tipdb.run(["check"], in: dir)
            #expect(text.status == 1)
            #expect(text.stdout.contains("""
                error: case-without-dataset: 3 case rows name a dataset that is not in datasets (cases.dataset_id has no foreign key, so SQLite did not refuse them): \
                no dataset version cites them and tipdb derive ctdc never counts them, but they are personal data still held; \
                if their datasets row was deleted by mistake, restore the database from a backup, else delete them with the sqlite3 shell: \
                DELETE FROM cases WHERE dataset_id NOT IN (SELECT id FROM datasets) (2)
                  dataset_id 42: 1 case row
                  dataset_id 99: 2 case rows

                """), "\(text.stdout)")

            // The statement it gives removes those rows and no other.
            let before = try db.integer("SELECT count(*) FROM cases")
            try db.execute("DELETE FROM cases WHERE dataset_id NOT IN (SELECT id FROM datasets)")
            #expect(try db.integer("SELECT count(*) FROM cases") == before - 3)
            #expect(try db.integer("SELECT count(*) FROM cases") > 0)
            db.close()
            let repaired = try findings(in: dir)
            #expect(repaired.status == 0)
            #expect(repaired.findings["case-without-dataset"] == nil)
        }
    }

    @Test("check --format json and status --json print the error as JSON when the database cannot be used")
    func jsonErrors() throws {
        try withTemporaryDirectory { dir in
            try Data("not a database".utf8).write(to: dir.appendingPathComponent("tipdb.sqlite"))
            for command in [["check", "--format", "json"], ["status", "--json"]] {
                let result = try Tipdb.run(command, in: dir)
                #expect(result.status == 2, "\(command)")
                let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
                #expect(object?["exitCode"] as? Int == 2, "\(command): \(result.stdout)")
                #expect((object?["error"] as? String)?.contains("not a SQLite database") == true, "\(command): \(result.stdout)")
            }
        }
    }

    @Test("the Fixtures hold no error, and their rows are named in no error finding")
    func fixturesPass() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let (status, found) = try findings(in: dir)
            #expect(status == 0)
            for check in ["unit-contradicts-measure", "value-outside-unit", "period-form", "bounds", "lineage-loop",
                          "search-index", "search-index-unchecked", "schema"] {
                #expect(found[check] == nil, "\(check): \(found[check] ?? [])")
            }
        }
    }

    @Test("counts that are not whole numbers are a warning naming each row and its numbers; shares and rates may be fractions")
    func fractionalCounts() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try addFigures([
                ("dot-thousands", "trafficking-victims", 1.234, 0, nil, "persons", "2016"),
                ("half-high", "trafficking-victims", 5, 0, 7.5, "persons", "2016"),
                ("share", "trafficking-victims", 2.5, 0, nil, "percent", "2016"),
                ("whole", "trafficking-victims", 1234, 0, nil, "persons", "2016"),
            ], to: dir.appendingPathComponent("tipdb.sqlite").path)
            let (status, found) = try findings(in: dir)
            #expect(status == 0)
            #expect(found["fractional-count"] == ["dot-thousands: 1.234 persons", "half-high: 5, 7.5 persons"])
        }
    }

    @Test("units that contradict the measure, numbers the unit cannot hold and malformed periods are errors naming each row")
    func rowsIngestRefuses() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try addFigures([
                ("offences-in-persons", "trafficking-offences", 120, 0, nil, "persons", "2016"),
                ("offences-in-cases", "trafficking-offences", 120, 0, nil, "cases", "2016"),
                ("victims-in-cases", "detected-trafficking-victims", 120, 0, nil, "cases", "2016"),
                ("labour-in-usd-change", "forced-labour", 5, 0, nil, "USD-change", "2016"),
                ("profits-in-usd-change", "forced-labour-profits", 5, 0, nil, "USD-change", "2016"),
                ("negative-count", "trafficking-victims", -5, 0, nil, "persons", "2016"),
                ("negative-change", "trafficking-victims", -5, 0, nil, "percent-change", "2016"),
                ("fall-250", "trafficking-victims", -250, 0, nil, "percent-change", "2016"),
                ("infinite", "trafficking-victims", 1, 0, nil, "persons", "2016"),
                ("share-over-whole", "trafficking-victims", 150, 0, nil, "percent", "2016"),
                ("whole-share", "trafficking-victims", 100, 0, nil, "percent", "2016"),
                ("censored-share", "trafficking-victims", nil, 1, 4, "percent", "2016"),
                ("censored-count", "trafficking-victims", nil, 1, 4, "persons", "2016"),
                ("month-13", "trafficking-victims", 5, 0, nil, "persons", "2019-13"),
                ("february-30", "trafficking-victims", 5, 0, nil, "persons", "2019-02-30"),
                ("two-digit-year", "trafficking-victims", 5, 0, nil, "persons", "19"),
                ("year-0201", "trafficking-victims", 5, 0, nil, "persons", "0201"),
                ("negative-low", "trafficking-victims", 5, 0, nil, "persons", "2016"),
                ("february-28", "trafficking-victims", 5, 0, nil, "persons", "2019-02-28"),
            ], to: dir.appendingPathComponent("tipdb.sqlite").path)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("UPDATE figures SET low = -1 WHERE key = 'negative-low'")
            try db.execute("UPDATE figures SET value = 9e999 WHERE key = 'infinite'")
            db.close()

            let (status, found) = try findings(in: dir)
            #expect(status == 1)
            #expect(found["unit-contradicts-measure"] == [
                "labour-in-usd-change (USD-change for forced-labour)",
                "offences-in-persons (persons for trafficking-offences)",
                "victims-in-cases (cases for detected-trafficking-victims)",
            ])
            #expect(found["value-outside-unit"] == [
                "censored-share (censored, but not a count in percent)",
                "fall-250 (a fall of more than 100 percent in percent-change)",
                "infinite (infinite in persons)",
                "negative-count (negative in persons)",
                "negative-low (negative in persons)",
                "share-over-whole (more than 100 percent in percent)",
            ])
            #expect(found["period-form"] == [
                "february-30 (2019-02-30)", "month-13 (2019-13)", "two-digit-year (19)", "year-0201 (0201)",
            ])

            let text = try Tipdb.run(["check"], in: dir)
            #expect(text.status == 1)
            #expect(text.stdout.contains("error: period-form: reference periods that are not a year from 1800 to 2200, a month or a real day (YYYY, YYYY-MM, YYYY-MM-DD) (4)\n  february-30 (2019-02-30)\n"))
        }
    }
}
