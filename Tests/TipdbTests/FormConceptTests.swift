import Foundation
import Storage
import Testing

/// A child-rights specialist's review of session 55 (components 2): the forms tables read
/// "forced commercial sexual exploitation of children" as that form for all ages and "forced child
/// labour" as child labour, and nothing checked a form against its measure's concept, so forced
/// marriage could be filed as a form of forced labour and added to its whole.
@Suite("forms written with children, and forms their measure's concept cannot have (built binary)")
struct FormConceptTests {
    static let sources = """
        key,title,publisher,date
        gems-2021,Global Estimates of Modern Slavery,International Labour Office,2022-09
        unodc-2022,Global Report on Trafficking in Persons,UNODC,2023-01

        """

    private func start(_ figures: String, in dir: URL) throws -> String {
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data(figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        return try IngestMethodMeasureTests.checksum(in: dir)
    }

    @Test("a form written with children is that form and age group children; forced child labour is forced labour; child labour stays child labour")
    func childForms() throws {
        try withTemporaryDirectory { dir in
            _ = try start("""
                key,measure,value,unit,place,period,form,age_group,source
                fcse-c,forced-labour,1.7 million,persons,WLD,2021,forced commercial sexual exploitation of children,,gems-2021
                fl-c,forced-labour,3.3 million,persons,WLD,2021,Forced child labour,,gems-2021
                fl-band,forced-labour,1.1 million,persons,WLD,2021,forced labour of children,12-17,gems-2021
                fl-dash,forced-labour,2 million,persons,WLD,2021,Forced\u{2011}labour of  children,,gems-2021
                cl,detected-trafficking-victims,200,persons,WLD,2020,child labour,,unodc-2022

                """, in: dir)
            let loaded = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, form, age_group FROM figures ORDER BY key"], in: dir)
            #expect(stored.stdout == """
                key,form,age_group\r
                cl,child-labour,total\r
                fcse-c,forced-commercial-sexual-exploitation,children\r
                fl-band,forced-labour,12-17\r
                fl-c,forced-labour,children\r
                fl-dash,forced-labour,children\r

                """, "\(stored.stdout)")
            // m0065 deleted the spellings that said otherwise; child labor is still child labour's.
            let aliases = try Tipdb.run(["sql", "--format", "csv", """
                SELECT alias, form FROM form_aliases WHERE alias LIKE '%child%' ORDER BY alias
                """], in: dir)
            #expect(aliases.stdout == "alias,form\r\nchild labor,child-labour\r\nchild soldier,forced-military-service\r\nchild soldiers,forced-military-service\r\nsale of children,baby-selling\r\n", "\(aliases.stdout)")
        }
    }

    @Test("refused: a child form beside age group adults, forced marriage or organ removal under forced labour; the database unchanged")
    func refused() throws {
        try withTemporaryDirectory { dir in
            let before = try start("""
                key,measure,value,unit,place,period,form,age_group,source
                fcse-a,forced-labour,1 million,persons,WLD,2021,forced commercial sexual exploitation of children,adults,gems-2021
                fm-fl,forced-labour,22 million,persons,WLD,2021,forced marriage,,gems-2021
                or-fl,forced-labour,100,persons,WLD,2021,organ removal,,gems-2021
                fm-tip,detected-trafficking-victims,40,persons,WLD,2020,forced marriage,,unodc-2022

                """, in: dir)
            let result = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            let why = ": it is not part of forced-labour, and a brief would add the figure to the wrong whole (tipdb check: form-contradicts-measure); expected "
            #expect(IngestMethodMeasureTests.errors(result.stderr) == [
                "f.csv:2:99: age_group: age group \"adults\" contradicts form \"forced commercial sexual exploitation of children\", which is about children; "
                    + "expected children, a band that starts below 18, or an empty age_group",
                "f.csv:3:49: form: form forced-marriage under measure \"forced-labour\", of concept forced-labour" + why
                    + "a measure of concept forced-marriage (forced-marriage), or another form",
                "f.csv:4:42: form: form organ-removal under measure \"forced-labour\", of concept forced-labour" + why
                    + "a measure of a concept that has it (a trafficking measure, such as detected-trafficking-victims, for a purpose of trafficking), or another form",
            ], "\(result.stderr)")
            #expect(try IngestMethodMeasureTests.checksum(in: dir) == before)
        }
    }

    @Test("check calls a stored forced marriage under forced labour an error, and the brief cautions against citing it")
    func checkAndBrief() throws {
        try withTemporaryDirectory { dir in
            _ = try start("""
                key,measure,value,unit,place,period,source,quote
                fl21,forced-labour,27.6 million,persons,WLD,2021,gems-2021,27.6 million people were in forced labour

                """, in: dir)
            #expect(try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir).status == 0)
            // As another tool or the sqlite3 shell could write it: ingest refuses such a row.
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("""
                INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, sex, age_group, form, source, quote,
                    method, batch_id, created_at, updated_at)
                SELECT 'fm-as-fl', measure, 22000000, unit, place, '2022', '2022', sex, age_group, 'forced-marriage', source, quote,
                    method, batch_id, created_at, updated_at
                FROM figures WHERE key = 'fl21'
                """)
            db.close()
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 1, "\(check.stdout)")
            #expect(check.stdout.contains("error: form-contradicts-measure: figures restricted to a form of exploitation that is not part of their measure's concept"), "\(check.stdout)")
            #expect(check.stdout.contains("  fm-as-fl (form forced-marriage under forced-labour, of concept forced-labour)\n"), "\(check.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--measure", "forced-labour", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| Forced labour | World | 27.6 million |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("""
                the figure 22 million (fm-as-fl) cannot be right as stored: it is restricted to a form of exploitation its \
                measure's concept does not have: form forced-marriage under forced-labour, of concept forced-labour, so it is \
                presented as part of a whole it is not part of (form-contradicts-measure). The database's own checks flag it as an error.
                """), "\(brief.stdout)")
        }
    }

    @Test("m0065 deletes the three spellings from a database at schema 63, and keeps an analyst's own alias")
    func migration() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("v63.sqlite").path
            let db = try DatabaseFile.open(path, for: .create)
            defer { db.close() }
            try Migrator(migrations: Migration.bundled.filter { $0.version <= 63 }).migrate(db)
            try db.execute("INSERT INTO form_aliases (alias, form) VALUES ('cse of kids', 'forced-commercial-sexual-exploitation')")
            let spellings = "SELECT alias FROM form_aliases WHERE form IN ('forced-commercial-sexual-exploitation', 'child-labour') ORDER BY alias"
            #expect(try db.rows(spellings).compactMap { $0.string("alias") } == [
                "child labor", "cse of kids", "forced child labor", "forced child labour", "forced commercial sexual exploitation of children",
            ])
            try Migrator().migrate(db)
            #expect(try db.rows(spellings).compactMap { $0.string("alias") } == ["child labor", "cse of kids"])
            #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
        }
    }
}
