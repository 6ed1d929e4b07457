import Foundation
import Testing

/// `--period 2011-12` is December 2011, as a period cell `2011-12` is; the reports warn that it
/// may be meant as the financial year 2011/12, in ingest's words for such a cell, and still run.
@Suite("report: --period, --from and --to of the shape 2011-12 warn of a financial year as ingest does (built binary)")
struct ReportFinancialYearWarningTests {
    static let sources = """
        key,kind,title,publisher,date
        x,report,Survey X,Institute X,2012

        """

    static let figures = """
        key,measure,value,unit,place,period,sex,age_group,source,method
        dec,forced-labour,500,persons,NPL,2011-12,total,total,x,estimated

        """

    private func load(in dir: URL) throws -> String {
        try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "figures.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        return loaded.stderr
    }

    static let warning = "\"2011-12\" is read as the month December 2011; if it is the financial or school year 2011/12, write its "
        + "first and last month, such as 2011-04/2012-03, or 2011-2012 for the two calendar years"

    @Test("brief --period 2011-12: ingest's warning, with the option, on standard error; the brief of December 2011, exit 0")
    func brief() throws {
        try withTemporaryDirectory { dir in
            let ingest = try load(in: dir)
            #expect(ingest.contains("period: \(Self.warning); loaded as the month"), "\(ingest)")
            let run = try Tipdb.run(["report", "brief", "--period", "2011-12", "--date", "2026-12-01"], in: dir)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr == "warning: --period 2011-12: \(Self.warning); reporting on the month\n")
            #expect(run.stdout.contains("reference periods overlapping December 2011"), "\(run.stdout)")
            // The month in words wherever the brief writes it: `2011-12` reads as two years, or a financial year.
            #expect(run.stdout.contains("| Forced labour | Nepal | 500 |  | December 2011 | Institute X 2012 [1] |"), "\(run.stdout)")
            #expect(run.stdout.contains("describes December 2011, a period that ended"), "\(run.stdout)")
            #expect(!run.stdout.contains("| 2011-12 |"), "\(run.stdout)")
        }
    }

    @Test("sources --from 2011-12, studies --to 2011-12 and the brief as JSON warn alike; --from 2011-06 does not")
    func otherOptions() throws {
        try withTemporaryDirectory { dir in
            _ = try load(in: dir)
            let sources = try Tipdb.run(["report", "sources", "--from", "2011-12", "--to", "2012"], in: dir)
            #expect(sources.status == 0, "\(sources.stderr)")
            #expect(sources.stderr == "warning: --from 2011-12: \(Self.warning); reporting on the month\n")
            let studies = try Tipdb.run(["report", "studies", "--to", "2011-12"], in: dir)
            #expect(studies.status == 0, "\(studies.stderr)")
            #expect(studies.stderr == "warning: --to 2011-12: \(Self.warning); reporting on the month\n")
            let json = try Tipdb.run(["report", "brief", "--format", "json", "--period", "2011-12", "--date", "2026-12-01"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            #expect(json.stderr == "warning: --period 2011-12: \(Self.warning); reporting on the month\n")
            let june = try Tipdb.run(["report", "brief", "--from", "2011-06", "--date", "2026-12-01"], in: dir)
            #expect(june.status == 0, "\(june.stderr)")
            #expect(june.stderr == "")
        }
    }

    /// A brief writes a month as its name and year, where `2011-12` read to a policy reader as the
    /// years 2011 and 2012 (review of session 38); JSON and CSV keep the stored dates beside it.
    @Test("the brief writes months in words, in Markdown, HTML, JSON and CSV; periodStart and periodEnd stay as stored")
    func monthsInWords() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,sex,age_group,source,method
                dec,forced-labour,500,persons,NPL,2011-12,total,total,x,estimated
                half,forced-labour,450,persons,NPL,2011-06/2011-11,total,total,x,estimated
                fy,forced-labour,400,persons,NPL,2010-07/2011-06,total,total,x,estimated

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            for row in [
                "| 500 |  | Nepal | December 2011 | all | estimated | Institute X 2012 [1] | dec |",
                "| 450 |  | Nepal | June-November 2011 | all | estimated | Institute X 2012 [1] | half |",
                "| 400 |  | Nepal | July 2010 to June 2011 | all | estimated | Institute X 2012 [1] | fy |",
            ] {
                #expect(md.stdout.contains(row), "\(md.stdout)")
            }
            let html = try Tipdb.run(["report", "brief", "--format", "html", "--date", "2026-12-01"], in: dir)
            // The period is a row header of the figures tables.
            #expect(html.stdout.contains("<th scope=\"row\">June-November 2011</th>"), "\(html.stdout)")
            #expect(!html.stdout.contains(">2011-12</t"), "\(html.stdout)")
            let json = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-12-01"], in: dir)
            #expect(json.stdout.contains("\"period\": \"December 2011\", \"periodStart\": \"2011-12\", \"periodEnd\": \"2011-12\""),
                    "\(json.stdout)")
            let csv = try Tipdb.run(["report", "brief", "--format", "csv", "--date", "2026-12-01"], in: dir)
            #expect(csv.stdout.contains(",2011-06,2011-11,June-November 2011,"), "\(csv.stdout)")
        }
    }
}
