import Foundation
import Storage
import Testing

/// Where the report golden files live, and the fixed date every golden brief carries.
private enum ReportGolden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ReportTests/Golden")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let date = "2026-11-29"

    /// Compares `actual` with `Golden/name`; `TIPDB_UPDATE_GOLDEN=1 swift test --filter Golden` rewrites it.
    /// On a mismatch, the first differing line is shown diff-style.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TIPDB_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        guard actual != expected else { return }
        let a = actual.components(separatedBy: "\n")
        let e = expected.components(separatedBy: "\n")
        let line = Array(zip(a, e)).firstIndex { $0.0 != $0.1 } ?? min(a.count, e.count)
        Issue.record(
            """
            \(name) differs from its golden file (regenerate: TIPDB_UPDATE_GOLDEN=1 swift test --filter Golden)
            @@ line \(line + 1) @@
            - \(line < e.count ? e[line] : "<end of file>")
            + \(line < a.count ? a[line] : "<end of file>")
            """, sourceLocation: sourceLocation)
    }
}

/// Creates `tipdb.sqlite` in `dir` from copies of the Fixtures (relative file names), with the
/// ingest times pinned so that the provenance section is the same on every run.
private func makeReportDatabase(in dir: URL) throws {
    for name in ["sources.json", "studies.csv", "figures.csv"] {
        try FileManager.default.copyItem(at: ReportGolden.fixtures.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    }
    #expect(try Tipdb.run(["init"], in: dir).status == 0)
    let load = try Tipdb.run(["ingest", "--quiet", "sources.json", "studies.csv", "figures.csv"], in: dir)
    #expect(load.status == 0, "\(load.stderr)")
    let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
    defer { db.close() }
    try db.execute("UPDATE ingest_batches SET started_at = '2026-11-29T10:00:00Z', finished_at = '2026-11-29T10:00:01Z'")
}

@Suite("tipdb report (built binary, real Fixtures)")
struct ReportCommandTests {
    @Test("a brief in each format goes to stdout, or to a file with -o (Markdown with its chart files)")
    func formats() throws {
        try withTemporaryDirectory { dir in
            try makeReportDatabase(in: dir)
            for format in ["md", "html", "json", "csv"] {
                let out = try Tipdb.run(["report", "brief", "--format", format, "--date", ReportGolden.date], in: dir)
                #expect(out.status == 0, "\(out.stderr)")
                #expect(out.stdout.count > 1000)
                let file = try Tipdb.run(["report", "brief", "--format", format, "--date", ReportGolden.date, "-o", "brief.\(format)"], in: dir)
                #expect(file.status == 0, "\(file.stderr)")
                #expect(file.stdout.isEmpty)
                #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("brief.\(format)").path))
            }
            let charts = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".svg") }.sorted()
            #expect(charts.contains("brief-chart-forced-labour.svg"))
            let markdown = try String(contentsOf: dir.appendingPathComponent("brief.md"), encoding: .utf8)
            for chart in charts { #expect(markdown.contains("](\(chart))")) }
        }
    }

    @Test("a brief written to a name with spaces or parentheses links its charts so that Markdown renders them")
    func chartLinksWithSpaces() throws {
        try withTemporaryDirectory { dir in
            try makeReportDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--date", ReportGolden.date, "-o", "my brief (draft).md"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let markdown = try String(contentsOf: dir.appendingPathComponent("my brief (draft).md"), encoding: .utf8)
            #expect(markdown.contains("](my%20brief%20%28draft%29-chart-forced-labour.svg)"))
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("my brief (draft)-chart-forced-labour.svg").path))
        }
    }

    @Test("a Markdown brief written again to the same -o removes the charts it no longer draws, and only those")
    func staleChartsRemoved() throws {
        try withTemporaryDirectory { dir in
            try makeReportDatabase(in: dir)
            #expect(try Tipdb.run(["report", "brief", "--date", ReportGolden.date, "-o", "brief.md"], in: dir).status == 0)
            func charts() throws -> [String] {
                try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".svg") }.sorted()
            }
            #expect(try charts().count > 2)
            try Data("mine".utf8).write(to: dir.appendingPathComponent("brief-chart-my-own.svg"))
            let narrow = try Tipdb.run(["report", "brief", "--date", ReportGolden.date, "--measure", "forced-labour", "-o", "brief.md"], in: dir)
            #expect(narrow.status == 0, "\(narrow.stderr)")
            // Forced labour and its sub-measures are drawn again; the others are gone; a file of the
            // same shape that names no measure stays.
            let left = try charts()
            #expect(left.contains("brief-chart-forced-labour.svg") && left.contains("brief-chart-my-own.svg"))
            #expect(!left.contains("brief-chart-modern-slavery.svg") && !left.contains("brief-chart-detected-trafficking-victims.svg"))
            let markdown = try String(contentsOf: dir.appendingPathComponent("brief.md"), encoding: .utf8)
            for chart in left where chart != "brief-chart-my-own.svg" { #expect(markdown.contains("](\(chart))")) }
            #expect(narrow.stderr.contains("note: removed brief-chart-modern-slavery.svg, a chart of an earlier brief that this one does not draw\n"))
        }
    }

    @Test("an empty scope exits 1, names the filters, and writes no file")
    func emptyScope() throws {
        try withTemporaryDirectory { dir in
            try makeReportDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--measure", "forced-labour", "--place", "France", "-o", "out.html", "--format", "html"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == "tipdb: error: no figures match --measure forced-labour --place France; widen the filters or ingest figures first (tipdb status shows what the database holds)\n")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.html").path))
            let unknown = try Tipdb.run(["report", "brief", "--measure", "forced-labor"], in: dir)
            #expect(unknown.status == 64)
            #expect(unknown.stderr.hasPrefix("tipdb: error: unknown measure \"forced-labor\"; did you mean \"forced-labour\"? Give a measure code or label"))
            #expect(try Tipdb.run(["report", "brief", "--date", "29/11/2026"], in: dir).status == 64)
            #expect(try Tipdb.run(["report", "brief", "--format", "pdf"], in: dir).status == 64)
            #expect(try Tipdb.run(["report", "brief", "--from", "2020", "--to", "2010"], in: dir).status == 64)
            #expect(try Tipdb.run(["report", "brief", "--db", "missing.sqlite"], in: dir).status == 2)
        }
    }

    @Test("a report of a database without figures, and no filters, says to load some, not to widen filters never given")
    func noFiguresYet() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for format in ["md", "html", "json", "csv"] {
                let result = try Tipdb.run(["report", "brief", "--format", format, "-o", "brief.\(format)"], in: dir)
                #expect(result.status == 1)
                #expect(result.stderr == "tipdb: error: tipdb.sqlite: the database holds no figures yet; load some with tipdb ingest\n")
                #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("brief.\(format)").path))
            }
            // With filters, the message names them.
            let filtered = try Tipdb.run(["report", "sources", "--place", "France"], in: dir)
            #expect(filtered.status == 1)
            #expect(filtered.stderr == "tipdb: error: no sources match --place France: with filters, the sources listed are those of the figures in scope, and no figure matches; widen the filters or ingest figures first (tipdb status shows what the database holds)\n")
        }
    }

    @Test("report studies lists the studies of a database without figures, as report sources lists its sources")
    func studiesWithoutFigures() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let nothing = try Tipdb.run(["report", "studies"], in: dir)
            #expect(nothing.status == 0, "\(nothing.stderr)")
            // Said as a sentence that gives the reason, as the brief says it; it used to read "0 studies."
            #expect(nothing.stdout == "# Studies\n\nScope: All measures; all places; all reference years  \nNo studies: the database holds none yet; load a studies file with tipdb ingest.\n\n")
            let fixtures = ["sources.json", "studies.csv"].map { ReportGolden.fixtures.appendingPathComponent($0).path }
            #expect(try Tipdb.run(["ingest", "--quiet"] + fixtures, in: dir).status == 0)
            let all = try Tipdb.run(["report", "studies"], in: dir)
            #expect(all.status == 0, "\(all.stderr)")
            #expect(all.stdout.hasPrefix("# Studies\n\nScope: All measures; all places; all reference years  \n9 studies.\n\n"))
            #expect(all.stdout.contains("## Global estimates of modern slavery, 2021\n\n- Method: method not stated\n"))
            #expect(all.stdout.contains("- Source: ILO et al. 2022 ["))
            let csv = try Tipdb.run(["report", "studies", "--format", "csv"], in: dir)
            #expect(csv.status == 0 && csv.stdout.split(separator: "\r\n").count == 10, "\(csv.stdout)")
            // Filters choose studies by their places and years; a study that states no period
            // (ILO 2014's) is not left out by one.
            let recent = try Tipdb.run(["report", "studies", "--place", "World", "--from", "2015"], in: dir)
            #expect(recent.status == 0 && recent.stdout.contains("\n7 studies.\n"), "\(recent.stdout)")
            #expect(recent.stdout.contains("## ILO estimate of illegal profits from forced labour (2014)\n"), "\(recent.stdout)")
            let none = try Tipdb.run(["report", "studies", "--place", "France"], in: dir)
            #expect(none.status == 1)
            #expect(none.stderr == "tipdb: error: no studies match --place France: no figure they match comes from a study, and no study without figures covers those places and years; widen the filters or ingest studies first (tipdb status shows what the database holds)\n")
            #expect(none.stdout.isEmpty)

            // A figure in scope that no study is behind, and no study of its place.
            try Data("key,measure,value,place,period,source\nfr-2019,detected-trafficking-victims,100,FRA,2019,ilo-2005-global-alliance\n".utf8)
                .write(to: dir.appendingPathComponent("france.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "france.csv"], in: dir).status == 0)
            let france = try Tipdb.run(["report", "studies", "--place", "France"], in: dir)
            #expect(france.status == 0, "\(france.stderr)")
            #expect(france.stdout.contains("  \nNo study is in scope: none in the database is behind the figures in scope, or covers these places and years.\n"), "\(france.stdout)")
        }
    }

    @Test("a filter that names nothing is a usage error (64) with the closest names, places as measures (as ingest ranks them), in one sentence; else what to give")
    func unknownFilterValues() throws {
        try withTemporaryDirectory { dir in
            try makeReportDatabase(in: dir)
            let cases: [([String], String)] = [
                (["--place", "Wrold"], "unknown place \"Wrold\"; did you mean \"World\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),  // sql-constant: a message, never executed
                (["--place", "Korea"], "unknown place \"Korea\"; did you mean \"Korea DPR\" or \"Korea Rep.\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),  // sql-constant: a message, never executed
                (["--place", "Nowhereland"],
                 "unknown place \"Nowhereland\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
                (["--measure", "forced-labor"], "unknown measure \"forced-labor\"; did you mean \"forced-labour\"? Give a measure code or label, such as forced-labour (tipdb sql 'SELECT code, label FROM measures' lists them)"),  // sql-constant: a message, never executed
                (["--concept", "trafficing"],
                 "unknown concept \"trafficing\"; expected one of trafficking, forced-labour, forced-marriage, modern-slavery, child-labour, other"),
                (["--measure", "xyz"],
                 "unknown measure \"xyz\"; give a measure code or label, such as forced-labour (tipdb sql 'SELECT code, label FROM measures' lists them)"),
            ]
            for (filter, message) in cases {
                for report in ["brief", "sources", "studies"] {
                    let result = try Tipdb.run(["report", report] + filter, in: dir)
                    #expect(result.status == 64, "\(report) \(filter)")
                    #expect(result.stderr == "tipdb: error: \(message)\n", "\(report) \(filter)")
                    #expect(result.stdout.isEmpty)
                }
            }
            // A suggestion is a name the filter takes: an alias is a place.
            let alias = try Tipdb.run(["report", "sources", "--place", "South Korea"], in: dir)
            #expect(alias.stderr.hasPrefix("tipdb: error: no sources match --place 'South Korea': "), "\(alias.stderr)")
        }
    }

    @Test("filters: a region with its countries, a measure with its sub-measures, years")
    func filters() throws {
        try withTemporaryDirectory { dir in
            try makeReportDatabase(in: dir)
            let result = try Tipdb.run(
                ["report", "brief", "--measure", "forced-labour", "--place", "Asia and the Pacific", "--from", "2010", "--to", "2024",
                 "--date", ReportGolden.date], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            // No sub-measure of forced labour has a figure for Asia and the Pacific: none is claimed.
            #expect(result.stdout.contains("Scope: Forced labour; Asia and the Pacific and its "), "\(result.stdout.prefix(400))")
            #expect(result.stdout.contains("reference years 2010-2024"))
            #expect(result.stdout.contains("| Forced labour | Asia and the Pacific | 15.1 million |  | 2021 | ILO et al. 2022 [1] |"))
            #expect(result.stdout.contains("countries in scope have no figure of their own for the measures in scope"))
        }
    }

    @Test("lineage of francis-2013-trafficked-wld ends at ILO 2005, 1995-2004; an unknown key exits 1 with suggestions, an empty one 64")
    func lineage() throws {
        try withTemporaryDirectory { dir in
            try makeReportDatabase(in: dir)
            let result = try Tipdb.run(["report", "lineage", "francis-2013-trafficked-wld"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("francis-2013-trafficked-wld\n"))
            #expect(result.stdout.contains("repeats unodc-2012-trafficked-wld\n"))
            #expect(result.stdout.contains("repeats ilo-2005-trafficked-wld\n  at least 2.45 million: Victims of trafficking in persons (estimated), World, reference period 1995-2004\n"))
            #expect(result.stdout.contains("Primary source reached: ilo-2005-trafficked-wld."))
            #expect(result.stdout.contains("2.4 million (Francis 2013 [1]) repeats UNODC 2012 [2], which repeats ILO 2005 [3] (at least 2.45 million): a minimum estimate for 1995-2004."))
            let unknown = try Tipdb.run(["report", "lineage", "francis-2013"], in: dir)
            #expect(unknown.status == 64)
            #expect(unknown.stderr == "tipdb: error: unknown figure \"francis-2013\"; did you mean \"francis-2013-trafficked-wld\"?\n")
            #expect(unknown.stdout.isEmpty)
            let nothingClose = try Tipdb.run(["report", "lineage", "nokey"], in: dir)
            #expect(nothingClose.status == 64)
            #expect(nothingClose.stderr == "tipdb: error: unknown figure \"nokey\"; give the key of a figure (tipdb sql 'SELECT key FROM figures' lists them)\n")
            #expect(nothingClose.stdout.isEmpty)
            let typo = try Tipdb.run(["report", "lineage", "ilo-2005-trafficked-wdl"], in: dir)
            #expect(typo.status == 64)
            #expect(typo.stderr == "tipdb: error: unknown figure \"ilo-2005-trafficked-wdl\"; did you mean \"ilo-2005-trafficked-wld\"?\n")
            for empty in ["", " "] {
                let none = try Tipdb.run(["report", "lineage", empty], in: dir)
                #expect(none.status == 64)
                #expect(none.stderr.hasPrefix("tipdb: error: the figure key is empty; give the key of a figure (tipdb sql 'SELECT key FROM figures' lists them)\n"), "\(none.stderr)")
                #expect(none.stdout.isEmpty)
            }
        }
    }

    @Test("sources --format csl-json re-ingests into a fresh database with the same sources")
    func cslRoundTrip() throws {
        try withTemporaryDirectory { dir in
            try makeReportDatabase(in: dir)
            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "export.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let fresh = dir.appendingPathComponent("fresh")
            try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: dir.appendingPathComponent("export.json"), to: fresh.appendingPathComponent("export.json"))
            #expect(try Tipdb.run(["init"], in: fresh).status == 0)
            let load = try Tipdb.run(["ingest", "export.json"], in: fresh)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("export.json: 11 read, 11 inserted, 0 updated, 0 unchanged, 0 rejected"))
            let before = try sources(in: dir)
            let after = try sources(in: fresh)
            #expect(before.count == 11)
            #expect(before == after)
            let again = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: fresh)
            #expect(again.stdout == (try String(contentsOf: dir.appendingPathComponent("export.json"), encoding: .utf8)))
        }
    }

    @Test("a source loaded from CSV, exported to CSL-JSON and loaded again is unchanged, and exports the same; a name CSV cannot hold is kept")
    func csvSourceRoundTrip() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date,url,accessed,notes
                s1,report,A title,"Doe, Jane; Roe, Rick; ACME Institute",ACME,2020-05,https://example.org/a,2024-01-02,a note

                """.utf8).write(to: dir.appendingPathComponent("s.csv"))
            #expect(try Tipdb.run(["ingest", "s.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "e1.json"], in: dir).status == 0)
            let load = try Tipdb.run(["ingest", "e1.json"], in: dir)
            #expect(load.stdout.contains("e1.json: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(load.stdout)")
            let second = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            #expect(second.stdout == (try String(contentsOf: dir.appendingPathComponent("e1.json"), encoding: .utf8)))
            // A particle is more than the authors column says: that list stays in csl.
            try Data(#"[{"id": "s2", "type": "book", "title": "T", "author": [{"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}]}]"#.utf8)
                .write(to: dir.appendingPathComponent("p.json"))
            #expect(try Tipdb.run(["ingest", "p.json"], in: dir).status == 0)
            let kept = try Tipdb.run(["sql", "SELECT authors, csl ->> '$.author[0].non-dropping-particle' AS particle FROM sources WHERE key = 's2'", "--format", "csv"], in: dir)
            #expect(kept.stdout == "authors,particle\r\n\"van Gogh, Vincent\",van\r\n")
        }
    }

    @Test("every CSL type, particles, editors and CSL-only dates load, and an export gives the items back as they were")
    func cslWholeLibrary() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let items = """
                [{"id": "conf", "type": "paper-conference", "title": "A paper", "publisher": "P",
                  "author": [{"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"},
                             {"family": "Humboldt", "given": "Alexander", "dropping-particle": "von"},
                             {"family": "King", "given": "Martin Luther", "suffix": "Jr."}],
                  "issued": {"raw": "Spring 2016"}},
                 {"id": "eds", "type": "book", "title": "Edited", "editor": [{"family": "Smith", "given": "Jane"}, {"family": "Doe", "given": "J."}],
                  "issued": {"literal": "circa 1990"}, "accessed": {"date-parts": [[2020]]}},
                 {"id": "case", "type": "legal_case", "title": "A case", "publisher": "Court", "issued": {"date-parts": [[2015, 1], [2016, 2]]}},
                 {"id": "ms", "type": "manuscript", "title": "Notes", "publisher": "Archive"}]
                """
            try Data(items.utf8).write(to: dir.appendingPathComponent("library.json"))
            let load = try Tipdb.run(["ingest", "library.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
            defer { db.close() }
            let rows = try db.rows("SELECT key, kind, authors, published, accessed FROM sources ORDER BY key")
                .map { "\($0.string("key") ?? ""): \($0.string("kind") ?? "") | \($0.string("authors") ?? "-") | \($0.string("published") ?? "-") | \($0.string("accessed") ?? "-")" }
            #expect(rows == [
                "case: legal-instrument | - | 2015-01 | -",
                "conf: journal-article | van Gogh, Vincent; Humboldt, Alexander von; King, Martin Luther, Jr. | - | -",
                "eds: book | Smith, Jane; Doe, J. | - | -",
                "ms: other | - | - | -",
            ])
            let export = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            let exported = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
            let byID = Dictionary(uniqueKeysWithValues: exported.compactMap { item in (item["id"] as? String).map { ($0, item) } })
            #expect(byID["conf"]?["type"] as? String == "paper-conference")
            #expect(byID["case"]?["type"] as? String == "legal_case")
            #expect(byID["ms"]?["type"] as? String == "manuscript")
            #expect((byID["conf"]?["issued"] as? [String: Any])?["raw"] as? String == "Spring 2016")
            #expect((byID["eds"]?["issued"] as? [String: Any])?["literal"] as? String == "circa 1990")
            #expect(((byID["case"]?["issued"] as? [String: Any])?["date-parts"] as? [[Int]]) == [[2015, 1], [2016, 2]])
            #expect(((byID["eds"]?["accessed"] as? [String: Any])?["date-parts"] as? [[Int]]) == [[2020]])
            let markdown = try Tipdb.run(["report", "sources"], in: dir)
            #expect(markdown.stdout.contains("Smith, Jane and Doe, J. (eds.)"), "\(markdown.stdout)")

            // The export loads back as unchanged: the items are given back as they came.
            try Data(export.stdout.utf8).write(to: dir.appendingPathComponent("export.json"))
            let again = try Tipdb.run(["ingest", "export.json"], in: dir)
            #expect(again.stdout.contains("export.json: 4 read, 0 inserted, 0 updated, 4 unchanged, 0 rejected"), "\(again.stdout) \(again.stderr)")

            // Authors corrected through a CSV file replace the CSL author list kept for export.
            try Data("key,title,authors\neds,Edited,\"Roe, Richard\"\n".utf8).write(to: dir.appendingPathComponent("fix.csv"))
            #expect(try Tipdb.run(["ingest", "--kind", "sources", "fix.csv"], in: dir).status == 0)
            let fixed = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            let fixedItems = try #require(try JSONSerialization.jsonObject(with: Data(fixed.stdout.utf8)) as? [[String: Any]])
            let eds = try #require(fixedItems.first { $0["id"] as? String == "eds" })
            #expect(eds["editor"] == nil)
            #expect((eds["author"] as? [[String: String]]) == [["family": "Roe", "given": "Richard"]])
            #expect((eds["issued"] as? [String: Any])?["literal"] as? String == "circa 1990")
            #expect(try Tipdb.run(["report", "sources"], in: dir).stdout.contains("Roe, Richard (n.d.)"))
        }
    }

    /// Every source as comparable text: the columns, with csl as a key-sorted JSON object.
    private func sources(in dir: URL) throws -> [String] {
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
        defer { db.close() }
        return try db.rows(
            "SELECT key, kind, title, authors, publisher, published, url, doi, accessed, license, notes, csl FROM sources ORDER BY key"
        ).map { row in
            var columns = row.columns.dropLast().map { "\($0)=\(row.string($0) ?? "NULL")" }
            if let csl = row.string("csl") {
                let object = try JSONSerialization.jsonObject(with: Data(csl.utf8))
                let canonical = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                columns.append("csl=" + String(decoding: canonical, as: UTF8.self))
            }
            return columns.joined(separator: "|")
        }
    }
}

@Suite("Golden report files for the Fixtures database (TIPDB_UPDATE_GOLDEN=1 swift test --filter Golden)")
struct ReportGoldenTests {
    @Test("every format of every report matches its golden file, byte for byte")
    func golden() throws {
        try withTemporaryDirectory { dir in
            try makeReportDatabase(in: dir)
            let runs: [(String, [String])] = [
                ("brief.md", ["report", "brief", "--date", ReportGolden.date]),
                ("brief.html", ["report", "brief", "--format", "html", "--date", ReportGolden.date]),
                ("brief.json", ["report", "brief", "--format", "json", "--date", ReportGolden.date]),
                ("brief.csv", ["report", "brief", "--format", "csv", "--date", ReportGolden.date]),
                ("brief-asia-pacific.md", ["report", "brief", "--place", "ILO-ASIA-PACIFIC", "--concept", "forced-labour", "--date", ReportGolden.date]),
                ("sources.md", ["report", "sources"]),
                ("sources.csl.json", ["report", "sources", "--format", "csl-json"]),
                ("sources.bib", ["report", "sources", "--format", "bibtex"]),
                ("studies.md", ["report", "studies"]),
                ("studies.csv", ["report", "studies", "--format", "csv"]),
                ("lineage-francis.txt", ["report", "lineage", "francis-2013-trafficked-wld"]),
            ]
            for (name, arguments) in runs {
                let first = try Tipdb.run(arguments, in: dir)
                #expect(first.status == 0, "\(name): \(first.stderr)")
                try ReportGolden.check(first.stdout, name)
                // Reproducible: the same command again gives the same bytes.
                #expect(try Tipdb.run(arguments, in: dir).stdout == first.stdout, "\(name) is not reproducible")
            }
            // Markdown to a file: the brief and its chart files.
            let written = try Tipdb.run(["report", "brief", "-o", "brief-file.md", "--date", ReportGolden.date], in: dir)
            #expect(written.status == 0, "\(written.stderr)")
            try ReportGolden.check(try String(contentsOf: dir.appendingPathComponent("brief-file.md"), encoding: .utf8), "brief-file.md")
            let chart = "brief-file-chart-forced-labour.svg"
            try ReportGolden.check(try String(contentsOf: dir.appendingPathComponent(chart), encoding: .utf8), chart)
        }
    }
}
