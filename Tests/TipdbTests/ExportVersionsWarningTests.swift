import Foundation
import Testing

/// `tipdb export datasette-metadata`'s warning about figures derived from superseded dataset
/// versions says which versions the export publishes, that derive now audits a table with the
/// other versions' tables, and when deleting is still needed: the database cannot tell which
/// tipdb made a derivation.
@Suite("export: the superseded-versions warning says what is true (built binary)")
struct ExportVersionsWarningTests {
    @Test("two derived versions: each listed with its figures and derivation time; the delete statement names the superseded one")
    func listsVersions() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let file = dir.appendingPathComponent("cases.csv")
            try Data(CaseFiles.synthetic([(30, "2019", "USA"), (5, "2020", "USA")]).utf8).write(to: file)
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", file.path], in: dir).status == 0)
            #expect(try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "country"], in: dir).status == 0)
            try Data(CaseFiles.synthetic([(30, "2019", "USA"), (25, "2020", "USA")]).utf8).write(to: file)
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", file.path], in: dir).status == 0)
            let derived = try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "country"], in: dir)
            #expect(derived.status == 0, "\(derived.stderr)")

            let times = try Tipdb.run(["sql", "SELECT max(r.derived_at) AS t FROM derivations r JOIN datasets d ON d.id = r.dataset_id GROUP BY d.version ORDER BY d.version", "--format", "csv"], in: dir)
            let derivedAt = times.stdout.split(whereSeparator: \.isNewline).dropFirst().map(String.init)
            #expect(derivedAt.count == 2, "\(times.stdout)")
            let counts = try Tipdb.run(["sql", "SELECT count(*) FROM figures WHERE source = 'sample-v1'", "--format", "csv"], in: dir)
            let v1 = counts.stdout.split(whereSeparator: \.isNewline).last.map(String.init) ?? "?"
            let counts2 = try Tipdb.run(["sql", "SELECT count(*) FROM figures WHERE source = 'sample-v2'", "--format", "csv"], in: dir)
            let v2 = counts2.stdout.split(whereSeparator: \.isNewline).last.map(String.init) ?? "?"

            let export = try Tipdb.run(["export", "datasette-metadata", "-o", "metadata.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let warning = export.stderr.split(whereSeparator: \.isNewline).map(String.init).first { $0.contains("supersedes") } ?? ""
            #expect(warning == "warning: \(v1) figures are derived from a dataset version that a newer derived version supersedes, "
                + "and the export publishes every version's figures (briefs and latest_estimates leave the superseded ones out; figure_citations "
                + "marks them with in_latest_release 0): "
                + "sample version 1 (\(v1) figures, superseded, last derived \(derivedAt.first ?? "?")), "
                + "version 2 (\(v2) figures, the latest derived, last derived \(derivedAt.last ?? "?")). "
                + "Side by side, two versions' tables can single out the people added or removed between them. tipdb derive audits each "
                + "new table with the tables already derived from the dataset's other versions, and protects every count that changed by fewer "
                + "than --min-cell people, so two versions are protected when the later of their derivations was made by a tipdb that does so "
                + "(its tipdb derive ctdc --help says a new table is audited with the tables of the dataset's other versions). "
                + "The database does not record which tipdb derived a table: if the later derivation may be older than that, delete the "
                + "superseded versions' figures from the copy you publish (sqlite3 copy.sqlite \"PRAGMA foreign_keys = ON; "
                + "DELETE FROM figures WHERE source IN ('sample-v1'); VACUUM\")", "\(export.stderr)")

            // What the warning says of derive is what derive's help says.
            let help = try Tipdb.run(["derive", "ctdc", "--help"], in: dir)
            let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("a new table is audited together with every earlier table of the version (a reader holds them all) and with the tables of the dataset's other versions"), "\(help.stdout)")
        }
    }
}
