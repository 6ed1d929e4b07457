import Foundation
import Ingest
import Storage
import Testing

@Suite("Ingest: loading, atomicity, idempotency, lineage")
struct IngesterTests {
    @Test("sources and figures in one command load in dependency order, whatever the argument order")
    func dependencyOrder() throws {
        let h = try IngestHarness()
        let figures = try h.write("figures.csv", IngestHarness.figures)
        let sources = try h.write("sources.csv", IngestHarness.sources)
        let report = try h.ingest([figures, sources])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.committed)
        #expect(report.files.map(\.kind) == ["sources", "figures"])
        #expect(report.files[1].inserted == 3)
        #expect(try h.count("figures") == 3)
        let francis = try #require(try h.db.figure(key: "francis-2013-trafficked"))
        #expect(francis.value == 2_400_000)
        #expect(francis.place == "WLD")
        #expect(francis.unit == "persons")
        #expect(francis.cites == "unodc-2012-trafficked")
        #expect(francis.quote == "the number of trafficked persons in the world – 2.4 million according to the United Nations")
        #expect(francis.periodStart == "1995" && francis.periodEnd == "2004")
        #expect(try h.db.figure(key: "ilo-2005-trafficked")?.tags == ["global", "ilo"])
        // Every row points at its batch, and the batch records the file.
        let batch = try #require(try h.db.rows("SELECT * FROM ingest_batches WHERE kind = 'figures'").first)
        #expect(batch.int("rows_inserted") == 3)
        // Hashed on another thread while the rows loaded: the digest of the bytes all the same.
        #expect(batch.string("sha256") == (try Checksum.sha256(fileAtPath: figures)))
        #expect(try h.db.integer("SELECT count(*) FROM figures WHERE batch_id = ?", [batch.int("id") ?? 0]) == 3)
    }

    @Test("re-ingesting the same files changes nothing; a changed row is an update with a revision")
    func idempotencyAndRevisions() throws {
        let h = try IngestHarness()
        let sources = try h.write("sources.csv", IngestHarness.sources)
        let figures = try h.write("figures.csv", IngestHarness.figures)
        _ = try h.ingest([sources, figures])
        let again = try h.ingest([sources, figures])
        #expect(again.files.map(\.unchanged) == [3, 3])
        #expect(again.files.map(\.inserted) == [0, 0])
        #expect(try h.count("figure_revisions") == 0)

        let changed = IngestHarness.figures.replacingOccurrences(of: "2.4 million,,WLD", with: "2.5 million,,WLD")
        let report = try h.ingest([try h.write("figures.csv", changed)])
        #expect(report.files[0].updated == 1)
        #expect(report.files[0].unchanged == 2)
        #expect(try h.db.figure(key: "unodc-2012-trafficked")?.value == 2_500_000)
        let revision = try #require(try h.db.rows("SELECT figure, previous, batch_id FROM figure_revisions").first)
        #expect(revision.string("figure") == "unodc-2012-trafficked")
        #expect(revision.string("previous")?.contains("\"value\":2400000") == true)
        #expect(revision.int("batch_id") == report.files[0].batch)
    }

    @Test("an error in the last row of the last file leaves the database byte-for-byte unchanged")
    func atomicity() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("base.csv", IngestHarness.sources)])
        let before = try h.fileBytes()
        let sources = try h.write("more-sources.csv", IngestHarness.sources.replacingOccurrences(of: "ilo-2005,", with: "ilo-2005b,"))
        let broken = IngestHarness.figures + "last,forced-labour,12.3 zillion,,WLD,1995-2004,ilo-2005,,,,\n"
        let figures = try h.write("figures.csv", broken)
        let report = try h.ingest([sources, figures])
        #expect(!report.committed)
        #expect(report.errors.map(\.description) == [
            "\(figures):5:20: value: \"12.3 zillion\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million"
        ])
        #expect(report.errors.first?.line == 5)
        #expect(try h.fileBytes() == before)
        #expect(try h.count("figures") == 0)
        #expect(try h.count("ingest_batches") == 1)
    }

    @Test("every error is listed with its position, not only the first")
    func allErrorsListed() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let file = try h.write("bad.csv", """
            key,measure,value,place,period,source,unit
            a,forced-labor,1,WLD,2016,ilo-2005,
            b,forced-labour,1,Atlantis,2016,ilo-2005,
            c,forced-labour,1,WLD,2016-2010,ilo-2005,
            d,forced-labour-profits,5,WLD,2016,ilo-2005,persons
            e,forced-labour,1,WLD,2016,nobody,
            f,forced-labour,<5,WLD,2016,ilo-2005,

            """)
        let report = try h.ingest([file])
        let messages = report.errors.map(\.description)
        #expect(messages.count == 5, "\(messages)")
        #expect(messages.contains("\(file):2:3: measure: unknown measure \"forced-labor\"; did you mean \"forced-labour\"? Expected a code from the measures table (tipdb sql 'SELECT code FROM measures'), or a measure of your own defined in a measures file (README: Measures of your own)")
                || messages.contains { $0.hasPrefix("\(file):2:3: measure: unknown measure \"forced-labor\"; did you mean \"forced-labour\"") })
        #expect(messages.contains { $0.hasPrefix("\(file):3:19: place: unknown place \"Atlantis\"") })
        #expect(messages.contains { $0.hasPrefix("\(file):4:23: period: period \"2016-2010\" starts after it ends") })
        #expect(messages.contains { $0.hasPrefix("\(file):5:45: unit: unit \"persons\" does not fit measure \"forced-labour-profits\", which counts money; expected one of USD, USD-change, USD-per-person, percent-change") })
        #expect(messages.contains { $0.hasPrefix("\(file):6:28: source: unknown source \"nobody\"") })
        #expect(try h.count("figures") == 0)
    }

    @Test("a figure that does not say how it was obtained takes its measure's method: detected for counts from records, estimated for estimates and money")
    func defaultMethod() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let file = try h.write("methods.csv", """
            key,measure,value,place,period,source,method
            victims,detected-trafficking-victims,"50,000",WLD,2020,ilo-2005,
            convicted,persons-convicted,"3,000",WLD,2020,ilo-2005,
            forced,forced-labour,27.6 million,WLD,2021,ilo-2005,
            profits,forced-labour-profits,US$236 billion,WLD,2021,ilo-2005,
            told,detected-trafficking-victims,"60,000",WLD,2021,ilo-2005,reported

            """)
        let report = try h.ingest([file])
        #expect(report.committed && report.errors.isEmpty)
        let methods = try h.db.rows("SELECT key, method FROM figures ORDER BY key").map { "\($0.string("key") ?? ""): \($0.string("method") ?? "")" }
        #expect(methods == ["convicted: detected", "forced: estimated", "profits: estimated", "told: reported", "victims: detected"])
    }

    @Test("--on-error skip loads valid rows and keeps rejected ones with line, column, text and reason")
    func skipMode() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let file = try h.write("mixed.csv", """
            key,measure,value,place,period,source
            good,forced-labour,12.3 million,WLD,1995-2004,ilo-2005
            bad,forced-labour,lots,WLD,1995-2004,ilo-2005
            censored,detected-trafficking-victims,<5,PHL,2019,ilo-2005

            """)
        let report = try h.ingest([file], IngestOptions(onError: .skip))
        #expect(report.committed)
        #expect(report.files[0].inserted == 2)
        #expect(report.files[0].rejected == 1)
        #expect(report.errors.count == 1)
        let reject = try #require(try h.db.rows("SELECT line, \"column\", raw, reason FROM ingest_rejects").first)
        #expect(reject.int("line") == 3)
        #expect(reject.int("column") == 19)
        #expect(reject.string("raw") == "bad,forced-labour,lots,WLD,1995-2004,ilo-2005")
        #expect(reject.string("reason")?.hasPrefix("value: \"lots\" is not a number") == true)
        let censored = try #require(try h.db.figure(key: "censored"))
        #expect(censored.censored && censored.value == nil && censored.low == 1 && censored.high == 4)
    }

    @Test("--on-error skip takes back a row whose cites does not resolve, and the batch counts agree with the summary")
    func skipUnresolvedCites() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        _ = try h.ingest([try h.write("first.csv", """
            key,measure,value,place,period,source
            kept,forced-labour,12.3 million,WLD,1995-2004,ilo-2005

            """)])
        let file = try h.write("second.csv", """
            key,measure,value,place,period,source,cites
            good,forced-labour,27.6 million,WLD,2021,ilo-2005,
            new-citer,forced-labour,25 million,WLD,2016,ilo-2005,nowhere
            kept,forced-labour,12.3 million,WLD,1995-2004,ilo-2005,nowhere-else
            bad,forced-labour,lots,WLD,1995-2004,ilo-2005,

            """)
        let report = try h.ingest([file], IngestOptions(onError: .skip))
        #expect(report.committed)
        let summary = try #require(report.files.first)
        let tally: [Int] = [summary.read, summary.inserted, summary.updated, summary.unchanged, summary.rejected]
        #expect(tally == [4, 1, 0, 0, 3])
        let batch = try #require(try h.db.rows("SELECT * FROM ingest_batches WHERE id = ?", [summary.batch ?? 0]).first)
        let counts: [Int64?] = ["rows_read", "rows_inserted", "rows_updated", "rows_unchanged", "rows_rejected"].map { batch.int($0) }
        #expect(counts == [4, 1, 0, 0, 3])
        #expect(try h.db.figure(key: "new-citer") == nil)
        // The updated row is put back as it was, with no revision left behind.
        #expect(try h.db.figure(key: "kept")?.cites == nil)
        #expect(try h.count("figure_revisions") == 0)
        #expect(try h.count("ingest_rejects") == 3)
    }

    @Test("in a command of several files, each batch's counts match its own file after lineage rejects")
    func skipUnresolvedCitesAcrossFiles() throws {
        let h = try IngestHarness()
        let sources = try h.write("s.csv", IngestHarness.sources)
        let first = try h.write("a.csv", """
            key,measure,value,place,period,source,cites
            a1,forced-labour,12.3 million,WLD,1995-2004,ilo-2005,
            a2,forced-labour,20.9 million,WLD,2002-2011,ilo-2005,

            """)
        let second = try h.write("b.csv", """
            key,measure,value,place,period,source,cites
            b1,forced-labour,25 million,WLD,2016,ilo-2005,a1
            b2,forced-labour,27.6 million,WLD,2021,ilo-2005,missing

            """)
        let report = try h.ingest([sources, first, second], IngestOptions(onError: .skip))
        #expect(report.committed)
        for (file, expected) in [("a.csv", [2, 2, 0]), ("b.csv", [2, 1, 1])] {
            let summary = try #require(report.files.first { $0.file.hasSuffix(file) })
            let tally: [Int] = [summary.read, summary.inserted, summary.rejected]
            #expect(tally == expected, "\(file)")
            let row = try #require(try h.db.rows("SELECT * FROM ingest_batches WHERE id = ?", [summary.batch ?? 0]).first)
            let counts: [Int64?] = ["rows_read", "rows_inserted", "rows_rejected"].map { row.int($0) }
            #expect(counts == expected.map { Int64($0) }, "\(file)")
            #expect(row.string("finished_at") != nil)
        }
        #expect(try h.db.figure(key: "b2") == nil)
        #expect(try h.db.figure(key: "b1")?.cites == "a1")
    }

    @Test("studies come back with the places they cover, and a study without places has none")
    func studiesWithPlaces() throws {
        let h = try IngestHarness()
        let sources = try h.write("s.csv", IngestHarness.sources)
        let studies = try h.write("studies.csv", """
            key,title,source,method,period,places
            regional,A regional survey,ilo-2005,survey,2019,PHL;IDN;VNM
            nowhere,A desk review,ilo-2005,,2019,

            """)
        let report = try h.ingest([sources, studies])
        #expect(report.errors.isEmpty, "\(report.errors)")
        let all = try h.db.studies()
        #expect(all.map(\.key) == ["nowhere", "regional"])
        #expect(all.map(\.places) == [[], ["IDN", "PHL", "VNM"]])
        #expect(try h.db.study(key: "regional")?.places == ["IDN", "PHL", "VNM"])
    }

    @Test("a dry run reports what would happen and writes nothing")
    func dryRun() throws {
        let h = try IngestHarness()
        let before = try h.fileBytes()
        let report = try h.ingest([try h.write("s.csv", IngestHarness.sources)], IngestOptions(dryRun: true))
        #expect(report.files[0].inserted == 3)
        #expect(!report.committed)
        #expect(report.files[0].batch == nil)
        #expect(try h.fileBytes() == before)
    }

    @Test("lineage: unknown cited figures and loops are rejected; forward references are fine")
    func lineage() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let forward = try h.write("forward.csv", """
            key,measure,value,place,period,source,cites
            repeat,forced-labour,12.3 million,WLD,1995-2004,unodc-2012,primary
            primary,forced-labour,12.3 million,WLD,1995-2004,ilo-2005,

            """)
        #expect(try h.ingest([forward]).errors.isEmpty)
        let loop = try h.write("loop.csv", """
            key,measure,value,place,period,source,cites
            a,forced-labour,1,WLD,2016,ilo-2005,b
            b,forced-labour,1,WLD,2016,ilo-2005,a
            c,forced-labour,1,WLD,2016,ilo-2005,nowhere

            """)
        let report = try h.ingest([loop])
        let messages = report.errors.map(\.description)
        #expect(messages.contains("\(loop):2:37: cites: lineage loops: a → b → a; expected a chain that ends at a primary figure"))
        #expect(messages.contains("\(loop):3:37: cites: lineage loops: b → a → b; expected a chain that ends at a primary figure"))
        #expect(messages.contains("\(loop):4:37: cites: unknown figure \"nowhere\"; expected the key of a figure in the database or in this command"))
        #expect(try h.count("figures") == 2)
    }

    @Test("skip: a row citing one its cites refused is refused too, and a row running into a loop it is not part of loads")
    func skipLineageSettles() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources), try h.write("f.csv", IngestHarness.figures)])
        // fa cites fb, written first; fb cites nothing known and is taken back out, so fa must go
        // too (it once stayed, and the commit failed on its foreign key).
        let chain = try h.write("chain.csv", """
            key,measure,value,place,period,source,cites
            fa,forced-labour,5,WLD,2016,ilo-2005,fb
            fb,forced-labour,6,WLD,2016,ilo-2005,nosuch

            """)
        let report = try h.ingest([chain], IngestOptions(onError: .skip))
        #expect(report.committed && report.files[0].rejected == 2)
        #expect(report.errors.map(\.description) == [
            "\(chain):2:38: cites: figure \"fb\" was refused at \(chain):3 (see its error there); expected it to load: fix that row",
            "\(chain):3:38: cites: unknown figure \"nosuch\"; expected the key of a figure in the database or in this command",
        ])
        #expect(try h.count("ingest_rejects") == 2 && h.db.figure(key: "fa") == nil && h.db.figure(key: "fb") == nil)

        // The primary figure updated to cite a repeat of itself is refused; a new row citing the
        // primary figure is fine, in both modes, and loads under skip.
        let loop = try h.write("loop.csv", """
            key,measure,value,unit,place,period,source,cites
            ilo-2005-trafficked,trafficking-victims,"2,450,000",persons,World,1995-2004,ilo-2005,francis-2013-trafficked
            ok,forced-labour,1,persons,WLD,2016,ilo-2005,ilo-2005-trafficked

            """)
        let loopError = "\(loop):2:86: cites: lineage loops: ilo-2005-trafficked → francis-2013-trafficked → unodc-2012-trafficked → ilo-2005-trafficked; expected a chain that ends at a primary figure"
        #expect(try h.ingest([loop]).errors.map(\.description) == [loopError])
        let skipped = try h.ingest([loop], IngestOptions(onError: .skip))
        #expect(skipped.errors.map(\.description) == [loopError])
        #expect(skipped.files[0].inserted == 1 && skipped.files[0].rejected == 1)
        #expect(try h.db.figure(key: "ok")?.cites == "ilo-2005-trafficked" && h.db.figure(key: "ilo-2005-trafficked")?.cites == nil)
    }

    @Test("a value with a line break, an escape sequence or a right-to-left override is quoted in its error as visible escapes, one line per error")
    func controlCharactersInMessages() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let file = try h.write("f.csv", "key,measure,value,place,period,source\nk,forced-labour,\"12\n\u{202E}000\",\u{1B}[2JWLD,2016,ilo-2005\n")
        let messages = try h.ingest([file]).errors.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.first?.hasPrefix("value: \"12\\n\\u{202E}000\" is not a number;") == true, "\(messages)")
        #expect(messages.last?.hasPrefix("place: unknown place \"\\u{1B}[2JWLD\"") == true, "\(messages)")
        #expect(!messages.contains { $0.contains("\n") || $0.contains("\u{1B}") })
    }

    @Test("rows without a key get a deterministic, readable key")
    func derivedKeys() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let file = try h.write("nokey.csv", """
            measure,value,place,period,source,sex
            forced-labour,11.4 million,WLD,2002-2011,ilo-2005,female

            """)
        let report = try h.ingest([file])
        #expect(report.files[0].derivedKeys == 1)
        #expect(try h.db.figure(key: "ilo-2005:forced-labour:WLD:2002-2011:female") != nil)
        #expect(try h.ingest([file]).files[0].unchanged == 1)
    }

    @Test("header problems: unknown and missing columns, x_ extras kept as JSON")
    func headers() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let unknown = try h.write("unknown.csv", "key,measure,valeu,place,period,source\n")
        let report = try h.ingest([unknown], IngestOptions(kind: .figures))
        #expect(report.errors.map(\.description).contains { $0.hasPrefix("\(unknown):1:13: unknown column \"valeu\"; did you mean \"value\"?") })
        #expect(report.errors.map(\.description).contains("\(unknown):1:1: missing column \"value\"; a figures file needs measure, value (or low and high), place, period, source"))
        // Trimmed like every field; a cell of spaces is an empty one.
        let extra = try h.write("extra.csv", "key,measure,value,place,period,source,x_page_seen,x_blank\nk,forced-labour,1,WLD,2016,ilo-2005, p. 12\u{A0},   \n")
        #expect(try h.ingest([extra]).errors.isEmpty)
        #expect(try h.db.figure(key: "k")?.extra == "{\"x_page_seen\":\"p. 12\"}")
    }
}

@Suite("Ingest: duplicate keys")
struct DuplicateKeyTests {
    @Test("a key repeated in one command is an error naming both lines, across files too")
    func duplicates() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let first = try h.write("a.csv", "key,measure,value,place,period,source\nk1,forced-labour,1,WLD,2016,ilo-2005\nk2,forced-labour,2,WLD,2016,ilo-2005\nk1,forced-labour,3,WLD,2016,ilo-2005\n")
        let second = try h.write("b.csv", "key,measure,value,place,period,source\nk2,forced-labour,9,WLD,2017,ilo-2005\n")
        let report = try h.ingest([first, second])
        #expect(report.errors.map(\.description) == [
            "\(first):4:1: key: duplicate figure key \"k1\", already on line 2 of this file, with other cells: value 3 here, 1 there; expected each key once in a command: keep the row that is right and remove the other",
            "\(second):2:1: key: duplicate figure key \"k2\", already on line 3 of \(first), with other cells: value 9 here, 2 there; period 2017 here, 2016 there; expected each key once in a command: keep the row that is right and remove the other",
        ])
        #expect(try h.count("figures") == 0)
        // The memory of keys is per command: loading the first file alone again is fine.
        let again = try h.ingest([try h.write("c.csv", "key,measure,value,place,period,source\nk1,forced-labour,1,WLD,2016,ilo-2005\n")])
        #expect(again.errors.isEmpty)
    }

    @Test("sources and studies keys are checked the same way, each kind on its own")
    func sourcesAndStudies() throws {
        let h = try IngestHarness()
        let sources = try h.write("sources.csv", "key,title,publisher\nsrc,A,P\nother,B,P\nsrc,C,P\n")
        let studies = try h.write("studies.csv", "key,title,source\nsrc,Study named like a source,src\nst,S,src\nst,S again,src\n")
        let report = try h.ingest([sources, studies])
        #expect(report.errors.map(\.description) == [
            "\(sources):4:1: key: duplicate source key \"src\", already on line 2 of this file, with other cells: title \"C\" here, \"A\" there; expected each key once in a command: keep the row that is right and remove the other",
            "\(studies):4:1: key: duplicate study key \"st\", already on line 3 of this file, with other cells: title \"S again\" here, \"S\" there; expected each key once in a command: keep the row that is right and remove the other",
        ])
        #expect(try h.count("sources") == 0)
    }

    @Test("keys repeated in CSL-JSON and NDJSON files are caught with the line of each object")
    func jsonFormats() throws {
        let h = try IngestHarness()
        let csl = try h.write("refs.json", """
            [
              {"id": "a-2020", "type": "report", "title": "A", "publisher": "P"},
              {"id": "a-2020", "type": "report", "title": "A again", "publisher": "P"}
            ]
            """)
        let figures = try h.write("figures.ndjson", """
            {"key": "n1", "measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "a-2020"}
            {"key": "n2", "measure": "forced-labour", "value": 2, "place": "WLD", "period": "2016", "source": "a-2020"}
            {"key": "n1", "measure": "forced-labour", "value": 3, "place": "WLD", "period": "2016", "source": "a-2020"}

            """)
        let report = try h.ingest([csl, figures])
        let errors = report.errors.map(\.description)
        #expect(errors.count == 2, "\(errors)")
        // The CSL file's member is `id`, and so is the message's (it said `key: duplicate source key`).
        #expect(errors.contains("\(csl):3:10: id: duplicate id \"a-2020\", already on line 2 of this file, with other cells: title \"A again\" here, \"A\" there; expected each id once in a command: keep the row that is right and remove the other"), "\(errors)")
        #expect(errors.contains { $0.hasPrefix("\(figures):3:9: key: ") && $0.contains("duplicate figure key \"n1\", already on line 1 of this file") })
        #expect(try h.count("figures") == 0)
    }

    @Test("a row refused for its values or references still claims its key, so a second row with it is named in the same run; keys far apart are caught")
    func rejectedRowsAndLongFiles() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        // Source line 2 has no title; line 3 repeats its key, which it claimed all the same.
        let sources = try h.write("s2.csv", "key,title,publisher\nnew,,P\nnew,Titled,P\n")
        // Line 2 names an unknown source, so line 3 repeats its key; line 4's value cannot be read,
        // and line 5 repeats its key too. Then 3,000 figures: the repeat on the last line is many
        // chunks on.
        var text = """
            key,measure,value,place,period,source
            bad,forced-labour,1,WLD,2016,no-such-source
            bad,forced-labour,1,WLD,2016,ilo-2005
            unread,forced-labour,not-a-number,WLD,2016,ilo-2005
            unread,forced-labour,1,WLD,2016,ilo-2005

            """
        for i in 0..<3_000 { text += "f-\(i),forced-labour,\(i),WLD,2016,ilo-2005\n" }
        text += "f-7,forced-labour,1,WLD,2016,ilo-2005\n"
        let figures = try h.write("f.csv", text)
        let report = try h.ingest([sources, figures], IngestOptions(onError: .skip))
        let errors = report.errors.map(\.description)
        #expect(errors.count == 7, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("\(sources):2:") && $0.contains("title") })
        #expect(errors.contains("\(sources):3:1: key: duplicate source key \"new\", already on line 2 of this file, which was refused (see its error there); expected each key once in a command"))
        #expect(errors.contains("\(figures):5:1: key: duplicate figure key \"unread\", already on line 4 of this file, which was refused (see its error there); expected each key once in a command"))
        #expect(errors.contains { $0.hasPrefix("\(figures):2:") && $0.contains("no-such-source") })
        #expect(errors.contains("\(figures):3:1: key: duplicate figure key \"bad\", already on line 2 of this file, which was refused (see its error there); expected each key once in a command"))
        #expect(errors.contains { $0.hasPrefix("\(figures):4:") && $0.contains("not-a-number") })
        #expect(errors.contains("\(figures):3006:1: key: duplicate figure key \"f-7\", already on line 13 of this file, with other cells: value 1 here, 7 there; expected each key once in a command: keep the row that is right and remove the other"))
        #expect(try h.db.integer("SELECT count(*) FROM sources WHERE key = 'new'") == 0)
        #expect(try h.db.integer("SELECT count(*) FROM figures WHERE key IN ('bad', 'unread')") == 0)
        #expect(try h.count("figures") == 3_000)

        // A row without a key claims the key it would have had, when its identity could be read.
        let derived = try h.write("d.csv", """
            measure,value,place,period,source
            forced-labour,1.5,DEU,2020,ilo-2005
            forced-labour,7,DEU,2020,ilo-2005

            """)
        #expect(try h.ingest([derived], IngestOptions(onError: .skip)).errors.map(\.description).last
                == "\(derived):3:1: the same derived key as line 2, which was refused (see its error there): both rows derive key \"ilo-2005:forced-labour:DEU:2020\" from their measure, place, period, subgroup, unit and source (not from a study or notes); expected each figure once in a command, or a key column to tell them apart")
        let again = try h.write("d2.csv", "measure,value,place,period,source\nforced-labour,3,DEU,2020,ilo-2005\n")
        #expect(try h.ingest([derived, again]).errors.map(\.description).last
                == "\(again):2:1: the same derived key as line 2 of \(derived), which was refused (see its error there): both rows derive key \"ilo-2005:forced-labour:DEU:2020\" from their measure, place, period, subgroup, unit and source (not from a study or notes); expected each figure once in a command, or a key column to tell them apart")
        #expect(try h.db.figure(key: "ilo-2005:forced-labour:DEU:2020") == nil)
    }
}
