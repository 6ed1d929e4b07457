import Foundation
import Testing

/// `tipdb retract`: a figure loaded by mistake leaves figures, views, briefs and search, and
/// figure_retractions keeps it with the reason and the retract batch; nothing is withdrawn when
/// a key is unknown, cited by a figure left behind, or of a bulk dataset.
@Suite("tipdb retract (built binary)")
struct RetractCommandTests {
    static let blogKey = "unodc-2020:detected-trafficking-victims:WLD:2012"
    static let iloKey = "ilo-2005:forced-labour:WLD:1995-2004"

    static let sources = """
        key,kind,title,publisher,date
        ilo-2005,report,A global alliance against forced labour,International Labour Office,2005
        unodc-2020,report,Global Report on Trafficking in Persons 2020,UNODC,2021
        news-2013,news,Trafficking today,Daily News,2013

        """

    /// Two figures without a key column; the second was typed from a blog under the wrong measure.
    static let figures = """
        measure,value,place,period,source,quote,notes,tags
        forced-labour,12.3 million,World,1995-2004,ilo-2005,at least 12.3 million people are victims of forced labour,Minimum estimate,
        detected-trafficking-victims,2.4 million,World,2012,unodc-2020,2.4 million according to the United Nations,typed from the blog,blog-copy

        """

    /// The fixture above (or the files given) in `dir`, loaded into a new tipdb.sqlite.
    static func makeDatabase(in dir: URL, sources: String = sources, figures: String = figures) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try write(sources, to: "sources.csv", in: dir)
        try write(figures, to: "figures.csv", in: dir)
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    static func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    /// One value of `sql`, as `tipdb sql --format csv` prints it (without the header line).
    static func sql(_ sql: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["sql", sql, "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The database file and its WAL journal, byte for byte (a journal that is not there is empty).
    static func files(in dir: URL) -> [Data] {
        ["tipdb.sqlite", "tipdb.sqlite-wal"].map { (try? Data(contentsOf: dir.appendingPathComponent($0))) ?? Data() }
    }

    @Test("a retracted figure leaves figures, the views, the brief and search; figure_retractions keeps it with its reason, batch, tags and revisions")
    func retractOne() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            // A correction of its note first, so that the figure has a revision to keep.
            try Self.write(Self.figures.replacingOccurrences(of: "typed from the blog", with: "typed from the blog (not the report)"), to: "figures.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "figures.csv"], in: dir).status == 0)
            let briefBefore = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--place", "World"], in: dir)
            #expect(briefBefore.stdout.contains("2.4 million"))
            #expect(try Tipdb.run(["search", "blog", "--kind", "figures"], in: dir).stdout.contains(Self.blogKey))

            let result = try Tipdb.run(["retract", Self.blogKey, "--reason", "typed from a blog under the wrong measure"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
            #expect(result.stdout == """
                retracted \(Self.blogKey) (written by batch 3)
                1 figure retracted (batch 4); its values, tags, breakdowns and revisions are kept in figure_retractions

                """)
            for table in ["figures", "figure_citations", "latest_estimates", "figure_lineage"] {
                let column = table == "figures" ? "key" : "figure"
                #expect(try Self.sql("SELECT count(*) FROM \(table) WHERE \(column) = '\(Self.blogKey)'", in: dir) == "0", "\(table)")
            }
            #expect(try Self.sql("SELECT count(*) FROM figure_tags", in: dir) == "0")
            #expect(try Self.sql("SELECT count(*) FROM figure_revisions", in: dir) == "0")
            #expect(try Self.sql("SELECT key FROM figures", in: dir) == Self.iloKey)
            #expect(try Self.sql("SELECT id, file, format, kind, rows_read, note FROM ingest_batches WHERE id = 4", in: dir)
                == "4,retract \(Self.blogKey),retract,figures,1,typed from a blog under the wrong measure")
            #expect(try Self.sql(
                """
                SELECT figure, batch_id, reason, previous ->> '$.measure', previous ->> '$.value', previous ->> '$.batch_id',
                    previous ->> '$.notes', previous -> '$.tags', json_array_length(revisions), revisions ->> '$[0].previous.notes',
                    revisions ->> '$[0].batch_id' FROM figure_retractions
                """, in: dir)
                == "\(Self.blogKey),4,typed from a blog under the wrong measure,detected-trafficking-victims,2400000,3,"
                + "typed from the blog (not the report),\"[\"\"blog-copy\"\"]\",1,typed from the blog,3")

            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--place", "World"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(!brief.stdout.contains("2.4 million"))
            #expect(brief.stdout.contains("12.3 million"))
            #expect(!(try Tipdb.run(["search", "blog", "--kind", "figures"], in: dir).stdout.contains(Self.blogKey)))
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
            #expect(check.stdout.contains("tipdb.sqlite: 0 errors"), "\(check.stdout)")

            // The file loaded again skips it (RetractedKeyIngestTests); on purpose, the same key is a
            // new figure, with its own trail.
            let again = try Tipdb.run(["ingest", "--restore-retracted", "figures.csv"], in: dir)
            #expect(again.stdout.contains("figures.csv: 2 read, 1 inserted, 0 updated, 1 unchanged, 0 rejected (batch 5)"), "\(again.stdout)")
            #expect(try Self.sql("SELECT count(*) FROM figure_revisions", in: dir) == "0")
            #expect(try Self.sql("SELECT count(*) FROM figure_retractions", in: dir) == "1")
        }
    }

    @Test("a dry run lists what would go and leaves the file byte for byte as it was")
    func dryRun() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            let before = Self.files(in: dir)
            let result = try Tipdb.run(["retract", "--dry-run", Self.blogKey, Self.iloKey, "--reason", "test"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == """
                would retract \(Self.blogKey) (written by batch 2)
                would retract \(Self.iloKey) (written by batch 2)
                2 figures would be retracted (dry run: nothing written)

                """)
            #expect(Self.files(in: dir) == before)
            #expect(try Self.sql("SELECT count(*) FROM figures", in: dir) == "2")
        }
    }

    @Test("a figure cited by one left behind is refused, naming both; retracted together they go")
    func cited() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            // A news item after the report it repeats (ingest refuses a repeat dated before its original).
            try Self.write("key,kind,title,publisher,date\nnews-2022,news,Trafficking today,Daily News,2022\n", to: "news-sources.csv", in: dir)
            try Self.write("""
                key,measure,value,place,period,source,cites,method
                news-2.4m,detected-trafficking-victims,2.4 million,World,2012,news-2022,\(Self.blogKey),reported

                """, to: "news.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "news-sources.csv", "news.csv"], in: dir).status == 0)
            let before = Self.files(in: dir)
            let refused = try Tipdb.run(["retract", Self.blogKey, "--reason", "wrong measure"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stdout.isEmpty)
            #expect(refused.stderr == """
                tipdb: error: figure "\(Self.blogKey)" is cited by 1 figure not retracted with it (news-2.4m), whose lineage would break; retract it in the same command, or first ingest it with another cites (an empty cites column clears it)
                tipdb: nothing was retracted

                """)
            #expect(Self.files(in: dir) == before)
            let both = try Tipdb.run(["retract", Self.blogKey, "news-2.4m", "--reason", "wrong measure"], in: dir)
            #expect(both.status == 0, "\(both.stderr)")
            #expect(try Self.sql("SELECT figure FROM figure_retractions ORDER BY id", in: dir) == "\(Self.blogKey)\nnews-2.4m")
            #expect(try Tipdb.run(["check"], in: dir).status == 0)
        }
    }

    @Test("an unknown key is refused with the closest one, a retracted key with its retraction, and nothing is withdrawn")
    func unknownKeys() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            let typo = "unodc-2020:detected-trafficking-victim:WLD:2012"
            let result = try Tipdb.run(["retract", Self.iloKey, typo, "--reason", "test"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == """
                tipdb: error: unknown figure "\(typo)"; did you mean "\(Self.blogKey)"? Expected the key of a figure in the database (tipdb sql "SELECT key FROM figures" lists them)
                tipdb: nothing was retracted

                """)
            #expect(try Self.sql("SELECT count(*) FROM figures", in: dir) == "2")
            #expect(try Tipdb.run(["retract", Self.blogKey, "--reason", "wrong measure"], in: dir).status == 0)
            let twice = try Tipdb.run(["retract", Self.blogKey, "--reason", "again"], in: dir)
            #expect(twice.status == 1)
            let at = try Self.sql("SELECT retracted_at FROM figure_retractions", in: dir)
            #expect(twice.stderr.hasPrefix(
                "tipdb: error: figure \"\(Self.blogKey)\" was retracted already (batch 3, \(at): \"wrong measure\"); figure_retractions keeps it, and nothing is left to retract\n"),
                "\(twice.stderr)")
        }
    }

    /// `unknown figure "ilo-2005"` read as if the source were missing, when the analyst meant its figures.
    @Test("the key of a source or a study is named as such, with the query that lists its figures; nothing is withdrawn (exit 1)")
    func sourceOrStudyKey() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            try Self.write("key,title,source\nilo-survey-2004,National surveys of forced labour,ilo-2005\n", to: "studies.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "studies.csv"], in: dir).status == 0)
            let before = Self.files(in: dir)
            let result = try Tipdb.run(["retract", "ilo-2005", "ilo-survey-2004", "--reason", "test"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == """
                tipdb: error: "ilo-2005" is a source, not a figure (1 figure names it as source): retract its figures by key, or list them with tipdb sql "SELECT key FROM figures WHERE source = 'ilo-2005'"
                tipdb: error: "ilo-survey-2004" is a study, not a figure (0 figures name it as study): retract its figures by key, or list them with tipdb sql "SELECT key FROM figures WHERE study = 'ilo-survey-2004'"
                tipdb: nothing was retracted

                """)
            #expect(Self.files(in: dir) == before)
            // The query it gives lists the source's figures.
            #expect(try Self.sql("SELECT key FROM figures WHERE source = 'ilo-2005'", in: dir) == Self.iloKey)
        }
    }

    @Test("--json: the figures withdrawn, the batch and the reason; a dry run without a batch; a refusal with every problem and no figure (exit 1)")
    func json() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            let typo = "unodc-2020:detected-trafficking-victim:WLD:2012"
            let refused = try Tipdb.run(["retract", "--json", Self.iloKey, typo, "--reason", " wrong measure "], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stdout == """
                {
                  "dryRun": false,
                  "figures": [],
                  "problems": [
                    "unknown figure \\"\(typo)\\"; did you mean \\"\(Self.blogKey)\\"? Expected the key of a figure in the database (tipdb sql \\"SELECT key FROM figures\\" lists them)"
                  ],
                  "reason": "wrong measure"
                }

                """)
            // Standard error keeps its text.
            #expect(refused.stderr.hasPrefix("tipdb: error: unknown figure \"\(typo)\""), "\(refused.stderr)")
            #expect(refused.stderr.hasSuffix("tipdb: nothing was retracted\n"))

            let dry = try Tipdb.run(["retract", "--json", "--dry-run", Self.blogKey, "--reason", "wrong measure"], in: dir)
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stdout == """
                {
                  "dryRun": true,
                  "figures": [
                    {
                      "key": "\(Self.blogKey)",
                      "writtenBy": 2
                    }
                  ],
                  "problems": [],
                  "reason": "wrong measure"
                }

                """)

            let done = try Tipdb.run(["retract", "--json", Self.blogKey, "--reason", "wrong measure"], in: dir)
            #expect(done.status == 0, "\(done.stderr)")
            #expect(done.stderr.isEmpty)
            #expect(done.stdout == """
                {
                  "batch": 3,
                  "dryRun": false,
                  "figures": [
                    {
                      "key": "\(Self.blogKey)",
                      "writtenBy": 2
                    }
                  ],
                  "problems": [],
                  "reason": "wrong measure"
                }

                """)
            #expect(try Self.sql("SELECT figure, batch_id, reason FROM figure_retractions", in: dir) == "\(Self.blogKey),3,wrong measure")
        }
    }

    @Test("usage: no key, or an empty reason, is exit 64")
    func usage() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            let blank = try Tipdb.run(["retract", Self.blogKey, "--reason", "  "], in: dir)
            #expect(blank.status == 64)
            #expect(blank.stderr.hasPrefix("tipdb: error: --reason is empty; expected why the figures are withdrawn, which is kept with them\n"), "\(blank.stderr)")
            let none = try Tipdb.run(["retract", "--reason", "x"], in: dir)
            #expect(none.status == 64)
            #expect(try Self.sql("SELECT count(*) FROM figures", in: dir) == "2")
        }
    }

    @Test("a figure of a GLOTIP export is refused: the next export would bring it back")
    func bulkDataset() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Self.write(GLOTIPFiles.export(date: "14/04/2025"), to: "glotip.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "glotip.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let key = "unodc-glotip:detected-trafficking-victims:DEU:2020"
            #expect(try Self.sql("SELECT count(*) FROM figures WHERE key = '\(key)'", in: dir) == "1")
            let result = try Tipdb.run(["retract", key, "--reason", "test"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == """
                tipdb: error: figure "\(key)" is one of the unodc-glotip export's figures: the next export would write it again, and the series keeps the figures a newer export drops (figure_vintages.in_latest_vintage), so it is not retracted; to correct it, load the corrected export, or ingest a figures file giving its key with the right values
                tipdb: nothing was retracted

                """)
        }
    }
}
