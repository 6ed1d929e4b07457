import Foundation
import Testing

/// A small count published exactly and suppressed later (rapporteur's review, session 50, defect
/// 1): the office loads its row again as `<5`, or a newer GLOTIP vintage gives `<5` where the older
/// one gave 3. Before, every brief format, `report lineage`, `tipdb search` and `figure_citations`
/// printed "<5 (revised from 3)", and the Datasette export said nothing: suppressing the count
/// published it again. Now none prints the number, and the export warns with a statement that works.
@Suite("an exact count later suppressed as <5 is withheld in briefs, lineage, search and figure_citations; the export warns (built binary)")
struct WithheldEarlierCountTests {
    static let sources = """
        key,title,publisher,date
        nr-2023,Monitor on trafficking in human beings 2023,National Rapporteur on Trafficking in Human Beings,2023-10-01

        """
    static let header = "key,measure,value,unit,place,period,sex,age_group,source,locator\n"
    static let withheld = "an exact count withheld because the source now suppresses it"

    /// m-child loaded as 3 (batch 2), then as <5 (batch 3); `extra` adds arguments to the second load.
    static func load(in dir: URL, extra: [String] = []) throws {
        try IngestPartWarningTests.write(sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(header + "m-child,detected-trafficking-victims,3,persons,NLD,2022,male,children,nr-2023,Table 2\n", "v1.csv", in: dir)
        try IngestPartWarningTests.write(header + "m-child,detected-trafficking-victims,<5,persons,NLD,2022,male,children,nr-2023,Table 2\n", "v2.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        #expect(try Tipdb.run(["ingest", "--quiet", "src.csv", "v1.csv"], in: dir).status == 0)
        let second = try Tipdb.run(["ingest", "--quiet"] + extra + ["v2.csv"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
    }

    static func brief(_ format: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--place", "NLD", "--period", "2022", "--date", "2026-12-05", "--format", format], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("every brief format says the earlier number is withheld, and none prints it", arguments: ["md", "html", "csv", "json"])
    func briefs(format: String) throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let brief = try Self.brief(format, in: dir)
            #expect(!brief.contains("revised from 3"), "\(brief)")
            #expect(brief.contains("revised from \(Self.withheld) (batch 2; replaced "), "\(brief)")
            if format == "md" {
                #expect(brief.contains("| detected; revised from \(Self.withheld) (batch 2; replaced "), "\(brief)")
            }
            if format == "json" {
                #expect(brief.contains("\"revisedFrom\": \"revised from \(Self.withheld)\""), "\(brief)")
            }
        }
    }

    @Test("report lineage and tipdb search withhold it too; so does a correction's line in lineage")
    func lineageAndSearch() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let lineage = try Tipdb.run(["report", "lineage", "m-child"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("  revised from \(Self.withheld) (batch 2: v1.csv; replaced "), "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("from 3"), "\(lineage.stdout)")
            let search = try Tipdb.run(["search", "<5"], in: dir)
            #expect(search.stdout.contains(": <5 (revised from \(Self.withheld)) — National Rapporteur"), "\(search.stdout)")
        }
        try withTemporaryDirectory { dir in
            try Self.load(in: dir, extra: ["--correction"])
            let lineage = try Tipdb.run(["report", "lineage", "m-child"], in: dir)
            #expect(lineage.stdout.contains("  corrected from \(Self.withheld) (batch 2: v1.csv; tipdb's copy corrected "), "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("from 3"), "\(lineage.stdout)")
        }
    }

    @Test("a newer GLOTIP vintage's <5 over an older one's 3: the brief withholds the 3 and still cites the older release")
    func glotipVintages() throws {
        try withTemporaryDirectory { dir in
            let header = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source"
            let row = "NLD,Netherlands,Europe,Western Europe,Detected trafficking victims,Total,Total,Male,0 to 17 years,2021,Counts"
            try IngestPartWarningTests.write("UNODC,contact@example.org,,,,,,,,,,,\n14/04/2024,,,,,,,,,,,,\n\(header)\n\(row),3,GLOTIP\n", "g1.csv", in: dir)
            try IngestPartWarningTests.write("UNODC,contact@example.org,,,,,,,,,,,\n10/03/2025,,,,,,,,,,,,\n\(header)\n\(row),<5,GLOTIP\n", "g2.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "g1.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "g2.csv"], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--place", "NLD", "--date", "2026-12-05"], in: dir)
            let line = brief.stdout.split(separator: "\n").first { $0.contains("male, children") }.map(String.init) ?? ""
            #expect(line.contains("| \\<5 |") && line.contains("detected; revised from \(Self.withheld) (UNODC 2024 [2], batch 1; replaced "), "\(brief.stdout)")
            #expect(!brief.stdout.contains("revised from 3"), "\(brief.stdout)")
        }
    }

    @Test("figure_citations withholds previous_value and its bounds; figure_revisions keeps the record")
    func citations() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let rows = try Tipdb.run(["sql", "--format", "csv",
                "SELECT figure, censored, revisions, previous_value, previous_censored, previous_low, previous_high, previous_unit, previous_source FROM figure_citations"], in: dir)
            #expect(rows.stdout == "figure,censored,revisions,previous_value,previous_censored,previous_low,previous_high,previous_unit,previous_source\r\nm-child,1,1,,0,,,persons,nr-2023\r\n", "\(rows.stdout)")
            let kept = try Tipdb.run(["sql", "--format", "csv", "SELECT previous ->> '$.value' AS value FROM figure_revisions"], in: dir)
            #expect(kept.stdout == "value\r\n3\r\n", "\(kept.stdout)")
        }
    }

    @Test("the Datasette export warns of the figure with a statement that clears it from a copy")
    func exportWarning() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let (_, _, stderr) = try DatasettePublicationTests.export(in: dir)
            let sql = "DELETE FROM figure_revisions AS r WHERE json_valid(r.previous) AND coalesce(r.previous ->> '$.censored', 0) = 0 "
                + "AND (r.figure IN (SELECT key FROM figures WHERE censored = 1) OR EXISTS (SELECT 1 FROM figure_revisions l WHERE l.figure = r.figure "
                + "AND l.id > r.id AND json_valid(l.previous) AND coalesce(l.previous ->> '$.censored', 0) = 1)); VACUUM"
            #expect(stderr == """
                warning: 1 figure published only as "<k" now or since (m-child) keeps in figure_revisions an earlier number that was not, an exact \
                count the source has since suppressed, and figure_changes lists it: briefs, tipdb report lineage and figure_citations withhold it, \
                but the export publishes those tables as they are; to leave it out of the copy you publish: sqlite3 copy.sqlite "\(sql)"

                """ + DatasettePublicationTests.note, "\(stderr)")
            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            #expect(try Tipdb.runInShell("sqlite3 copy.sqlite \"$1\"", [sql], in: dir).status == 0)
            let left = try Tipdb.run(["sql", "--db", "copy.sqlite", "--format", "csv",
                "SELECT group_concat(change || coalesce(' ' || old_value, ''), '; ') AS changes, (SELECT count(*) FROM figure_revisions) AS revisions FROM figure_changes WHERE figure = 'm-child'"], in: dir)
            // The copy says the figure was loaded, no longer that it was 3.
            #expect(left.stdout == "changes,revisions\r\ninserted,0\r\n", "\(left.stdout)")
            #expect(try DatasettePublicationTests.export(["--db", "copy.sqlite"], in: dir).stderr == "")
        }
    }
}
