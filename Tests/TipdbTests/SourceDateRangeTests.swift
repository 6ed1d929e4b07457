import Foundation
import Testing

/// A CSL date range and a day of publication through `tipdb ingest` and `tipdb report sources`,
/// with the built binary: every format keeps what it can hold of them.
@Suite("a CSL date range and a known day in the bibliography (built binary)")
struct SourceDateRangeTests {
    @Test("issued [[2019,5,3],[2020,1]]: Markdown heads it 2019-2020, BibTeX writes date = {2019-05-03/2020-01}, CSL-JSON gives the range back and loads unchanged")
    func range() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let items = """
                [{"id": "range", "type": "report", "title": "Interim and final report", "author": [{"family": "Doe", "given": "Jane"}],
                  "issued": {"date-parts": [[2019, 5, 3], [2020, 1]]}},
                 {"id": "day", "type": "post-weblog", "title": "A post", "author": [{"family": "Francis", "given": "Kate"}],
                  "publisher": "The Asia Foundation", "container-title": "InAsia", "issued": {"date-parts": [[2013, 2, 6]]}}]
                """
            try Data(items.utf8).write(to: dir.appendingPathComponent("items.json"))
            let load = try Tipdb.run(["ingest", "items.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")

            let markdown = try Tipdb.run(["report", "sources"], in: dir)
            #expect(markdown.stdout.contains("- Doe, Jane (2019-2020). Interim and final report. 3 May 2019 to January 2020. (key: range)\n"), "\(markdown.stdout)")

            let bibtex = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bibtex.status == 0, "\(bibtex.stderr)")
            // A report by a person with no publisher has no institution: @misc, which requires none.
            #expect(bibtex.stdout.contains("@misc{range,\n  author = {Doe, Jane},\n  title = {{Interim and final report}},\n  year = {2019},\n  month = may,\n  date = {2019-05-03/2020-01}\n}\n"), "\(bibtex.stdout)")
            #expect(bibtex.stdout.contains("@misc{day,\n  author = {Francis, Kate},\n  title = {{A post}},\n  howpublished = {InAsia, The Asia Foundation},\n  year = {2013},\n  month = feb,\n  date = {2013-02-06}\n}\n"), "\(bibtex.stdout)")

            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "out.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let exported = try String(contentsOf: dir.appendingPathComponent("out.json"), encoding: .utf8)
            #expect(exported.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "").contains(#""issued":{"date-parts":[[2019,5,3],[2020,1]]}"#), "\(exported)")
            let reload = try Tipdb.run(["ingest", "out.json"], in: dir)
            #expect(reload.stdout.contains("out.json: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected"), "\(reload.stdout)")
        }
    }
}
