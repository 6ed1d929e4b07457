import Foundation
import Testing

/// A source with no publication date switched off check's date rules for it without a word. Check
/// names it (`source-without-date`), and ingest warns at the empty date cell of the sources file
/// that loads it (at the row's start when the file has no date: no column, a CSL item without `issued`).
@Suite("check and ingest: a source without a publication date is named (built binary)")
struct SourceWithoutDateTests {
    static let message = "sources without a publication date (a CSV's date, a CSL item's issued): "
        + "their figures are not tested for a period after publication (period-after-publication, "
        + "period-ends-after-publication) nor for repeats citing them before they appeared (repeat-before-original), "
        + "latest_estimates sorts them last and the brief cites them \"n.d.\"; give the date the source was published "
        + "(YYYY, YYYY-MM or YYYY-MM-DD) and load it again; for a work accepted but not yet published, "
        + "\"status\": \"in press\" in its CSL item or date \"in press\" in a sources CSV, which the brief cites \"in press\""

    @Test("a CSV row without date is warned about at its empty date cell, a CSL item without issued at its start; check lists both; dated sources are not named")
    func warnedAtTheRow() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,title,publisher,date,url,accessed
                dated,Dated report,Institute X,2021,https://x.example.org,2026-11-29
                undated,Undated report,Institute X,,https://x.example.org,2026-11-29

                """, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                [{"id": "csl-dated", "type": "report", "title": "Dated", "publisher": "P", "issued": {"date-parts": [[2020]]}},
                 {"id": "csl-undated", "type": "report", "title": "Undated", "publisher": "P"}]
                """, "refs.json", in: dir)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "refs.json"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: sources.csv:3:36: source-without-date: undated: \(Self.message)",
                "warning: refs.json:2:2: source-without-date: csl-undated: \(Self.message)",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: source-without-date: \(Self.message) (2)\n  csl-undated\n  undated\n"), "\(check.stdout)")
        }
    }

    @Test("a JSON source's empty date is warned about at its value; a CSV file without a date column at the row's start")
    func jsonAndNoColumn() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                [{"key": "json-undated", "title": "Undated", "publisher": "P", "date": ""}]

                """, "sources.json", in: dir)
            try IngestPartWarningTests.write("key,title,publisher\nno-column,No date column,Institute X\n", "nodate.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "sources.json", "nodate.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: sources.json:1:72: source-without-date: json-undated: \(Self.message)",
                "warning: nodate.csv:2:1: source-without-date: no-column: \(Self.message)",
            ], "\(loaded.stderr)")
        }
    }
}
