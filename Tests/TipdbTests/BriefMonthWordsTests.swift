import Foundation
import Testing

/// A brief writes a month as its name and year, wherever it writes one: `2011-12`, December 2011,
/// read to a policy reader as the years 2011 and 2012, or the financial year 2011/12 (review of
/// session 38). Whole years stay `2016` and `1995-2004`, a day stays `2019-06-30`, and what a
/// program reads (JSON's `periodStart`, `periodEnd` and gaps' `years`, CSV's `period_start`, the
/// command that makes the brief again) keeps the dates as stored or typed.
@Suite("brief: months in words (December 2011, June-November 2011, July 2010 to June 2011); years and days as written (built binary)")
struct BriefMonthWordsTests {
    static let sources = """
        key,kind,title,publisher,date
        x,report,Survey X,Institute X,2012

        """

    /// A database of one figure of forced labour in Nepal for `period`.
    private func load(_ period: String, in dir: URL) throws {
        try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,unit,place,period,sex,age_group,source,method
            f,forced-labour,500,persons,NPL,\(period),total,total,x,estimated

            """, "figures.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let loaded = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    @Test(
        "a figure's period in the key figures and figures tables, the age caution and JSON's period; JSON keeps the stored dates",
        arguments: [
            // A single month.
            ("2011-12", "December 2011", "2011-12", "2011-12"),
            // A range of months within one year.
            ("2011-06/2011-11", "June-November 2011", "2011-06", "2011-11"),
            // A range of months across two years (a financial year, written as its first and last month).
            ("2010-07/2011-06", "July 2010 to June 2011", "2010-07", "2011-06"),
            // Two whole calendar years, as ingest's financial-year warning asks them to be written.
            ("2011-2012", "2011-2012", "2011", "2012"),
            // Day-precise: a day cannot be read as a span, and stays as written.
            ("2011-06-01/2011-06-30", "2011-06-01 to 2011-06-30", "2011-06-01", "2011-06-30"),
        ])
    func figurePeriod(cell: String, words: String, start: String, end: String) throws {
        try withTemporaryDirectory { dir in
            try load(cell, in: dir)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains("| Forced labour | Nepal | 500 |  | \(words) | Institute X 2012 [1] |"), "\(md.stdout)")
            #expect(md.stdout.contains("| 500 |  | Nepal | \(words) | all | estimated | Institute X 2012 [1] | f |"), "\(md.stdout)")
            #expect(md.stdout.contains("(Institute X 2012 [1]), describes \(words), a period that ended "), "\(md.stdout)")
            let html = try Tipdb.run(["report", "brief", "--format", "html", "--date", "2026-12-01"], in: dir)
            #expect(html.stdout.contains("<td>\(words)</td>"), "\(html.stdout)")
            let json = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-12-01"], in: dir)
            #expect(json.stdout.contains("\"period\": \"\(words)\", \"periodStart\": \"\(start)\", \"periodEnd\": \"\(end)\""), "\(json.stdout)")
            let csv = try Tipdb.run(["report", "brief", "--format", "csv", "--date", "2026-12-01"], in: dir)
            #expect(csv.stdout.contains(",\(start),\(end),\(words),"), "\(csv.stdout)")
        }
    }

    /// A database of forced labour in Nepal: `dec` (December 2011), `half` (June-November 2011) and
    /// `later` (May 2013, from a source published September 2013).
    private func loadNepal(in dir: URL) throws {
        try IngestPartWarningTests.write("""
            key,kind,title,publisher,date
            x,report,Survey X,Institute X,2012
            y,report,Survey Y,Institute Y,2013-09

            """, "sources.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,unit,place,period,sex,age_group,source,method
            dec,forced-labour,500,persons,NPL,2011-12,total,total,x,estimated
            half,forced-labour,450,persons,NPL,2011-06/2011-11,total,total,x,estimated
            later,forced-labour,480,persons,NPL,2013-05,total,total,y,estimated

            """, "figures.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let loaded = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    @Test("--from 2011-01 --to 2013-02: scope line, age caution's later figure and gaps in words; JSON's years, from, to and the command keep the dates")
    func scopeAndGaps() throws {
        try withTemporaryDirectory { dir in
            try loadNepal(in: dir)
            let filter = ["--from", "2011-01", "--to", "2013-02", "--date", "2026-12-01"]
            let md = try Tipdb.run(["report", "brief"] + filter, in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            let lines = md.stdout.components(separatedBy: "\n")
            #expect(lines.contains("Scope: All measures; all places; reference periods overlapping January 2011 to February 2013  "), "\(md.stdout)")
            #expect(md.stdout.contains(
                "describes December 2011, a period that ended 15 years before this brief; a later figure of this measure and place is in the "
                    + "database, outside the periods this brief covers (to February 2013): 480 for May 2013 (Institute Y 2013 [2])."), "\(md.stdout)")
            #expect(lines.filter { $0.contains(": no figure for ") } == [
                "- Any measure in scope: no figure for 19 reference months (January-May 2011, January 2012 to February 2013).",
                "- Forced labour: no figure for 19 reference months (January-May 2011, January 2012 to February 2013).",
            ])
            #expect(lines.contains("tipdb report brief --from 2011-01 --to 2013-02 --format md --date 2026-12-01"), "\(md.stdout)")

            let json = try Tipdb.run(["report", "brief", "--format", "json"] + filter, in: dir)
            let brief = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let scope = try #require(brief["scope"] as? [String: Any])
            #expect(scope["from"] as? String == "2011-01")
            #expect(scope["to"] as? String == "2013-02")
            #expect(scope["filters"] as? String == "--from 2011-01 --to 2013-02")
            let gaps = try #require((brief["gaps"] as? [String: Any])?["yearsWithoutFigures"] as? [[String: Any]])
            #expect(gaps.map { $0["years"] as? String } == ["2011-01 to 2011-05, 2012-01 to 2013-02", "2011-01 to 2011-05, 2012-01 to 2013-02"])
        }
    }

    @Test("one bound: reference periods ending June 2011 or later, starting December 2011 or earlier; --period 2011-06 a single month")
    func oneBound() throws {
        try withTemporaryDirectory { dir in
            try loadNepal(in: dir)
            for (filter, scope) in [
                (["--from", "2011-06"], "reference periods ending June 2011 or later"),
                (["--to", "2011-12"], "reference periods starting December 2011 or earlier"),
                (["--period", "2011-06"], "reference periods overlapping June 2011"),
                (["--from", "2011-06", "--to", "2011-11"], "reference periods overlapping June-November 2011"),
                (["--period", "2011-2012"], "reference years 2011-2012"),
                (["--period", "2011-06-01/2011-06-30"], "reference periods overlapping 2011-06-01 to 2011-06-30"),
            ] {
                let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01"] + filter, in: dir)
                #expect(md.status == 0, "\(filter): \(md.stderr)")
                #expect(md.stdout.contains("Scope: All measures; all places; \(scope)  \n"), "\(filter): \(md.stdout)")
            }
        }
    }

    @Test("a source's month in the period-after-publication caution: published March 2013, before May-August 2013")
    func publicationMonth() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                key,kind,title,publisher,date
                z,report,Survey Z,Institute Z,2013-03

                """, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,sex,age_group,source,method
                early,forced-labour,480,persons,IND,2013-05/2013-08,total,total,z,estimated

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(md.stdout.contains(
                "- **Caution (periods).** Forced labour in India: the key figure 480 (May-August 2013) is cited to Institute Z 2013 [1], "
                    + "published March 2013, before the period it counts began."), "\(md.stdout)")
        }
    }
}
