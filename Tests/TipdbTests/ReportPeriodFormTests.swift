import Foundation
import Testing

/// `--period`, `--from` and `--to` take every period ingest takes (a month, a day, a span of
/// them), read by ingest's own parser, and keep the figures whose period overlaps the days asked
/// for, as years always did: `--period 2019-06` keeps a figure for 2019, whose year covers June.
/// They took years only: `--period 2019-06` was a usage error.
@Suite("report --period, --from and --to take months, days and spans of them, by overlap (built binary)")
struct ReportPeriodFormTests {
    static let sources = """
        key,kind,title,publisher,date
        x,report,Survey X,Institute X,2021

        """

    /// Forced labour in Nepal for years, months, days and spans of them.
    static let figures = """
        key,measure,value,unit,place,period_start,period_end,source,method
        y2018,forced-labour,100,persons,NPL,2018,,x,estimated
        y2019,forced-labour,110,persons,NPL,2019,,x,estimated
        y2015-2020,forced-labour,120,persons,NPL,2015,2020,x,estimated
        m2019-05,forced-labour,130,persons,NPL,2019-05,,x,estimated
        m2019-06,forced-labour,140,persons,NPL,2019-06,,x,estimated
        d2019-06-30,forced-labour,150,persons,NPL,2019-06-30,,x,estimated
        d2019-07-01,forced-labour,160,persons,NPL,2019-07-01,,x,estimated
        d0615-0715,forced-labour,170,persons,NPL,2019-06-15,2019-07-15,x,estimated
        y2020,forced-labour,180,persons,NPL,2020,,x,estimated

        """

    private func load(in dir: URL) throws {
        try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "figures.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let loaded = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    /// The keys of the figures a brief with `filters` covers, sorted, from its CSV.
    private func keys(_ filters: [String], in dir: URL) throws -> [String] {
        let brief = try Tipdb.run(["report", "brief", "--format", "csv", "--date", "2026-12-01"] + filters, in: dir)
        #expect(brief.status == 0, "\(filters): \(brief.stderr)")
        // CSV lines end in CRLF, one Character in Swift.
        return brief.stdout.split(whereSeparator: \.isNewline).dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }.sorted()
    }

    @Test("a month, a day, spans of them and years each keep exactly the figures whose period overlaps them")
    func selection() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let june = ["d0615-0715", "d2019-06-30", "m2019-06", "y2015-2020", "y2019"]
            let cases: [([String], [String])] = [
                (["--period", "2019-06"], june),
                (["--period", "2019-06-01/2019-06-30"], june),
                (["--from", "2019-06", "--to", "2019-06"], june),
                (["--period", "2019-07-01"], ["d0615-0715", "d2019-07-01", "y2015-2020", "y2019"]),
                (["--period", "2019-05/2019-06"], ["d0615-0715", "d2019-06-30", "m2019-05", "m2019-06", "y2015-2020", "y2019"]),
                (["--from", "2019-07"], ["d0615-0715", "d2019-07-01", "y2015-2020", "y2019", "y2020"]),
                (["--to", "2019-05-31"], ["m2019-05", "y2015-2020", "y2018", "y2019"]),
                (["--period", "2018-2019"],
                 ["d0615-0715", "d2019-06-30", "d2019-07-01", "m2019-05", "m2019-06", "y2015-2020", "y2018", "y2019"]),
                (["--period", "2020"], ["y2015-2020", "y2020"]),
            ]
            for (filters, expected) in cases {
                let selected = try keys(filters, in: dir)
                #expect(selected == expected, "\(filters)")
            }
        }
    }

    @Test("the brief's scope line names a month or a day filter and what it keeps; its provenance command gives them as --from and --to")
    func scopeWords() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let cases: [([String], String, String)] = [
                (["--period", "2019-06"], "reference periods overlapping June 2019", "--from 2019-06 --to 2019-06"),
                (["--period", "2019-06-01/2019-06-30"], "reference periods overlapping 2019-06-01 to 2019-06-30",
                 "--from 2019-06-01 --to 2019-06-30"),
                (["--from", "2019-07"], "reference periods ending July 2019 or later", "--from 2019-07"),
                (["--to", "2019-05-31"], "reference periods starting 2019-05-31 or earlier", "--to 2019-05-31"),
                (["--period", "2018-2019"], "reference years 2018-2019", "--from 2018 --to 2019"),
            ]
            for (filters, words, options) in cases {
                let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-01"] + filters, in: dir)
                #expect(brief.status == 0, "\(filters): \(brief.stderr)")
                #expect(brief.stdout.contains("\nScope: All measures; all places; \(words)  \n"), "\(filters): \(brief.stdout.prefix(300))")
                #expect(brief.stdout.contains("\ntipdb report brief \(options) --format md --date 2026-12-01\n"), "\(filters)")
            }
            let none = try Tipdb.run(["report", "brief", "--period", "2031-02"], in: dir)
            #expect(none.status == 1)
            #expect(none.stderr == "tipdb: error: no figures match --period 2031-02; widen the filters or ingest figures first (tipdb status shows what the database holds)\n")
        }
    }

    @Test("a withdrawn figure is named by a month whose days its last period overlaps, and not by another month")
    func retracted() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let retract = try Tipdb.run(["retract", "d2019-07-01", "--reason", "Typed twice"], in: dir)
            #expect(retract.status == 0, "\(retract.stderr)")
            for (period, count) in [("2019-07", 1), ("2019-07-01/2019-07-31", 1), ("2019-06", 0)] {
                let brief = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-12-01", "--period", period], in: dir)
                #expect(brief.status == 0, "\(period): \(brief.stderr)")
                let json = try JSONSerialization.jsonObject(with: Data(brief.stdout.utf8)) as? [String: Any]
                let retracted = (json?["gaps"] as? [String: Any])?["retracted"] as? [String: Any]
                #expect(retracted?["count"] as? Int == count, "\(period)")
            }
        }
    }

    @Test("a value that is no period, or bounds the wrong way round, is a usage error naming it and what is expected; nothing is written")
    func refusals() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let forms = "a year (2019), a span of years (2015-2020), a month (2019-06), a day (2019-06-30) or a span of them (2019-06-01/2019-06-30)"
            let cases: [([String], String)] = [
                (["--period", "2019-13"], "--period 2019-13: month 13 in \"2019-13\" does not exist; expected 01 to 12; --period takes \(forms)"),
                (["--period", "2019-06-31"],
                 "--period 2019-06-31: day 31 in \"2019-06-31\" does not exist in that month; expected 01 to 30; --period takes \(forms)"),
                (["--period", "2020-2019"], "--period 2020-2019 ends before it starts; give the earlier year first, such as 2015-2020"),
                (["--period", "2019-07/2019-06"],
                 "--period 2019-07/2019-06: period \"2019-07/2019-06\" starts after it ends; expected the earlier date first; --period takes \(forms)"),
                (["--period", "abc"],
                 "--period abc: \"abc\" is not a period; expected a year (2016), a span of years (1995-2004), a month (2019-06), a date (2019-06-30) or a start and end joined by a slash (2019-07/2019-09)"),
                (["--from", "2019-13"],
                 "--from 2019-13: month 13 in \"2019-13\" does not exist; expected 01 to 12; --from takes a year (2019), a month (2019-06) or a day (2019-06-30)"),
                (["--from", "abc"], "--from abc: \"abc\" is not a period; expected a year (2016), a month (2019-06) or a date (2019-06-30)"),
                (["--to", "2016-2019"],
                 "--to 2016-2019 is a span, but --to takes one year (2019), month (2019-06) or day (2019-06-30); expected --period 2016-2019 for the span"),
                (["--period", "2019-06", "--to", "2019-07"],
                 "--period 2019-06 gives the periods --from and --to give; expected --period alone, or --from and --to"),
                (["--from", "2019-07", "--to", "2019-06"], "--from 2019-07 is after --to 2019-06; give the earlier period first"),
            ]
            for (filters, message) in cases {
                let result = try Tipdb.run(["report", "brief", "-o", "brief.md"] + filters, in: dir)
                #expect(result.status == 64, "\(filters)")
                #expect(result.stderr.hasPrefix("tipdb: error: \(message)\n"), "\(filters): \(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("brief.md").path), "\(filters)")
            }
        }
    }
}
