import Foundation
import Storage
import Testing

/// `open_rejects` lists the rows still to fix: the rejects of each file's latest load. A file is
/// the same file by its real path, kept as a SHA-256 in `ingest_batches.file_identity` (m0042),
/// for open_rejects and for the note on figures a file no longer holds.
@Suite("open_rejects and the same file by its real path (built binary)")
struct OpenRejectsTests {
    static let sources = "key,title,publisher,date\nilo-2005,A global alliance against forced labour,International Labour Office,2026\n"
    static let header = "key,measure,value,place,period,source\n"
    static let many = #"value: "many" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million"#
    static let period = #"period: "2023x" is not a period; expected a year (2016), a span of years (1995-2004), a month (2019-06), a date (2019-06-30) or a start and end joined by a slash (2019-07/2019-09)"#
    static let skipped = "the rows concerned were skipped and kept in ingest_rejects\n"

    /// A figures row: `key,forced-labour,value,WLD,period,ilo-2005`.
    static func row(_ key: String, _ value: String, _ period: String) -> String {
        "\(key),forced-labour,\(value),WLD,\(period),ilo-2005\n"
    }

    /// A database in `dir` (`tipdb.sqlite`) with the source loaded as batch 1.
    static func makeDatabase(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try write(sources, to: "sources.csv", in: dir)
        #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
    }

    static func write(_ text: String, to name: String, in dir: URL) throws {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// open_rejects as `file line column batch raw`, one line each, in file order (without the
    /// quotes CSV puts around a value with commas).
    static func open(in dir: URL) throws -> String {
        try RetractCommandTests.sql(
            "SELECT file || ' ' || line || ' ' || \"column\" || ' ' || batch_id || ' ' || raw FROM open_rejects ORDER BY file, line, batch_id", in: dir)
            .replacingOccurrences(of: "\"", with: "")
    }

    @Test("the same file loaded twice with --on-error skip: listed once in open_rejects, under the later batch; ingest_rejects keeps both loads' rows")
    func sameFileTwice() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            try Self.write(Self.header + Self.row("a1", "100", "2021") + Self.row("a2", "many", "2022") + Self.row("a3", "200", "2023x"), to: "figures.csv", in: dir)
            let notes = "note: figures.csv: format csv from the extension\nnote: figures.csv: kind figures from the header\n"
            let errors = "figures.csv:3:18: \(Self.many)\nfigures.csv:4:26: \(Self.period)\n"
            let first = try Tipdb.run(["ingest", "--on-error", "skip", "figures.csv"], in: dir)
            #expect(first.status == 1)
            #expect(first.stdout == "figures.csv: 3 read, 1 inserted, 0 updated, 0 unchanged, 2 rejected (batch 2)\n")
            let second = try Tipdb.run(["ingest", "--on-error", "skip", "figures.csv"], in: dir)
            #expect(second.status == 1)
            #expect(second.stdout == "figures.csv: 3 read, 0 inserted, 0 updated, 1 unchanged, 2 rejected (batch 3)\n")
            // The same rows refused again: no note, the errors say it.
            #expect(first.stderr == errors + notes + "tipdb: 2 problems found; \(Self.skipped)", "\(first.stderr)")
            #expect(second.stderr == first.stderr, "\(second.stderr)")
            #expect(try Self.open(in: dir) == "figures.csv 3 18 3 a2,forced-labour,many,WLD,2022,ilo-2005\nfigures.csv 4 26 3 a3,forced-labour,200,WLD,2023x,ilo-2005")
            #expect(try RetractCommandTests.sql("SELECT batch_id || ':' || line FROM ingest_rejects ORDER BY id", in: dir) == "2:3\n2:4\n3:3\n3:4")
        }
    }

    @Test("rows corrected and loaded again leave open_rejects, and a note counts them; a clean load under abort empties it")
    func fixThenReload() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            let valid = Self.row("a1", "100", "2021")
            try Self.write(Self.header + valid + Self.row("a2", "many", "2022") + Self.row("a3", "200", "2023x"), to: "figures.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "figures.csv"], in: dir).status == 1)

            try Self.write(Self.header + valid + Self.row("a2", "150", "2022") + Self.row("a3", "200", "2023x"), to: "figures.csv", in: dir)
            let partly = try Tipdb.run(["ingest", "--on-error", "skip", "figures.csv"], in: dir)
            #expect(partly.status == 1)
            #expect(partly.stdout == "figures.csv: 3 read, 1 inserted, 0 updated, 1 unchanged, 1 rejected (batch 3)\n")
            #expect(partly.stderr == """
                figures.csv:4:26: \(Self.period)
                note: figures.csv: format csv from the extension
                note: figures.csv: kind figures from the header
                note: figures.csv: 1 of the 2 rows batch 2 refused from this file is no longer refused (corrected, or gone from the file); 1 is refused again (open_rejects lists the rows still to fix)
                tipdb: 1 problem found; \(Self.skipped)
                """, "\(partly.stderr)")
            #expect(try Self.open(in: dir) == "figures.csv 4 26 3 a3,forced-labour,200,WLD,2023x,ilo-2005")

            try Self.write(Self.header + valid + Self.row("a2", "150", "2022") + Self.row("a3", "200", "2023"), to: "figures.csv", in: dir)
            let clean = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(clean.status == 0, "\(clean.stderr)")
            #expect(clean.stdout == "figures.csv: 3 read, 1 inserted, 0 updated, 2 unchanged, 0 rejected (batch 4)\n")
            #expect(clean.stderr.contains("note: figures.csv: the row batch 3 refused from this file is no longer refused (corrected, or gone from the file)\n"), "\(clean.stderr)")
            #expect(try Self.open(in: dir) == "")
            // Loaded again, nothing was refused before: no note.
            let again = try Tipdb.run(["ingest", "figures.csv", "--json"], in: dir)
            #expect(!again.stdout.contains("no longer refused"), "\(again.stdout)")
        }
    }

    @Test("./figures.csv, data/figures.csv and a link to it are one file: one set of open rejects, and the note on figures the file no longer holds")
    func oneFileManyNames() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            let rows = Self.row("a1", "100", "2021") + Self.row("a2", "many", "2022")
            try Self.write(Self.header + rows + Self.row("a3", "300", "2023"), to: "data/figures.csv", in: dir)
            let data = dir.appendingPathComponent("data")
            let inside = try Tipdb.run(["ingest", "--quiet", "--db", "../tipdb.sqlite", "--on-error", "skip", "./figures.csv"], in: data)
            #expect(inside.stdout == "./figures.csv: 3 read, 2 inserted, 0 updated, 0 unchanged, 1 rejected (batch 2)\n")
            let outside = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "data/figures.csv"], in: dir)
            #expect(outside.stdout == "data/figures.csv: 3 read, 0 inserted, 0 updated, 2 unchanged, 1 rejected (batch 3)\n")
            #expect(try Self.open(in: dir) == "data/figures.csv 3 18 3 a2,forced-labour,many,WLD,2022,ilo-2005")

            // a3 dropped from the file, loaded through a link: the note names the figure batch 2 wrote.
            try Self.write(Self.header + rows, to: "data/figures.csv", in: dir)
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.csv").path, withDestinationPath: "data/figures.csv")
            let linked = try Tipdb.run(["ingest", "--on-error", "skip", "link.csv"], in: dir)
            #expect(linked.stdout == "link.csv: 2 read, 0 inserted, 0 updated, 1 unchanged, 1 rejected (batch 4)\n")
            #expect(linked.stderr.contains("note: link.csv: 1 figure written from this file by batch 2 is not in it now (a3); if it was corrected, retract the old one: tipdb retract a3 --reason \"...\"\n"),
                    "\(linked.stderr)")
            #expect(try Self.open(in: dir) == "link.csv 3 18 4 a2,forced-labour,many,WLD,2022,ilo-2005")
            // No path in the database: the identity is a SHA-256, the same for the three names.
            #expect(try RetractCommandTests.sql("SELECT count(DISTINCT file_identity) || ' ' || min(length(file_identity)) FROM ingest_batches WHERE id > 1", in: dir) == "1 64")
            #expect(try RetractCommandTests.sql("SELECT count(*) FROM ingest_batches WHERE instr(file_identity || file || options, 'tipdb-cli-') > 0", in: dir) == "0")
        }
    }

    @Test("figures.csv from a folder 2023 and from a folder 2024 are two files: no retract hint, and both folders' rejects stay open")
    func twoFolders() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            try Self.write(Self.header + Self.row("y2023", "100", "2023") + Self.row("b2023", "many", "2023"), to: "2023/figures.csv", in: dir)
            try Self.write(Self.header + Self.row("y2024", "120", "2024") + Self.row("b2024", "many", "2024"), to: "2024/figures.csv", in: dir)
            let earlier = try Tipdb.run(["ingest", "--db", "../tipdb.sqlite", "--on-error", "skip", "figures.csv"], in: dir.appendingPathComponent("2023"))
            #expect(earlier.stdout == "figures.csv: 2 read, 1 inserted, 0 updated, 0 unchanged, 1 rejected (batch 2)\n")
            let later = try Tipdb.run(["ingest", "--db", "../tipdb.sqlite", "--on-error", "skip", "figures.csv"], in: dir.appendingPathComponent("2024"))
            #expect(later.status == 1)
            #expect(later.stdout == "figures.csv: 2 read, 1 inserted, 0 updated, 0 unchanged, 1 rejected (batch 3)\n")
            #expect(later.stderr == """
                figures.csv:3:21: \(Self.many)
                note: figures.csv: format csv from the extension
                note: figures.csv: kind figures from the header
                tipdb: 1 problem found; \(Self.skipped)
                """, "\(later.stderr)")
            #expect(try Self.open(in: dir) == "figures.csv 3 21 2 b2023,forced-labour,many,WLD,2023,ilo-2005\nfigures.csv 3 21 3 b2024,forced-labour,many,WLD,2024,ilo-2005")
        }
    }

    @Test("batches recorded before m0042 (no identity) are matched by name, as before: the other folder's file too, ./ aside")
    func beforeIdentity() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            try Self.write(Self.header + Self.row("y2023", "100", "2023") + Self.row("b2023", "many", "2023"), to: "2023/figures.csv", in: dir)
            try Self.write(Self.header + Self.row("y2024", "120", "2024"), to: "2024/figures.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "--db", "../tipdb.sqlite", "--on-error", "skip", "./figures.csv"], in: dir.appendingPathComponent("2023")).status == 1)
            // As m0042 leaves a batch an older tipdb recorded.
            let db = try DatabaseFile.open(dir.appendingPathComponent("tipdb.sqlite").path, for: .write)
            try db.execute("UPDATE ingest_batches SET file_identity = NULL")
            db.close()
            #expect(try Self.open(in: dir) == "./figures.csv 3 21 2 b2023,forced-labour,many,WLD,2023,ilo-2005")

            let later = try Tipdb.run(["ingest", "--db", "../tipdb.sqlite", "figures.csv"], in: dir.appendingPathComponent("2024"))
            #expect(later.status == 0, "\(later.stderr)")
            #expect(later.stdout == "figures.csv: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected (batch 3)\n")
            #expect(later.stderr == """
                note: figures.csv: format csv from the extension
                note: figures.csv: kind figures from the header
                note: figures.csv: 1 figure written from this file by batch 2 is not in it now (y2023); if it was corrected, retract the old one: tipdb retract y2023 --reason "..."
                note: figures.csv: the row batch 2 refused from this file is no longer refused (corrected, or gone from the file)

                """, "\(later.stderr)")
            #expect(try Self.open(in: dir) == "")
            // The new batch has its identity: another name of its file is matched by it.
            try Self.write(Self.header + Self.row("y2025", "130", "2025"), to: "2024/figures.csv", in: dir)
            let renamed = try Tipdb.run(["ingest", "2024/figures.csv"], in: dir)
            #expect(renamed.stderr.contains("note: 2024/figures.csv: 1 figure written from this file by batch 3 is not in it now (y2024); "), "\(renamed.stderr)")
        }
    }

    @Test("--json writes its problems item by item in tipdb's JSON layout, between the members before and after them")
    func jsonLayout() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            try Self.write(Self.header + Self.row("a1", "100", "2021") + Self.row("a2", "many", "2022") + Self.row("a3", "200", "2023x"), to: "figures.csv", in: dir)
            let result = try Tipdb.run(["ingest", "--json", "--on-error", "skip", "figures.csv"], in: dir)
            #expect(result.status == 1)
            let errors = """
                {
                  "committed": true,
                  "dryRun": false,
                  "errors": [
                    {
                      "column": 18,
                      "file": "figures.csv",
                      "line": 3,
                      "message": "\(Self.many.replacingOccurrences(of: "\"", with: "\\\""))"
                    },
                    {
                      "column": 26,
                      "file": "figures.csv",
                      "line": 4,
                      "message": "\(Self.period.replacingOccurrences(of: "\"", with: "\\\""))"
                    }
                  ],
                  "files": [
                    {
                      "batch": 2,
                """
            #expect(result.stdout.hasPrefix(errors), "\(result.stdout)")
            #expect(result.stdout.hasSuffix("\n  ],\n  \"onError\": \"skip\",\n  \"stoppedAtFile\": false\n}\n"), "\(result.stdout)")
            let clean = try Tipdb.run(["ingest", "--json", "figures.csv", "--dry-run", "--on-error", "skip"], in: dir)
            #expect(clean.stdout.hasPrefix("{\n  \"committed\": false,\n  \"dryRun\": true,\n  \"errors\": [\n    {\n      \"column\": 18,\n"), "\(clean.stdout)")
        }
    }
}
