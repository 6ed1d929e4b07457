import Foundation
import Storage
import Testing

/// Forms of exploitation from the vocabulary: ingest refuses others at their cell, and `tipdb
/// check` names those already stored.
@Suite("forms of exploitation (built binary)")
struct FormVocabularyCommandTests {
    @Test("a form outside the vocabulary is refused at FILE:LINE:COLUMN with the nearest form; spellings of one form store one code")
    func ingestRefusesUnknownForms() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let sources = repositoryRoot.appendingPathComponent("Fixtures/sources.json").path
            try Data("""
                key,measure,value,place,period,form,source
                a,detected-trafficking-victims,5,FRA,2020,sexual-exploitaton,ilo-2005-global-alliance
                b,detected-trafficking-victims,5,FRA,2020,forced labour; sexual exploitation,ilo-2005-global-alliance

                """.utf8).write(to: dir.appendingPathComponent("bad.csv"))
            let db = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: db)
            let refused = try Tipdb.run(["ingest", "--quiet", sources, "bad.csv"], in: dir)
            #expect(refused.status == 1)
            let codes = ExploitationForm.all.map(\.code).filter { $0 != ExploitationForm.unknown }.joined(separator: ", ")
            #expect(refused.stderr.split(separator: "\n").filter { $0.hasPrefix("bad.csv:") } == [
                "bad.csv:2:43: form: unknown form of exploitation \"sexual-exploitaton\"; did you mean \"sexual-exploitation\"? Expected one form per figure, by code or label: \(codes), or unknown when the source does not identify the form",
                "bad.csv:3:43: form: \"forced labour; sexual exploitation\" names several forms (forced-labour, sexual-exploitation); expected one form per figure: sexual-and-labour-exploitation or mixed-forms for a figure of several, or one figure per form",
            ], "\(refused.stderr)")
            #expect(try Data(contentsOf: db) == before)

            try Data("""
                key,measure,value,place,period,form,source
                a,detected-trafficking-victims,5,FRA,2020,Forced labor,ilo-2005-global-alliance
                b,detected-trafficking-victims,6,FRA,2021,Trafficking for forced labour,ilo-2005-global-alliance
                c,detected-trafficking-victims,7,FRA,2022,forced-labour,ilo-2005-global-alliance

                """.utf8).write(to: dir.appendingPathComponent("good.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", sources, "good.csv"], in: dir).status == 0)
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT DISTINCT form FROM figures WHERE key IN ('a', 'b', 'c')"], in: dir)
            #expect(stored.stdout.split(whereSeparator: \.isNewline) == ["form", "forced-labour"], "\(stored.stdout)")
        }
    }

    @Test("tipdb ingest --help-details lists every form's code, in the vocabulary's order")
    func helpListsEveryForm() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["ingest", "--help-details"], in: dir)
            let text = help.stdout.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(text.contains("Codes: \(ExploitationForm.all.map(\.code).joined(separator: ", "))."), "\(help.stdout)")
        }
    }

    @Test("a figure whose form the source does not identify joins the forms table's row unknown, Form unknown, which SQL lists last")
    func unknownFormIsARow() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let listed = try Tipdb.run(["sql", "--format", "csv", "SELECT code, label FROM forms WHERE rowid = (SELECT max(rowid) FROM forms)"], in: dir)
            #expect(listed.stdout.split(whereSeparator: \.isNewline) == ["code,label", "unknown,Form unknown"], "\(listed.stdout)")
            let sources = repositoryRoot.appendingPathComponent("Fixtures/sources.json").path
            try Data("""
                key,measure,value,place,period,form,source
                a,detected-trafficking-victims,5,FRA,2020,not identified,ilo-2005-global-alliance
                b,detected-trafficking-victims,6,FRA,2020,Form unknown,ilo-2005-global-alliance

                """.utf8).write(to: dir.appendingPathComponent("f.csv"))
            let loaded = try Tipdb.run(["ingest", "--quiet", sources, "f.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let joined = try Tipdb.run(["sql", "--format", "csv", "SELECT f.key, f.form, o.label FROM figures f JOIN forms o ON o.code = f.form ORDER BY f.key"], in: dir)
            #expect(joined.stdout.split(whereSeparator: \.isNewline) == ["key,form,label", "a,unknown,Form unknown", "b,unknown,Form unknown"], "\(joined.stdout)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("unknown-form") && !check.stderr.contains("unknown-form"), "\(check.stdout)\(check.stderr)")
        }
    }

    @Test("a form added to the forms table with SQL is accepted by ingest, and check does not warn about it; tipdb schema forms documents the tables")
    func formAddedToTheTable() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let listed = try Tipdb.run(["sql", "--format", "csv", "SELECT code, label FROM forms"], in: dir)
            #expect(listed.stdout.split(whereSeparator: \.isNewline).dropFirst().map { String($0) }
                == ExploitationForm.all.map { "\($0.code),\($0.label)" }, "\(listed.stdout)")
            let schema = try Tipdb.run(["schema", "forms"], in: dir)
            #expect(schema.status == 0)
            #expect(schema.stdout.hasPrefix("forms (table): Forms of exploitation a figure can be restricted to (figures.form)"), "\(schema.stdout)")
            #expect(schema.stdout.contains("definition") && schema.stdout.contains("ingest refuses any other, tipdb check warns"), "\(schema.stdout)")
            let aliases = try Tipdb.run(["schema", "form_aliases"], in: dir)
            #expect(aliases.stdout.hasPrefix("form_aliases (table): Other ways publishers and analysts write a form"), "\(aliases.stdout)")

            let sources = repositoryRoot.appendingPathComponent("Fixtures/sources.json").path
            try Data("""
                key,measure,value,place,period,form,source
                a,detected-trafficking-victims,5,FRA,2020,live streaming,ilo-2005-global-alliance

                """.utf8).write(to: dir.appendingPathComponent("online.csv"))
            let before = try Tipdb.run(["ingest", "--quiet", sources, "online.csv"], in: dir)
            #expect(before.status == 1)
            #expect(before.stderr.contains("online.csv:2:43: form: unknown form of exploitation \"live streaming\""), "\(before.stderr)")

            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("INSERT INTO forms (code, label, definition) VALUES ('online-sexual-exploitation', 'Online sexual exploitation', 'sexual exploitation through live streaming')")
            try db.execute("INSERT INTO form_aliases (alias, form) VALUES ('live streaming', 'online-sexual-exploitation')")
            db.close()
            let after = try Tipdb.run(["ingest", "--quiet", sources, "online.csv"], in: dir)
            #expect(after.status == 0, "\(after.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT form FROM figures WHERE key = 'a'"], in: dir)
            #expect(stored.stdout.split(whereSeparator: \.isNewline) == ["form", "online-sexual-exploitation"], "\(stored.stdout)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("unknown-form"), "\(check.stdout)")
        }
    }

    @Test("tipdb check warns about stored forms outside the vocabulary, with the nearest code")
    func checkWarnsAboutUnknownForms() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            for (key, form) in [("f-typo", "sexual-exploitaton"), ("f-labor", "forced-labor"), ("f-odd", "zzz"), ("f-ok", "begging"),
                                ("f-prost", "forced-prostitution")] {
                try db.execute("""
                    INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, form, source, batch_id, created_at, updated_at)
                    SELECT ?, 'detected-trafficking-victims', 5, 'persons', 'FRA', '2016', '2016', ?, source, batch_id, created_at, updated_at FROM figures LIMIT 1
                    """, [key, form])
            }
            db.close()
            let result = try Tipdb.run(["check"], in: dir)
            #expect(result.status == 0, "a warning")
            #expect(result.stdout.contains("""
                warning: unknown-form: figures whose form of exploitation is not one of the forms table's (tipdb sql 'SELECT code, label FROM forms' lists them), so each spelling is a subgroup of its own; correct the form in the file and ingest it again (4)
                  f-labor (form forced-labor, perhaps forced-labour)
                  f-prost (form forced-prostitution, which names different forms depending on what the figure counts: sexual-exploitation for a count of trafficking (UNODC's exploitation of the prostitution of others), or forced-commercial-sexual-exploitation for a forced labour figure (the ILO's forced commercial sexual exploitation))
                  f-typo (form sexual-exploitaton, perhaps sexual-exploitation)
                  f-odd (form zzz)
                """), "\(result.stdout)")
        }
    }
}
