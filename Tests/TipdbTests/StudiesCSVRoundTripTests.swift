import Foundation
import Testing

/// `tipdb report studies --format csv` read back by `tipdb ingest`, with the built binary: the
/// export is a studies file (the file contract's columns), so a user can edit it in a spreadsheet
/// and load it into another database, or the same one, and get the same studies.
@Suite("tipdb report studies --format csv, loaded back (built binary)")
struct StudiesCSVRoundTripTests {
    @Test("the Fixtures' studies, with x_ columns and a month span: export → fresh database → export is byte-identical; the same database reports every row unchanged")
    func roundTrip() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            // x_ columns (one study without a value), a sample size, a span of months and places as
            // names: what the export must give back as ingest stores it.
            try Data("""
                key,title,source,method,period,places,population,sample_size,x_shelf,x_10
                s-months,"A survey, by months",ilo-2005-global-alliance,survey,2019-05/2020-01,France;Germany,"Adults, 18+",1200,A3,ten
                s-plain,Plain study,,qualitative,2016,,,,,

                """.utf8).write(to: dir.appendingPathComponent("more.csv"))
            let more = try Tipdb.run(["ingest", "more.csv"], in: dir)
            #expect(more.status == 0, "\(more.stderr)")

            let export = try Tipdb.run(["report", "studies", "--format", "csv", "-o", "studies-out.csv"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let exported = try String(contentsOf: dir.appendingPathComponent("studies-out.csv"), encoding: .utf8)
            let lines = exported.components(separatedBy: "\r\n")
            #expect(lines[0] == "key,title,source,method,period,places,population,sample_size,summary,x_10,x_shelf")
            #expect(lines.contains("s-months,\"A survey, by months\",ilo-2005-global-alliance,survey,2019-05/2020-01,DEU;FRA,\"Adults, 18+\",1200,,ten,A3"), "\(exported)")
            #expect(lines.contains("s-plain,Plain study,,qualitative,2016,,,,,,"), "\(exported)")
            #expect(lines.contains { $0.hasPrefix("ilo-wf-iom-2022-modern-slavery-estimate,\"Global estimates of modern slavery, 2021\",ilo-wf-iom-2022-global-estimates,,2021,ILO-ARAB-STATES;ILO-ASIA-PACIFIC;WLD,,,\"49.6 million") }, "\(exported)")
            #expect(lines.contains { $0.hasPrefix("ilo-2005-minimum-estimate,\"ILO minimum estimate of forced labour, 1995-2004\",ilo-2005-global-alliance,,1995-2004,WLD,") }, "\(exported)")

            // The same database: every study read, none changed.
            let reload = try Tipdb.run(["ingest", "studies-out.csv"], in: dir)
            #expect(reload.status == 0, "\(reload.stderr)")
            #expect(reload.stdout.contains("studies-out.csv: 11 read, 0 inserted, 0 updated, 11 unchanged, 0 rejected"), "\(reload.stdout)")

            // A fresh database, after the studies' sources: the same studies, exported byte for byte.
            let fresh = dir.appendingPathComponent("fresh")
            try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
            #expect(try Tipdb.run(["init"], in: fresh).status == 0)
            let sources = repositoryRoot.appendingPathComponent("Fixtures/sources.json").path
            let load = try Tipdb.run(["ingest", sources, dir.appendingPathComponent("studies-out.csv").path], in: fresh)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("studies-out.csv: 11 read, 11 inserted, 0 updated, 0 unchanged, 0 rejected"), "\(load.stdout)")
            let again = try Tipdb.run(["report", "studies", "--format", "csv"], in: fresh)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == exported)
            // The Markdown, which has the reader's columns, agrees too.
            let markdown = try Tipdb.run(["report", "studies"], in: fresh)
            #expect(markdown.stdout.contains("## A survey, by months\n\n- Method: survey\n- Population: Adults, 18+\n- Sample size: 1,200\n- Reference period: May 2019 to January 2020\n- Places: France, Germany\n"), "\(markdown.stdout)")
        }
    }

    @Test("an x_ value a JSON file gave as a number, true, a list or an object loads back from the CSV unchanged, and stays a list")
    func jsonExtraValues() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(#"[{"key": "j1", "title": "T", "period": "2019-06", "x_n": 1.5, "x_flag": true, "x_note": "n", "x_codes": ["a", "b"], "x_meta": {"n": 1}}]"#.utf8)
                .write(to: dir.appendingPathComponent("studies.json"))
            #expect(try Tipdb.run(["ingest", "studies.json"], in: dir).status == 0)
            let export = try Tipdb.run(["report", "studies", "--format", "csv", "-o", "s.csv"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let exported = try String(contentsOf: dir.appendingPathComponent("s.csv"), encoding: .utf8)
            #expect(exported == "key,title,source,method,period,places,population,sample_size,summary,x_codes,x_flag,x_meta,x_n,x_note\r\n"
                + "j1,T,,,2019-06,,,,,\"[\"\"a\"\",\"\"b\"\"]\",true,\"{\"\"n\"\":1}\",1.5,n\r\n")
            let reload = try Tipdb.run(["ingest", "s.csv"], in: dir)
            #expect(reload.stdout.contains("s.csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(reload.stdout)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT json_type(extra, '$.x_codes'), json_type(extra, '$.x_meta') FROM studies"], in: dir)
            #expect(stored.stdout.hasSuffix("array,object\r\n"), "\(stored.stdout)")

            // An edited list is an update, as any edited cell is.
            let edited = exported.replacingOccurrences(of: #""[""a"",""b""]""#, with: #""[""a"",""c""]""#)
            try Data(edited.utf8).write(to: dir.appendingPathComponent("edited.csv"))
            let update = try Tipdb.run(["ingest", "edited.csv"], in: dir)
            #expect(update.stdout.contains("edited.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected"), "\(update.stdout)")
        }
    }

    @Test("filters that match neither a figure nor a study say no studies match, naming them; sources say no sources match")
    func emptyResults() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let studies = try Tipdb.run(["report", "studies", "--place", "FRA"], in: dir)
            #expect(studies.status == 1)
            #expect(studies.stderr == "tipdb: error: no studies match --place FRA: no figure they match comes from a study, and no study without figures covers those places and years; widen the filters or ingest studies first (tipdb status shows what the database holds)\n")
            #expect(studies.stdout.isEmpty)
            let csv = try Tipdb.run(["report", "studies", "--format", "csv", "--place", "FRA", "--from", "2019"], in: dir)
            #expect(csv.status == 1)
            #expect(csv.stderr.hasPrefix("tipdb: error: no studies match --place FRA --from 2019: "), "\(csv.stderr)")
            let sources = try Tipdb.run(["report", "sources", "--place", "FRA"], in: dir)
            #expect(sources.status == 1)
            #expect(sources.stderr == "tipdb: error: no sources match --place FRA: with filters, the sources listed are those of the figures in scope, and no figure matches; widen the filters or ingest figures first (tipdb status shows what the database holds)\n")
            let json = try Tipdb.run(["report", "sources", "--format", "csl-json", "--place", "FRA"], in: dir)
            #expect(json.status == 1)
            #expect(json.stdout.hasPrefix(#"{"error": "no sources match --place FRA: "#), "\(json.stdout)")
            // The brief lists figures: its wording stays.
            let brief = try Tipdb.run(["report", "brief", "--place", "FRA"], in: dir)
            // With the regions that hold France's figures named (Europe and Central Asia's are not France's own).
            #expect(brief.stderr == """
                tipdb: error: no figures match --place FRA; regions that contain or overlap the places asked for have figures \
                for those measures and periods, which are not the places' own: Europe and Central Asia (1 figure); name one with \
                --place to see its figures, or widen the filters or ingest figures first (tipdb status shows what the database holds)

                """, "\(brief.stderr)")

            // A database without sources: the Markdown list says why it is empty.
            let empty = dir.appendingPathComponent("empty")
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            #expect(try Tipdb.run(["init"], in: empty).status == 0)
            let none = try Tipdb.run(["report", "sources"], in: empty)
            #expect(none.status == 0, "\(none.stderr)")
            #expect(none.stdout == "# Sources\n\nNo sources: the database holds none yet; load a sources file with tipdb ingest.\n")
            #expect(try Tipdb.run(["report", "sources", "--format", "csl-json"], in: empty).stdout == "[]\n")
        }
    }
}
