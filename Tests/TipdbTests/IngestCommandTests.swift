import Foundation
import Storage
import Testing

/// The repository's Fixtures directory.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

@Suite("tipdb ingest (built binary, real Fixtures)")
struct IngestCommandTests {
    /// Copies the three Fixtures files into `dir`, applying `edit` to figures.csv.
    private func copyFixtures(to dir: URL, editFigures edit: (String) -> String = { $0 }) throws -> [String] {
        for name in ["sources.json", "studies.csv"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let figures = try String(contentsOf: fixtures.appendingPathComponent("figures.csv"), encoding: .utf8)
        try Data(edit(figures).utf8).write(to: dir.appendingPathComponent("figures.csv"))
        return ["figures.csv", "studies.csv", "sources.json"]
    }

    @Test("the Fixtures load cleanly, and loading them again changes nothing")
    func fixturesLoad() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let files = try copyFixtures(to: dir)
            let first = try Tipdb.run(["ingest"] + files, in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            let lines = first.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 3)
            #expect(lines[0].hasPrefix("sources.json: 11 read, 11 inserted, 0 updated, 0 unchanged, 0 rejected (batch "))
            #expect(lines[1].hasPrefix("studies.csv: 9 read, 9 inserted"))
            // The one warning: the UNODC statement repeats the ILO's minimum without it (repeat-changed), as check says.
            #expect(lines[2].hasPrefix("figures.csv: 60 read, 60 inserted, 0 updated, 0 unchanged, 0 rejected, 1 warning (batch "))
            #expect(first.stderr.contains("note: sources.json: format csl-json from the extension and the CSL-JSON fields id and type"))
            #expect(first.stderr.contains("note: sources.json: kind sources, as CSL-JSON always holds"))
            #expect(first.stderr.contains("note: figures.csv: kind figures from the header"))

            let second = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
            #expect(second.status == 0)
            #expect(second.stdout.isEmpty)
            let json = try Tipdb.run(["ingest", "--json"] + files, in: dir)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let summaries = try #require(report["files"] as? [[String: Any]])
            #expect(summaries.map { $0["unchanged"] as? Int } == [11, 9, 60])

            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
            #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
            #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
            #expect(try db.scalar("SELECT cites FROM figures WHERE key = 'francis-2013-trafficked-wld'") == .text("unodc-2012-trafficked-wld"))
            #expect(try db.scalar("SELECT cites FROM figures WHERE key = 'unodc-2012-trafficked-wld'") == .text("ilo-2005-trafficked-wld"))
            #expect(try db.scalar("SELECT value FROM figures WHERE key = 'ilo-wf-iom-2022-forced-labour-wld'") == .real(27_600_000))
            #expect(try db.scalar("SELECT authors FROM sources WHERE key = 'francis-2013-shaking-up'") == .text("Francis, Kate"))
            let csl = try #require(try db.scalar("SELECT csl FROM sources WHERE key = 'francis-2013-shaking-up'")?.textValue)
            #expect(csl.contains("\"container-title\":\"InAsia\""))
        }
    }

    @Test("a file name that is not UTF-8 is named as such (exit 64), not reported missing")
    func fileNameNotUTF8() throws {
        try withTemporaryDirectory { dir in
            // Made and passed by the shell: a Swift String cannot hold the byte 0xFF.
            let file = try Tipdb.runInShell(#"name="$(printf 'bad\377name.csv')"; printf 'key,title,publisher\n' > "$name"; "$0" ingest "$name""#, in: dir)
            #expect(file.status == 64)
            #expect(file.stderr == "tipdb: error: argument 2 (bad\\xFFname.csv) is not valid UTF-8; tipdb reads file names and text as UTF-8: rename the file (for example with convmv) or re-encode the text\n")

            // So is a database named by TIPDB_DATABASE: init created another file, named with U+FFFD.
            let env = try Tipdb.runInShell(#"TIPDB_DATABASE="$(printf 'db\377.sqlite')" "$0" init"#, in: dir)
            #expect(env.status == 64)
            #expect(env.stderr == "tipdb: error: TIPDB_DATABASE (db\\xFF.sqlite) is not valid UTF-8; tipdb reads file names as UTF-8: rename the file (for example with convmv)\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("db") }.isEmpty)
        }
    }

    @Test("a broken copy of the Fixtures is refused with exact positions, exit 1, and the database unchanged")
    func brokenFixtures() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let files = try copyFixtures(to: dir) { text in
                text.replacingOccurrences(of: "ilo-2005-forced-labour-wld,forced-labour,12.3 million,", with: "ilo-2005-forced-labour-wld,forced-labor,12.3 milion,")
                    .replacingOccurrences(of: ",WLD,2021,", with: ",Wrold,2021,")
            }
            let db = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: db)
            let result = try Tipdb.run(["ingest"] + files, in: dir)
            #expect(result.status == 1)
            let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") }
            #expect(errors.contains("figures.csv:2:28: measure: unknown measure \"forced-labor\"; did you mean \"forced-labour\"? Expected a code from the measures table (tipdb sql 'SELECT code FROM measures'), or a measure of your own defined in a measures file (README: Measures of your own)"), "\(errors)")
            #expect(errors.contains { $0.hasPrefix("figures.csv:2:41: value: \"12.3 milion\" is not a number") })
            #expect(errors.contains { $0.hasSuffix(": place: unknown place \"Wrold\"; did you mean \"World\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)") }, "\(errors)")
            #expect(result.stderr.contains("nothing was loaded"))
            #expect(result.stdout.contains("; nothing written (the command was rejected)"))
            #expect(try Data(contentsOf: db) == before)
        }
    }

    @Test("a suggestion is a question of its own: '; did you mean \"x\"? Expected ...', and without one '; expected ...'")
    func suggestionWording() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let sources = repositoryRoot.appendingPathComponent("Fixtures/sources.json").path
            let figures = """
                key,measure,value,unit,place,period,source,method
                x,forced-labor,5,persns,Wrold,2020,ilo-2005-global-alliance,estimatd
                y,zzz-measure,5,zzzunit,Nowhereland,2020,ilo-2005-globl-alliance,zzz

                """
            try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let result = try Tipdb.run(["ingest", "--quiet", sources, "figures.csv"], in: dir)
            #expect(result.status == 1)
            let units = "USD, USD-change, USD-per-person, cases, cases-change, index, per-1000, per-100000, percent, percent-change, persons, persons-change"
            #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") } == [
                "figures.csv:2:3: measure: unknown measure \"forced-labor\"; did you mean \"forced-labour\"? Expected a code from the measures table (tipdb sql 'SELECT code FROM measures'), or a measure of your own defined in a measures file (README: Measures of your own)",
                "figures.csv:2:18: unit: unknown unit \"persns\"; did you mean \"persons\"? Expected one of \(units)",
                "figures.csv:2:25: place: unknown place \"Wrold\"; did you mean \"World\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)",
                "figures.csv:2:61: method: unknown method \"estimatd\"; did you mean \"estimated\"? Expected estimated, detected, reported or derived",
                "figures.csv:3:3: measure: unknown measure \"zzz-measure\"; expected a code from the measures table (tipdb sql 'SELECT code FROM measures'), or a measure of your own defined in a measures file (README: Measures of your own)",
                "figures.csv:3:17: unit: unknown unit \"zzzunit\"; expected one of \(units)",
                "figures.csv:3:25: place: unknown place \"Nowhereland\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them); a part of a country (a state, province or city) is given as the country, with the part in the figure's breakdown column (subdivision: Nowhereland)",
                "figures.csv:3:42: source: unknown source \"ilo-2005-globl-alliance\"; did you mean \"ilo-2005-global-alliance\"? Expected the key of a source in the database or in a sources file of the same command",
                "figures.csv:3:66: method: unknown method \"zzz\"; expected estimated, detected, reported or derived",
            ])
            // A column is checked before any row: the same wording.
            try Data("key,measure,value,place,period,source,valeu\n".utf8).write(to: dir.appendingPathComponent("column.csv"))
            let column = try Tipdb.run(["ingest", "--quiet", "--kind", "figures", "column.csv"], in: dir)
            #expect(column.status == 1)
            #expect(column.stderr.split(separator: "\n").first == """
                column.csv:1:39: unknown column "valeu"; did you mean "value"? Expected one of key, measure, value, censored, low, \
                high, ci_level, unit, place, period, period_start, period_end, period_basis, sex, age_group, form, breakdown, source, study, locator, quote, \
                cites, method, notes, tags, value_last_digit, low_last_digit, high_last_digit, price_year, or a name starting with x_ to keep \
                it as extra data
                """, "\(column.stderr)")
        }
    }

    @Test("a value in another currency or per mille is refused at FILE:LINE:COLUMN with what to write; a dollar sign is US dollars")
    func foreignValueSigns() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let refused = """
                key,measure,value,unit,place,period,source
                t-eur,trafficking-profits,€150 billion,USD,WLD,2020,ilo-2005-global-alliance
                t-rate,forced-labour,3.2‰,per-1000,WLD,2020,ilo-2005-global-alliance

                """
            try Data(refused.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let result = try Tipdb.run(["ingest", "--quiet", "figures.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") } == [
                "figures.csv:2:27: value: \"€150 billion\" is in euros (€); tipdb stores money in US dollars (unit USD): expected the value converted to US dollars, with the exchange rate and its date in notes",
                "figures.csv:3:22: value: \"3.2‰\" is per mille (‰), which tipdb does not write in a value; expected the number alone with unit per-1000 (value 3.2, unit per-1000)",
            ], "\(result.stderr)")
            let dollars = """
                key,measure,value,unit,place,period,source
                t-usd,trafficking-profits,$150 billion,USD,WLD,2020,ilo-2005-global-alliance
                t-us,trafficking-profits,US$ 150 billion,,WLD,2021,ilo-2005-global-alliance

                """
            try Data(dollars.utf8).write(to: dir.appendingPathComponent("dollars.csv"))
            let loaded = try Tipdb.run(["ingest", "--quiet", "dollars.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let stored = try Tipdb.run(["sql", "SELECT key, value, unit FROM figures WHERE key LIKE 't-%' ORDER BY key", "--format", "csv"], in: dir)
            #expect(stored.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "key,value,unit\nt-us,150000000000.0,USD\nt-usd,150000000000.0,USD\n")
        }
    }

    @Test("--on-error skip with a file that cannot be read to its end: nothing loads, the files after it are still checked, and the messages say so instead of claiming rows were skipped")
    func skipWithUnreadableFile() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let files = try copyFixtures(to: dir) { text in
                text.replacingOccurrences(of: "ilo-2005-forced-labour-wld,forced-labour,12.3 million,", with: "ilo-2005-forced-labour-wld,forced-labour,12.3 mil\u{0}lion,")
            }
            try Data("key,kind,title,publisher\nlate,report,Late,Someone\n".utf8).write(to: dir.appendingPathComponent("late.csv"))
            let db = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: db)
            // late.csv holds sources and loads first; more.csv, a second figures file after the broken one, is still checked.
            try Data("key,measure,value,place,period,source\nmore-1,forced-labor,5,WLD,2016,late\n".utf8).write(to: dir.appendingPathComponent("more.csv"))
            let result = try Tipdb.run(["ingest", "--on-error", "skip", "late.csv"] + files + ["more.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("figures.csv:2:"), "\(result.stderr)")
            #expect(result.stderr.contains("more.csv:2:8: measure: unknown measure \"forced-labor\""), "\(result.stderr)")
            #expect(!result.stderr.contains("not checked"))
            #expect(result.stderr.contains("nothing was loaded: a command with a file it cannot use (missing, of unknown kind, given twice, an unusable header such as one with an unknown CSV or TSV column, or not readable to its end: invalid bytes, a quote never closed, a quote out of place in a row with a field that spans lines) is never loaded in part, even with --on-error skip"))
            #expect(!result.stderr.contains("kept in ingest_rejects"))
            #expect(result.stdout.contains("; nothing written (the command was rejected)"))
            #expect(try Data(contentsOf: db) == before)

            let missing = try Tipdb.run(["ingest", "--on-error", "skip", "late.csv", "missing.csv"], in: dir)
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("nothing was loaded"), "\(missing.stderr)")
            #expect(!missing.stderr.contains("kept in ingest_rejects"))
        }
    }

    @Test("--json prints JSON even when the database cannot be used: the error and the exit code")
    func jsonOnUnusableDatabase() throws {
        try withTemporaryDirectory { dir in
            try Data("not a database".utf8).write(to: dir.appendingPathComponent("tipdb.sqlite"))
            let result = try Tipdb.run(["ingest", "--json", fixtures.appendingPathComponent("sources.json").path], in: dir)
            #expect(result.status == 2)
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(object?["exitCode"] as? Int == 2)
            #expect((object?["error"] as? String)?.contains("not a SQLite database") == true, "\(result.stdout)")
            #expect(result.stderr.contains("tipdb: error: "))
        }
    }

    @Test("a missing file or one of unknown kind rejects the command, and the other files are still checked; no hint to --on-error skip")
    func unusableFileStillChecksTheOthers() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let files = try copyFixtures(to: dir) { text in
                text.replacingOccurrences(of: "ilo-2005-forced-labour-wld,forced-labour,", with: "ilo-2005-forced-labour-wld,forced-labor,")
            }
            try Data("name,size\na,1\n".utf8).write(to: dir.appendingPathComponent("odd.csv"))
            let db = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: db)
            let result = try Tipdb.run(["ingest", "missing.csv", "odd.csv"] + files, in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("missing.csv"), "\(result.stderr)")
            #expect(result.stderr.contains("odd.csv:"), "\(result.stderr)")
            #expect(result.stderr.contains("figures.csv:2:28: measure: unknown measure \"forced-labor\""), "\(result.stderr)")
            #expect(!result.stderr.contains("not checked"))
            #expect(result.stderr.contains("tipdb: 3 problems found; nothing was loaded: fix them (a command with a file it cannot use"), "\(result.stderr)")
            // A rejected command still warns about what it would have loaded (the Fixtures' repeat-changed).
            #expect(result.stdout.contains("figures.csv: 60 read, 1 rejected, 1 warning; nothing written (the command was rejected)\n"), "\(result.stdout)")
            #expect(try Data(contentsOf: db) == before)

            // A mistyped sources file: one line for the names it may hold, not one per figure.
            let typo = try Tipdb.run(["ingest", "sorces.json", "studies.csv", "figures.csv"], in: dir)
            #expect(typo.status == 1)
            let errors = typo.stderr.split(separator: "\n").filter { !$0.hasPrefix("note:") && !$0.hasPrefix("tipdb:") }
            #expect(errors.count == 3, "\(typo.stderr)")
            #expect(errors.first == "sorces.json: no such file; check the path")
            #expect(errors.contains { $0.hasPrefix("sorces.json: 125 references in the other files to a source, study or figure not loaded; not listed one by one, since this file may define them: fix it first") }, "\(typo.stderr)")
            #expect(errors.contains { $0.contains("figures.csv:2:28: measure: unknown measure \"forced-labor\"") }, "\(typo.stderr)")
            #expect(try Data(contentsOf: db) == before)

            // A broken sources file cannot define a study: an unknown study is still listed.
            try Data("key,title,publisher\ns-new,\"Broken title,Pub\n".utf8).write(to: dir.appendingPathComponent("bad.csv"))
            try Data("key,measure,value,place,period,source,study\nfg,forced-labour,15,FRA,2020,s-new,st-new\n".utf8).write(to: dir.appendingPathComponent("fg.csv"))
            let broken = try Tipdb.run(["ingest", "bad.csv", "fg.csv"], in: dir)
            #expect(broken.stderr.contains("fg.csv:2:36: study: unknown study \"st-new\""), "\(broken.stderr)")
            #expect(broken.stderr.contains("bad.csv: 1 reference in the other files to a source, study or figure not loaded"), "\(broken.stderr)")
        }
    }

    @Test("a quote out of place rejects its own row only: --on-error skip loads the rest and keeps the row in ingest_rejects")
    func strayQuoteRejectsOneRow() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let files = try copyFixtures(to: dir) { text in
                text.replacingOccurrences(of: "ilo-2005-forced-labour-wld,forced-labour,12.3 million,", with: "ilo-2005-forced-labour-wld,forced-labour,12.3 mil\"lion,")
            }
            let abort = try Tipdb.run(["ingest"] + files, in: dir)
            #expect(abort.status == 1)
            #expect(abort.stderr.contains("figures.csv:2:50: unexpected quote inside an unquoted field, after '12.3 mil'; quote the whole field and double the quote"), "\(abort.stderr)")
            let skip = try Tipdb.run(["ingest", "--on-error", "skip"] + files, in: dir)
            #expect(skip.status == 1)
            #expect(skip.stderr.contains("kept in ingest_rejects"), "\(skip.stderr)")
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
            defer { db.close() }
            let reject = try #require(try db.rows("SELECT line, \"column\", raw FROM ingest_rejects").first)
            #expect(reject.int("line") == 2 && reject.int("column") == 50)
            #expect(reject.string("raw")?.hasPrefix("ilo-2005-forced-labour-wld,forced-labour,12.3 mil\"lion,") == true)
            let fixtureRows = try String(contentsOf: fixtures.appendingPathComponent("figures.csv"), encoding: .utf8)
                .split(separator: "\n").count - 1
            #expect(try db.integer("SELECT count(*) FROM figures") == Int64(fixtureRows - 1))
        }
    }

    @Test("in a TSV file a quote inside a cell is text, as TSV writers mean it; a cell that starts with a quote is read as quoted, and the error says so")
    func tsvQuotesInsideCells() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let sources = "key\ttitle\tpublisher\tdate\nilo-x\tGlobal Estimates\tILO\t2022\n"
            let figures = "key\tmeasure\tvalue\tplace\tperiod\tsource\tquote\n"
                + "q1\tforced-labour\t27600000\tWorld\t2021\tilo-x\tThe report said \"27.6 million\" people were in forced labour\n"
            try Data(sources.utf8).write(to: dir.appendingPathComponent("s.tsv"))
            try Data(figures.utf8).write(to: dir.appendingPathComponent("f.tsv"))
            let loaded = try Tipdb.run(["ingest", "s.tsv", "f.tsv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
            #expect(try db.rows("SELECT quote FROM figures WHERE key = 'q1'").first?.string("quote")
                == "The report said \"27.6 million\" people were in forced labour")
            db.close()

            try Data((figures + "q2\tforced-labour\t27600000\tWorld\t2021\tilo-x\t\"Quoted\" start\n").utf8)
                .write(to: dir.appendingPathComponent("g.tsv"))
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let refused = try Tipdb.run(["ingest", "g.tsv"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains(
                "g.tsv:3:52: expected a delimiter or end of line after the closing quote, found ' ' (a TSV field that starts with a quote is read as quoted, as spreadsheets write it: quote the whole field and double the quotes inside it)"),
                "\(refused.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("a quote out of place after a quoted field spanning lines rejects the file even with skip, and the closing line says why")
    func strayQuoteAcrossLines() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let files = try copyFixtures(to: dir) { text in
                text.replacingOccurrences(of: "ilo-2005-forced-labour-wld,forced-labour,12.3 million,", with: "ilo-2005-forced-labour-wld,forced-labour,\"12.3\nmil\"lion,")
            }
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let skip = try Tipdb.run(["ingest", "--on-error", "skip"] + files, in: dir)
            #expect(skip.status == 1)
            #expect(skip.stderr.contains("figures.csv:3:5: expected a delimiter or end of line after the closing quote, found 'l'"), "\(skip.stderr)")
            #expect(skip.stderr.contains("a quote out of place in a row with a field that spans lines) is never loaded in part, even with --on-error skip"), "\(skip.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("bad invocations: missing file, directory, pipe, unknown format, no database")
    func refusals() throws {
        try withTemporaryDirectory { dir in
            let noDatabase = try Tipdb.run(["ingest", "x.csv"], in: dir)
            #expect(noDatabase.status == 2)
            #expect(noDatabase.stderr.contains("(the default: no --db was given and $TIPDB_DATABASE is not set); "), "\(noDatabase.stderr)")
            try Tipdb.run(["init"], in: dir)
            let missing = try Tipdb.run(["ingest", "missing.csv"], in: dir)
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("missing.csv: no such file; check the path"))
            let directory = try Tipdb.run(["ingest", "."], in: dir)
            #expect(directory.status == 1)
            #expect(directory.stderr.contains(".: is a directory; expected a file to ingest"))
            // A pipe: each of the ingest's readers would see a different part of the stream.
            #expect(mkfifo(dir.appendingPathComponent("pipe.csv").path, 0o600) == 0)
            let pipe = try Tipdb.run(["ingest", "pipe.csv"], in: dir)
            #expect(pipe.status == 1)
            #expect(pipe.stderr.contains("pipe.csv: is not a regular file (standard input, a pipe, socket or device); save the input to a file"), "\(pipe.stderr)")
            try Data("a\n".utf8).write(to: dir.appendingPathComponent("notes.txt"))
            let unknown = try Tipdb.run(["ingest", "notes.txt"], in: dir)
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("notes.txt: cannot tell the file's format from its name or content; pass --format csv, tsv, json, ndjson, csl-json, glotip, ctdc or owid"))
            let usage = try Tipdb.run(["ingest", "--on-error", "ignore", "x.csv"], in: dir)
            #expect(usage.status == 64)
        }
    }

    @Test("ingest --help documents the file contract")
    func help() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["help", "ingest"], in: dir)
            #expect(help.stdout.contains("FILE CONTRACT"))
            #expect(help.stdout.contains("Required: measure, value (or low and high), place, period, source."))
        }
    }
}
