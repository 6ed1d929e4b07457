import Foundation
import Testing

/// What `tipdb export datasette-metadata` says of a database about to be published (publisher's
/// review, session 49): a licence given a table only when it is true of every row (defect 2),
/// the name Datasette serves the copy under (4), and the warnings, each with a statement that
/// works, about withdrawn figures (6), another source's earlier numbers under another licence,
/// and files named by a path with folders (1).
@Suite("export datasette-metadata for publishing: licences per table, --name, and what a copy keeps (built binary)")
struct DatasettePublicationTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,doi,accessed,license,notes
        ons-2024,dataset,Modern slavery in England and Wales,,Office for National Statistics,2024-03,https://www.ons.gov.uk/x,,2024-05-01,OGL v3.0,
        acme-2023,report,Leaked draft tally,,Acme Consulting,2023,https://acme.example/x,,2024-05-01,All rights reserved,

        """
    static let header = "key,measure,value,unit,place,period,source,method\n"

    /// nrm-2022 loaded from Acme's draft (batch 2), then from ONS (batch 3): one source in
    /// figures, Acme's 16,000 kept in figure_revisions.
    static func load(in dir: URL) throws {
        try IngestPartWarningTests.write(sources, "two-src.csv", in: dir)
        try IngestPartWarningTests.write(header + "nrm-2022,detected-trafficking-victims,\"16,000\",persons,GBR,2022,acme-2023,detected\n", "fig-a.csv", in: dir)
        try IngestPartWarningTests.write(header + "nrm-2022,detected-trafficking-victims,\"16,938\",persons,GBR,2022,ons-2024,detected\n", "fig-b.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        #expect(try Tipdb.run(["ingest", "--quiet", "two-src.csv", "fig-a.csv"], in: dir).status == 0)
        #expect(try Tipdb.run(["ingest", "--quiet", "fig-b.csv"], in: dir).status == 0)
    }

    static func export(_ arguments: [String] = [], in dir: URL) throws -> (tables: [String: [String: Any]], name: String, stderr: String) {
        let result = try Tipdb.run(["export", "datasette-metadata"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let databases = try #require(root["databases"] as? [String: [String: Any]])
        let name = try #require(databases.keys.first)
        return (try #require(databases[name]?["tables"] as? [String: [String: Any]]), name, result.stderr)
    }

    static let note = "note: the metadata is keyed by the database name tipdb (from tipdb.sqlite): Datasette applies it only to a file it serves "
        + "as tipdb, and ignores it without a word for a copy of another name (no descriptions, no hidden tables, and ?_search= returns every row); "
        + "export the metadata from the copy you publish (tipdb export --db copy.sqlite datasette-metadata), or give --name with the copy's name\n"

    @Test("one source in figures, another's earlier number in figure_revisions: only the tables without it get the source's licence")
    func licencePerTable() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let (tables, _, stderr) = try Self.export(in: dir)
            for table in ["figures", "latest_estimates", "figure_breakdowns", "figure_lineage"] {
                #expect(tables[table]?["license"] as? String == "OGL v3.0", "\(table): \(tables[table] ?? [:])")
                #expect(tables[table]?["source_url"] as? String == "https://www.ons.gov.uk/x", "\(table)")
            }
            for table in ["figure_revisions", "figure_citations"] {
                #expect(tables[table]?["license"] == nil && tables[table]?["source_url"] == nil, "\(table): \(tables[table] ?? [:])")
            }
            #expect(tables["figure_citations"]?["source"] as? String
                == "Each row cites its own source: see the source column and the sources table; the citation column cites it as a brief's references do, and an earlier number (previous_value) is the previous_source column's, which may be another source")
            #expect(stderr == """
                warning: 1 earlier number in figure_revisions is another source's than its figure's now, under another licence: acme-2023 (All rights reserved); \
                figure_citations shows the latest as previous_value, with previous_source. The metadata gives figure_revisions and figure_citations no one source \
                or licence; publish those numbers only where their licence allows it, or leave them out of the copy you publish: sqlite3 copy.sqlite \
                "DELETE FROM figure_revisions WHERE json_valid(previous) AND previous ->> '$.source' IN ('acme-2023') AND previous ->> '$.source' IS NOT \
                (SELECT f.source FROM figures f WHERE f.key = figure_revisions.figure); VACUUM"

                """ + Self.note, "\(stderr)")

            // The statement works: the copy's revision tables are the one source's again, with no warning.
            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            let sql = "DELETE FROM figure_revisions WHERE json_valid(previous) AND previous ->> '$.source' IN ('acme-2023') AND previous ->> '$.source' IS NOT (SELECT f.source FROM figures f WHERE f.key = figure_revisions.figure); VACUUM"
            #expect(try Tipdb.runInShell("sqlite3 copy.sqlite \"$1\"", [sql], in: dir).status == 0)
            let copy = try Self.export(["--db", "copy.sqlite"], in: dir)
            #expect(copy.tables["figure_revisions"]?["license"] as? String == "OGL v3.0")
            #expect(copy.stderr == "", "\(copy.stderr)")
        }
    }

    @Test("--name keys the metadata by the name Datasette serves the copy under; a file name is read as one")
    func servedName() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try Self.export(in: dir).name == "tipdb")
            #expect(try Self.export(["--name", "tipdb-public"], in: dir).name == "tipdb-public")
            #expect(try Self.export(["--name", "tipdb-public.sqlite"], in: dir).name == "tipdb-public")
            #expect(try Self.export(["--name", "out/tipdb-public.db"], in: dir).name == "tipdb-public")
            let empty = try Tipdb.run(["export", "datasette-metadata", "--name", " "], in: dir)
            #expect(empty.status == 64, "\(empty.stderr)")
            #expect(empty.stderr.contains("--name \" \": no database name; expected the name Datasette serves the database under, such as tipdb-public for tipdb-public.sqlite"), "\(empty.stderr)")
            let help = try Tipdb.run(["export", "--help"], in: dir)
            #expect(help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .contains("The metadata is keyed by the database's name, which Datasette takes from the file it serves"), "\(help.stdout)")
        }
    }

    @Test("a retracted figure: the warning counts it and gives the statement that leaves it out of the copy")
    func retractedFigures() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            #expect(try Tipdb.run(["retract", "--reason", "figure came from a leaked draft", "nrm-2022"], in: dir).status == 0)
            let (_, _, stderr) = try Self.export(in: dir)
            let sql = "DELETE FROM figure_retractions; UPDATE ingest_batches SET note = NULL WHERE format = 'retract'; VACUUM"
            #expect(stderr == """
                warning: 1 figure withdrawn with tipdb retract keeps its last values, earlier numbers and the reason given in figure_retractions, \
                and figure_changes lists its loads with the old and new values (the retract batch's note in ingest_batches repeats the reason): \
                the export publishes them as it publishes the figures; to leave them out of the copy you publish: sqlite3 copy.sqlite "\(sql)"

                """ + Self.note, "\(stderr)")

            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            #expect(try Tipdb.runInShell("sqlite3 copy.sqlite \"$1\"", [sql], in: dir).status == 0)
            let left = try Tipdb.run(["sql", "--db", "copy.sqlite", "--format", "csv",
                "SELECT (SELECT count(*) FROM figure_changes WHERE figure = 'nrm-2022') AS changes, (SELECT count(*) FROM ingest_batches WHERE note LIKE '%leaked%') AS notes"], in: dir)
            #expect(left.stdout == "changes,notes\r\n0,0\r\n", "\(left.stdout)")
            #expect(try Self.export(["--db", "copy.sqlite"], in: dir).stderr == "")
        }
    }

    @Test("a file loaded by a path with folders: the warning names it and gives the statement that keeps only the name")
    func folders() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("partnerA"), withIntermediateDirectories: true)
            try IngestPartWarningTests.write(Self.sources, "two-src.csv", in: dir.appendingPathComponent("partnerA"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "partnerA/two-src.csv"], in: dir).status == 0)
            let (_, _, stderr) = try Self.export(in: dir)
            let name = "substr(file, length(rtrim(file, replace(file, '/', ''))) + 1)"
            let sql = "UPDATE ingest_batches SET file = \(name) WHERE format NOT IN ('retract', 'derive'); UPDATE datasets SET file = \(name); VACUUM"
            #expect(stderr == """
                warning: 1 ingest batch (ingest_batches.file) names its file by a path with folders, as typed within the working directory \
                (partnerA/two-src.csv): the export publishes the folders' names; to keep only the files' names in the copy you publish: \
                sqlite3 copy.sqlite "\(sql)"

                """ + Self.note, "\(stderr)")
            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            #expect(try Tipdb.runInShell("sqlite3 copy.sqlite \"$1\"", [sql], in: dir).status == 0)
            let left = try Tipdb.run(["sql", "--db", "copy.sqlite", "--format", "csv", "SELECT file FROM ingest_batches"], in: dir)
            #expect(left.stdout == "file\r\ntwo-src.csv\r\n", "\(left.stdout)")
        }
    }
}
