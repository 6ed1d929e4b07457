import Foundation
import Testing

/// A small count published exactly, suppressed, then published again (review of session 51,
/// defect 2): 3, then `<5`, then 7. m0058 withheld the 3 only while the figure was censored, so
/// the next release brought it back in every brief format, `report lineage` and `tipdb search`
/// ("7 (revised from <5, and before that from 3)"), in `figure_citations` when a correction
/// followed the `<5`, and the Datasette export no longer warned of it. Now it stays withheld, with
/// the revision still told, and the export warns with a statement that clears it.
@Suite("an exact count stays withheld after its source suppressed it, whatever it published next (built binary)")
struct WithheldAfterSuppressionTests {
    static let later = "an exact count withheld because the source suppressed it later"
    static let now = "an exact count withheld because the source now suppresses it"

    /// m-child loaded as each of `values` in turn (batches 2, 3, ...); `correction` loads the last with `--correction`.
    static func load(_ values: [String], correction: Bool = false, in dir: URL) throws {
        try IngestPartWarningTests.write(WithheldEarlierCountTests.sources, "src.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        #expect(try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir).status == 0)
        for (index, value) in values.enumerated() {
            let row = "m-child,detected-trafficking-victims,\(value),persons,NLD,2022,male,children,nr-2023,Table 2\n"
            try IngestPartWarningTests.write(WithheldEarlierCountTests.header + row, "v\(index + 1).csv", in: dir)
            let flag = correction && index == values.count - 1 ? ["--correction"] : []
            let result = try Tipdb.run(["ingest", "--quiet"] + flag + ["v\(index + 1).csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test("3, <5, then 7: every brief format says a revision from an exact count withheld, never the 3", arguments: ["md", "html", "csv", "json"])
    func briefs(format: String) throws {
        try withTemporaryDirectory { dir in
            try Self.load(["3", "<5", "7"], in: dir)
            let brief = try WithheldEarlierCountTests.brief(format, in: dir)
            #expect(!brief.contains("from 3"), "\(brief)")
            #expect(brief.contains("and before that from \(Self.later) (batch 2; replaced "), "\(brief)")
            if format == "json" {
                #expect(brief.contains("\"revisedFrom\": \"revised from <5, and before that from \(Self.later)\""), "\(brief)")
            }
        }
    }

    @Test("3, <5, then 7: report lineage and tipdb search withhold it too; 3, <5, then <10 as before")
    func lineageAndSearch() throws {
        try withTemporaryDirectory { dir in
            try Self.load(["3", "<5", "7"], in: dir)
            let lineage = try Tipdb.run(["report", "lineage", "m-child"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("  revised from <5 (batch 3: v2.csv; replaced "), "\(lineage.stdout)")
            #expect(lineage.stdout.contains(", and before that from \(Self.later) (batch 2: v1.csv; replaced "), "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("from 3"), "\(lineage.stdout)")
            let search = try Tipdb.run(["search", "Netherlands"], in: dir)
            #expect(search.stdout.contains(": 7 (revised from <5, and before that from \(Self.later)) — National Rapporteur"), "\(search.stdout)")
        }
        try withTemporaryDirectory { dir in
            try Self.load(["3", "<5", "<10"], in: dir)
            let lineage = try Tipdb.run(["report", "lineage", "m-child"], in: dir)
            #expect(lineage.stdout.contains(", and before that from \(Self.now) (batch 2: v1.csv; replaced "), "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("from 3"), "\(lineage.stdout)")
        }
    }

    @Test("3, <5, then a correction to 4: figure_citations withholds previous_value; figure_revisions keeps the record")
    func citations() throws {
        try withTemporaryDirectory { dir in
            try Self.load(["3", "<5", "4"], correction: true, in: dir)
            let rows = try Tipdb.run(["sql", "--format", "csv",
                "SELECT figure, value, censored, revisions, corrections, previous_value, previous_censored, previous_low, previous_high FROM figure_citations"], in: dir)
            #expect(rows.stdout == "figure,value,censored,revisions,corrections,previous_value,previous_censored,previous_low,previous_high\r\nm-child,4.0,0,1,1,,0,,\r\n", "\(rows.stdout)")
            let brief = try WithheldEarlierCountTests.brief("md", in: dir)
            #expect(brief.contains("| 4 |") && brief.contains("revised from \(Self.later) (batch 2; replaced "), "\(brief)")
            let kept = try Tipdb.run(["sql", "--format", "csv", "SELECT previous ->> '$.value' AS value FROM figure_revisions ORDER BY id"], in: dir)
            #expect(kept.stdout == "value\r\n3\r\n\r\n", "\(kept.stdout)")
        }
    }

    @Test("3, <5, then 7: the Datasette export warns of the figure with a statement that clears the 3 from a copy")
    func exportWarning() throws {
        try withTemporaryDirectory { dir in
            try Self.load(["3", "<5", "7"], in: dir)
            let (_, _, stderr) = try DatasettePublicationTests.export(in: dir)
            let sql = "DELETE FROM figure_revisions AS r WHERE json_valid(r.previous) AND coalesce(r.previous ->> '$.censored', 0) = 0 "
                + "AND (r.figure IN (SELECT key FROM figures WHERE censored = 1) OR EXISTS (SELECT 1 FROM figure_revisions l WHERE l.figure = r.figure "
                + "AND l.id > r.id AND json_valid(l.previous) AND coalesce(l.previous ->> '$.censored', 0) = 1)); VACUUM"
            #expect(stderr.hasPrefix("""
                warning: 1 figure published only as "<k" now or since (m-child) keeps in figure_revisions an earlier number that was not, an exact \
                count the source has since suppressed, and figure_changes lists it: briefs, tipdb report lineage and figure_citations withhold it, \
                but the export publishes those tables as they are; to leave it out of the copy you publish: sqlite3 copy.sqlite "\(sql)"

                """), "\(stderr)")
            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            #expect(try Tipdb.runInShell("sqlite3 copy.sqlite \"$1\"", [sql], in: dir).status == 0)
            let left = try Tipdb.run(["sql", "--db", "copy.sqlite", "--format", "csv",
                "SELECT previous ->> '$.censored' AS censored, previous ->> '$.high' AS high FROM figure_revisions"], in: dir)
            // The copy keeps the <5 the 7 replaced, no longer the 3.
            #expect(left.stdout == "censored,high\r\n1,4\r\n", "\(left.stdout)")
            #expect(try DatasettePublicationTests.export(["--db", "copy.sqlite"], in: dir).stderr == "")
        }
    }
}
