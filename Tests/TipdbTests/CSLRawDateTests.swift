import Foundation
import Testing

/// A CSL item's date given as text (`{"raw": "March 2019"}`, as Zotero exports a date it could not
/// split into parts, or a `literal`) in a form the date column holds was cited "n.d." and exported
/// to BibTeX without a year; one tipdb cannot read (`Spring 2016`) stays in csl only, and the
/// warning that the source has no date points at that `issued` and quotes it, where it was at the
/// item's `{` asking for a date the item gives.
@Suite("CSL raw and literal dates in words are read; an unread one is quoted at its issued (built binary)")
struct CSLRawDateTests {
    @Test("March 2019, 15 March 2019, Mar. 2019, 2019-03, 2019-03-15 and a literal June 15, 2020 fill the date column")
    func rawDatesRead() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let items = [("m1", "{\"raw\": \"2019-03\"}"), ("m2", "{\"raw\": \"March 2019\"}"), ("m3", "{\"raw\": \"15 March 2019\"}"),
                         ("m4", "{\"raw\": \"2019-03-15\"}"), ("m5", "{\"raw\": \"Mar. 2019\"}"), ("m6", "{\"literal\": \"June 15, 2020\"}")]
            let json = "[\n" + items.map { key, issued in
                "{\"id\": \"\(key)\", \"type\": \"report\", \"title\": \"T \(key)\", \"author\": [{\"family\": \"Mix\", \"given\": \"M\"}], \"publisher\": \"P\", \"issued\": \(issued)}"
            }.joined(separator: ",\n") + "\n]"
            try Data(json.utf8).write(to: dir.appendingPathComponent("refs.json"))
            let load = try Tipdb.run(["ingest", "refs.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(!load.stderr.contains("source-without-date"), "\(load.stderr)")
            let dates = try Tipdb.run(["sql", "--format", "csv", "SELECT key, published FROM sources ORDER BY key"], in: dir)
            #expect(dates.stdout == "key,published\r\nm1,2019-03\r\nm2,2019-03\r\nm3,2019-03-15\r\nm4,2019-03-15\r\nm5,2019-03\r\nm6,2020-06-15\r\n", "\(dates.stdout)")
            let labels = try Tipdb.run(["sql", "--format", "csv", "SELECT source, short_label FROM source_labels WHERE source = 'm2'"], in: dir)
            #expect(labels.stdout == "source,short_label\r\nm2,Mix 2019\r\n", "\(labels.stdout)")
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.stdout.contains("@techreport{m2,\n  author = {Mix, M},\n  title = {{T m2}},\n  institution = {P},\n  year = {2019},\n  month = mar\n}"), "\(bib.stdout)")
            // The item's own text goes back to a reference manager as it came.
            let csl = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            #expect(csl.stdout.contains("\"issued\": {\n      \"raw\": \"March 2019\"\n    }"), "\(csl.stdout)")
        }
    }

    @Test("Spring 2016 stays in csl, and source-without-date is at its issued, quoting it")
    func unreadRawDate() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                [
                  {"id": "m4", "type": "report", "title": "Raw month words", "author": [{"family": "Mix", "given": "M"}], "publisher": "P", "issued": {"raw": "March 2019"}},
                  {"id": "m5", "type": "report", "title": "Raw season", "author": [{"family": "Mix", "given": "M"}], "publisher": "P", "issued": {"raw": "Spring 2016"}}
                ]
                """.utf8).write(to: dir.appendingPathComponent("refs.json"))
            let load = try Tipdb.run(["ingest", "refs.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let warnings = load.stderr.split(separator: "\n").filter { $0.hasPrefix("warning:") }.map(String.init)
            let quoted = "warning: refs.json:3:130: source-without-date: m5: issued \"Spring 2016\" is not a date tipdb reads (expected "
                + "{\"date-parts\": [[YYYY, M, D]]}, or raw text such as 2019, 2019-03, March 2019 or 15 March 2019); "
            let rest: String = "sources without a publication date (a CSV's date, a CSL item's issued): "
                + "their figures are not tested for a period after publication (period-after-publication, period-ends-after-publication) nor for repeats "
                + "citing them before they appeared (repeat-before-original), latest_estimates sorts them last and the brief cites them \"n.d.\"; "
                + "give the date the source was published (YYYY, YYYY-MM or YYYY-MM-DD) and load it again; for a work accepted but not yet published, "
                + "\"status\": \"in press\" in its CSL item or date \"in press\" in a sources CSV, which the brief cites \"in press\""
            let expected: [String] = [quoted + rest]
            #expect(warnings == expected, "\(load.stderr)")
            let kept = try Tipdb.run(["sql", "--format", "csv", "SELECT key, published, csl FROM sources ORDER BY key"], in: dir)
            #expect(kept.stdout == "key,published,csl\r\nm4,2019-03,\"{\"\"issued\"\":{\"\"raw\"\":\"\"March 2019\"\"}}\"\r\n"
                + "m5,,\"{\"\"issued\"\":{\"\"raw\"\":\"\"Spring 2016\"\"}}\"\r\n", "\(kept.stdout)")
        }
    }
}
