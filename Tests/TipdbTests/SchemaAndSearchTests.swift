import Foundation
import Storage
import Testing

@Suite("Schema documentation, views, full-text search, Datasette")
struct SchemaAndSearchTests {
    @Test("SCHEMA.md is what `tipdb schema --format md` prints (regenerate with make schema)")
    func schemaMarkdownIsCurrent() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let generated = try Tipdb.run(["schema", "--format", "md"], in: dir).stdout
            let committed = try String(contentsOf: repositoryRoot.appendingPathComponent("SCHEMA.md"), encoding: .utf8)
            #expect(generated == committed, "SCHEMA.md is out of date: run `make schema` and commit it")
        }
    }

    @Test("every table and view column has a description")
    func everyColumnDocumented() throws {
        let db = try Database.inMemory()
        try Migrator().migrate(db)
        let documentation = try SchemaDocumentation(db: db)
        for object in documentation.objects {
            #expect(!object.description.isEmpty, "\(object.name) has no description")
            for column in object.columns {
                #expect(!column.description.isEmpty, "\(object.name).\(column.name) has no description")
            }
        }
        let names = Set(documentation.objects.map(\.name))
        #expect(names.isSuperset(of: ["figures", "sources", "figure_citations", "figure_lineage", "latest_estimates", "source_usage", "figures_fts"]))
        #expect(!names.contains("figures_fts_data"))
        // Constraints on several columns are documented too: a row written with SQL must meet them.
        #expect(documentation.objects.first { $0.name == "figure_tags" }?.tableConstraints == ["PRIMARY KEY (figure, tag)"])
        #expect(documentation.objects.first { $0.name == "figures" }?.tableConstraints.contains("CHECK (period_start <= period_end)") == true)
        #expect(documentation.objects.first { $0.name == "latest_estimates" }?.tableConstraints == [])
        #expect(documentation.markdown().contains("Table constraints:\n\n- `PRIMARY KEY (figure, tag)`\n"))
    }

    @Test("schema TABLE and --format json; an unknown table is a usage error")
    func schemaCommand() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let one = try Tipdb.run(["schema", "figures"], in: dir)
            #expect(one.stdout.hasPrefix("figures (table): Every published number"))
            #expect(one.stdout.contains("cites"))
            let json = try Tipdb.run(["schema", "--format", "json"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect((object["objects"] as? [Any])?.isEmpty == false)
            let unknown = try Tipdb.run(["schema", "figurez"], in: dir)
            #expect(unknown.status == 64)
            #expect(unknown.stderr.hasPrefix("tipdb: error: no table or view named figurez; did you mean \"figures\"? Expected one of "), "\(unknown.stderr)")
            let nothingClose = try Tipdb.run(["schema", "zzzzzz"], in: dir)
            #expect(nothingClose.status == 64)
            #expect(nothingClose.stderr.hasPrefix("tipdb: error: no table or view named zzzzzz; expected one of "), "\(nothingClose.stderr)")
            #expect(!unknown.stderr.contains("Usage: tipdb <subcommand>"), "\(unknown.stderr)")
        }
    }

    @Test("the lineage view resolves the 2.4 million to ILO 2005 and 1995-2004")
    func lineageView() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["sql", "SELECT hops, primary_figure, primary_source, primary_period_start, primary_period_end, status FROM figure_lineage WHERE figure = 'francis-2013-trafficked-wld'", "--format", "csv"], in: dir)
            #expect(result.stdout == "hops,primary_figure,primary_source,primary_period_start,primary_period_end,status\r\n2,ilo-2005-trafficked-wld,ilo-2005-global-alliance,1995,2004,repeats\r\n")
            let latest = try Tipdb.run(["sql", "SELECT figure FROM latest_estimates WHERE measure = 'forced-labour' AND place = 'WLD'", "--format", "csv"], in: dir)
            #expect(latest.stdout == "figure\r\nilo-wf-iom-2022-forced-labour-wld\r\n")
            let usage = try Tipdb.run(["sql", "SELECT direct_figures, repeated_by_figures, repeated_by_sources FROM source_usage WHERE source = 'ilo-2005-global-alliance'", "--format", "csv"], in: dir)
            #expect(usage.stdout == "direct_figures,repeated_by_figures,repeated_by_sources\r\n6,3,2\r\n")
        }
    }

    @Test("full-text search stays in sync after ingest, update and delete")
    func searchSync() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try Tipdb.run(["search", "united nations", "--kind", "figures"], in: dir)
            // A figure is named with its whole reference period, its value and unit.
            #expect(found.stdout.contains("figure  francis-2013-trafficked-wld  trafficking-victims (Victims of trafficking in persons (estimated)), WLD (World), 1995-2004: 2.4 million — Francis 2013, repeating unodc-2012-trafficked-wld (UNODC 2012)\n"))
            #expect(found.stdout.contains("[United] [Nations]"))
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path)
            try db.execute("UPDATE figures SET quote = 'a wholly different zanzibar sentence' WHERE key = 'francis-2013-trafficked-wld'")
            #expect(try Tipdb.run(["search", "zanzibar"], in: dir).stdout.contains("francis-2013-trafficked-wld"))
            #expect(!(try Tipdb.run(["search", "\"according to the united\""], in: dir).stdout.contains("francis-2013")))
            try db.execute("DELETE FROM figures WHERE key = 'francis-2013-trafficked-wld'")
            #expect(try Tipdb.run(["search", "zanzibar"], in: dir).stdout == "(0 results)\n")
            try db.execute("INSERT INTO figures_fts (figures_fts) VALUES ('integrity-check')")
            try db.execute("INSERT INTO sources_fts (sources_fts) VALUES ('integrity-check')")
            db.close()
        }
    }

    @Test("when --limit cuts the results, search says more matched and how to see them, as sql --max-rows does")
    func limitReached() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let capped = try Tipdb.run(["search", "labour"], in: dir)
            #expect(capped.status == 0, "\(capped.stderr)")
            #expect(capped.stdout.hasSuffix("\n(first 20 results: --limit 20 reached, more match; raise --limit to see them)\n"), "\(capped.stdout)")
            #expect(capped.stdout.split(separator: "\n").filter { $0.hasPrefix("source  ") || $0.hasPrefix("study  ") || $0.hasPrefix("figure  ") }.count == 20)
            let all = try Tipdb.run(["search", "labour", "--limit", "100"], in: dir)
            #expect(all.stdout.hasSuffix("\n(53 results)\n"), "\(all.stdout)")
            // Exactly as many as match is not cut.
            #expect(try Tipdb.run(["search", "labour", "--limit", "53"], in: dir).stdout.hasSuffix("\n(53 results)\n"))
            let one = try Tipdb.run(["search", "labour", "--limit", "1"], in: dir)
            #expect(one.stdout.hasSuffix("\n(first result only: --limit 1 reached, more match; raise --limit to see them)\n"), "\(one.stdout)")
        }
    }

    @Test("a column filter searches the indexes that have the column; one that none has is an error")
    func columnFilters() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let titles = try Tipdb.run(["search", "title:labour"], in: dir)
            #expect(titles.status == 0, "\(titles.stderr)")
            #expect(titles.stdout.contains("source  ilo-wff-2017-global-estimates  Global Estimates of Modern Slavery: Forced Labour and Forced Marriage\n"))
            #expect(!titles.stdout.contains("figure  "))
            let quotes = try Tipdb.run(["search", "quote:nations"], in: dir)
            #expect(quotes.status == 0 && quotes.stdout.contains("figure  francis-2013-trafficked-wld"), "\(quotes.stderr)")
            // A subgroup figure says whom it covers, so it does not read as a total.
            let subgroups = try Tipdb.run(["search", "female OR women OR children", "--kind", "figures"], in: dir)
            #expect(subgroups.stdout.contains("figure  ilo-2012-forced-labour-female-wld  forced-labour (Forced labour), WLD (World), 2002-2011 (female): 11.4 million — ILO 2012\n"), "\(subgroups.stdout)")
            let nowhere = try Tipdb.run(["search", "colour:red"], in: dir)
            #expect(nowhere.status == 64)
            #expect(nowhere.stderr == """
                tipdb: error: no search index has a column named colour: sources have title, authors, publisher, notes and container; \
                studies have title, summary and population; figures have quote and notes \
                (to search for the words instead, put them in double quotes: '"colour:red"')

                """)
            let narrowed = try Tipdb.run(["search", "title:labour", "--kind", "figures"], in: dir)
            #expect(narrowed.status == 64)
            #expect(narrowed.stderr == """
                tipdb: error: figures have no title column, only quote and notes (sources and studies have title: \
                leave out --kind to search them too); to search for the words instead, put them in double quotes: '"title:labour"'

                """)
            #expect(narrowed.stdout.isEmpty)
        }
    }

    @Test("each index gets the query with its own columns: a column it lacks counts as empty there, and a note says so")
    func columnsPerIndex() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            // quote is a figures column, title one of sources and studies: each kind is found by its own.
            let mixed = try Tipdb.run(["search", "quote:time OR title:labour", "--limit", "100"], in: dir)
            #expect(mixed.status == 0, "\(mixed.stderr)")
            #expect(mixed.stderr == """
                note: sources and studies have no quote column; it counts as empty for them
                note: figures have no title column; it counts as empty for them

                """)
            #expect(mixed.stdout.contains("figure  unodc-2012-trafficked-wld  trafficking-victims (Victims of trafficking in persons (estimated)), WLD (World), 1995-2004: 2.4 million — UNODC 2012, repeating ilo-2005-trafficked-wld (ILO 2005); FLAG: UNODC 2012 changes what it repeats from ILO 2005: the range (none given, not at least 2.45 million)\n    at any one [time]\n"))
            #expect(mixed.stdout.contains("study  ilo-2005-minimum-estimate  ILO minimum estimate of forced labour, 1995-2004\n"))
            #expect(mixed.stdout.contains("source  ilo-2014-profits-poverty  Profits and Poverty: The Economics of Forced Labour\n"))
            // Both at once: no record has a quote and a title, so nothing matches, and that is not an error.
            let both = try Tipdb.run(["search", "quote:time title:labour"], in: dir)
            #expect(both.status == 0 && both.stdout == "(0 results)\n", "\(both.stderr)")
            // An excluded column that an index lacks excludes nothing there: figures match labour and forced in any column.
            let excluded = try Tipdb.run(["search", "labour -title:forced", "--limit", "100"], in: dir)
            #expect(excluded.status == 0 && excluded.stderr == "note: figures have no title column; it counts as empty for them\n", "\(excluded.stderr)")
            // AND, FTS5 syntax, searches text only: the plain words would add the figures of the measure forced labour.
            let everywhere = try Tipdb.run(["search", "labour AND forced", "--kind", "figures", "--limit", "100"], in: dir)
            let figureLines = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("figure  ") } }
            #expect(!figureLines(everywhere.stdout).isEmpty)
            #expect(figureLines(excluded.stdout) == figureLines(everywhere.stdout))
            // A name in braces or in quotes is a column too, in any case.
            let braces = try Tipdb.run(["search", "{title quote}:labour", "--limit", "100"], in: dir)
            #expect(braces.stderr == """
                note: figures have no title column; it counts as empty for them
                note: sources and studies have no quote column; it counts as empty for them

                """)
            #expect(braces.stdout.contains("study  ilo-2005-minimum-estimate  "))
            let quoted = try Tipdb.run(["search", "\"TITLE\":labour", "--kind", "sources"], in: dir)
            #expect(quoted.status == 0 && quoted.stderr.isEmpty && quoted.stdout.contains("source  ilo-wff-2017-global-estimates  "), "\(quoted.stderr)")
        }
    }

    @Test("a query that is not FTS5 syntax is searched as plain words, and a note says so", arguments: [
        ("forced-labour", "\"forced-labour\"", "in FTS5, - before a name leaves out a column; NOT leaves out a word", "Highest regional prevalence of [forced labour]."),
        ("US$32 billion", "\"US$32\" \"billion\"", "FTS5 allows \"$\" only inside double quotes", "About [US$32] [billion] a year"),
        ("world's", "\"world's\"", "FTS5 allows \"'\" only inside double quotes", "[world's]"),
        ("\"unterminated phrase", "\"\"\"unterminated\" \"phrase\"", "a double quote is not closed", nil),
        ("AND OR", "\"AND\" \"OR\"", "fts5: syntax error near \"AND\"", "[and]"),
        ("NEAR(", "\"NEAR(\"", "fts5: syntax error near \"\"", nil),
        ("zzq%", "\"zzq%\"", "FTS5 allows \"%\" only inside double quotes", nil),
    ] as [(String, String, String, String?)])
    func plainWords(query: String, words: String, reason: String, snippet: String?) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["search", query, "--limit", "100"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            // A word that finds nothing is named too (session 51).
            let unmatched = query == "zzq%" ? "note: no source, study or figure has the word \(words)\n" : ""
            #expect(result.stderr == "note: read as plain words, \(words), since the query is not FTS5 syntax (\(reason))\n" + unmatched, "\(result.stderr)")
            if let snippet {
                #expect(result.stdout.contains(snippet), "\(result.stdout)")
            } else {
                #expect(result.stdout == "(0 results)\n")
            }
        }
    }

    @Test("FTS5 syntax keeps working, with no note: phrases, OR, NOT, prefix*, NEAR, a doubled quote inside a phrase")
    func fts5Syntax() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            for query in ["\"united nations\"", "female OR women", "estimate NOT minimum", "traffick*", "NEAR(forced labour, 2)", "\"world\"\"s\""] {
                let result = try Tipdb.run(["search", query, "--limit", "100"], in: dir)
                #expect(result.status == 0 && result.stderr.isEmpty, "\(query): \(result.stderr)")
                #expect(result.stdout != "(0 results)\n", "\(query)")
            }
            #expect(try Tipdb.run(["search", "estimate", "--limit", "100"], in: dir).stdout.contains("figure  ilo-2005-forced-labour-wld  "))
            #expect(!(try Tipdb.run(["search", "estimate NOT minimum", "--limit", "100"], in: dir).stdout.contains("ilo-2005-forced-labour-wld")))
            let prefix = try Tipdb.run(["search", "traffick*", "--kind", "figures", "--limit", "100"], in: dir).stdout
            #expect(prefix.contains("[trafficked]") && prefix.contains("[trafficking]"), "\(prefix)")
        }
    }

    @Test("a query may be a negative number or several arguments; a mistyped option is refused, not searched for; after -- every word is the query")
    func queryArguments() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let negative = try Tipdb.run(["search", "-11", "--kind", "figures"], in: dir)
            #expect(negative.status == 0, "\(negative.stderr)")
            #expect(negative.stdout.hasPrefix("figure  unodc-2023-detected-victims-change-wld  detected-trafficking-victims (Detected victims of trafficking), WLD (World), 2019-2020: down 11% — UNODC 2023\n"))
            #expect(negative.stderr.hasPrefix("note: read as plain words, \"-11\", since the query is not FTS5 syntax"))
            #expect(try Tipdb.run(["search", "--kind", "figures", "--", "-11"], in: dir).stdout == negative.stdout)
            let joined = try Tipdb.run(["search", "forced", "labour", "--limit", "100"], in: dir)
            #expect(joined.status == 0 && joined.stderr.isEmpty, "\(joined.stderr)")
            #expect(joined.stdout == (try Tipdb.run(["search", "forced labour", "--limit", "100"], in: dir)).stdout)
            for option in ["--limt", "-k"] {
                let typo = try Tipdb.run(["search", option, "5", "labour"], in: dir)
                #expect(typo.status == 64)
                #expect(typo.stderr.hasPrefix("tipdb: error: unknown option '\(option)'; to search for a word that starts with -, put it after --, as in tipdb search -- \(option)\n"), "\(typo.stderr)")
                #expect(typo.stdout.isEmpty)
            }
            // One argument with a space or a colon is a query, even when it starts with -.
            let filter = try Tipdb.run(["search", "-quote:forced labour", "--kind", "figures", "--limit", "1"], in: dir)
            #expect(filter.status == 0 && filter.stderr.isEmpty && filter.stdout.hasPrefix("figure  "), "\(filter.stderr)")
        }
    }

    @Test("an empty or blank query is a usage error that says what to give", arguments: ["", " ", "\t\n"])
    func emptyQuery(query: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["search", query], in: dir)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("tipdb: error: the search query is empty; give words to search for, such as tipdb search 'forced labour'\n"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("Datasette metadata carries the same descriptions")
    func datasette() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let result = try Tipdb.run(["export", "datasette-metadata", "-o", "metadata.json"], in: dir)
            #expect(result.status == 0)
            let data = try Data(contentsOf: dir.appendingPathComponent("metadata.json"))
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let databases = try #require(root["databases"] as? [String: Any])
            let tables = try #require((databases["tipdb"] as? [String: Any])?["tables"] as? [String: Any])
            let figures = try #require(tables["figures"] as? [String: Any])
            #expect((figures["description"] as? String)?.hasPrefix("Every published number") == true)
            #expect((figures["columns"] as? [String: String])?["cites"]?.contains("lineage") == true)
            // Case rows (one per person) are hidden from Datasette's table list; figures are not.
            #expect((tables["cases"] as? [String: Any])?["hidden"] as? Bool == true)
            #expect(figures["hidden"] == nil)
        }
    }

    @Test("Datasette metadata: the tables of figures get the one source's source, source_url and license; with several sources, each row cites its own and no licence is given")
    func datasetteSource() throws {
        try withTemporaryDirectory { dir in
            func tables() throws -> [String: [String: Any]] {
                let result = try Tipdb.run(["export", "datasette-metadata"], in: dir)
                #expect(result.status == 0, "\(result.stderr)")
                let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
                #expect(root["license"] == nil)
                let databases = try #require(root["databases"] as? [String: Any])
                return try #require((databases["tipdb"] as? [String: Any])?["tables"] as? [String: [String: Any]])
            }
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date,url,license\nwf-2023,report,Global Slavery Index,Walk Free,2023,https://www.walkfree.org/,CC BY 4.0\nilo-2024,report,Profits and Poverty,International Labour Organization,2024,,\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("key,measure,value,unit,place,period,source,method\nwf-gsi-wld,modern-slavery,50 million,persons,WLD,2021,wf-2023,estimated\n".utf8)
                .write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir).status == 0)
            let one = try tables()
            for name in ["figures", "figure_citations", "latest_estimates"] {
                #expect(one[name]?["source"] as? String == "Walk Free (2023). Global Slavery Index", "\(name)")
                #expect(one[name]?["source_url"] as? String == "https://www.walkfree.org/", "\(name)")
                #expect(one[name]?["license"] as? String == "CC BY 4.0", "\(name)")
            }
            // tipdb's reference tables are not the source's: they get no source or licence of their own.
            #expect(one["places"]?["license"] == nil && one["places"]?["source"] == nil)
            #expect((one["sources"]?["description"] as? String)?.hasSuffix("Sources are per row: each has its own url and license columns, so the table as a whole gives no one source, URL or licence.") == true)
            try Data("key,measure,value,unit,place,period,source,method\nilo-fl-wld,forced-labour,27.6 million,persons,WLD,2021,ilo-2024,estimated\n".utf8)
                .write(to: dir.appendingPathComponent("more.csv"))
            #expect(try Tipdb.run(["ingest", "more.csv"], in: dir).status == 0)
            let several = try tables()
            #expect(several["figures"]?["source"] as? String == "Each row cites its own source: see the source column and the sources table")
            #expect(several["figures"]?["source_url"] == nil && several["figures"]?["license"] == nil)
        }
    }

    @Test("Python's sqlite3 module opens the file as it is and runs every view")
    func python() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") || ProcessInfo.processInfo.environment["PATH"]?.contains("python") == true else { return }
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let script = """
                import sqlite3, sys
                db = sqlite3.connect('file:tipdb.sqlite?mode=ro', uri=True)
                names = [r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type IN ('view', 'table') AND name NOT LIKE 'sqlite_%' ORDER BY name")]
                for name in names:
                    count = db.execute('SELECT count(*) FROM "%s"' % name.replace('"', '""')).fetchone()[0]
                    print(name, count)
                print(db.execute("SELECT count(*) FROM figures_fts WHERE figures_fts MATCH 'nations'").fetchone()[0])
                """
            try Data(script.utf8).write(to: dir.appendingPathComponent("check.py"))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "check.py"]
            process.currentDirectoryURL = dir
            let out = Pipe()
            process.standardOutput = out
            process.standardError = out
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus != 127 else { return }  // no python3 here
            #expect(process.terminationStatus == 0, "\(text)")
            for view in ["figure_citations 60", "figure_lineage 60", "latest_estimates", "source_usage 11"] {
                #expect(text.contains(view), "\(text)")
            }
        }
    }
}
