import Foundation
import Testing

/// A source's erratum that changes only the confidence level of an interval, 95% to 90% with the
/// bounds kept (review of session 51, defect 1). `figure_revisions` recorded it as kind revision,
/// but `figure_citations.revisions` stayed 0 and `previous_ci_level` NULL, and no brief, lineage
/// or search said the number had been revised, where `tipdb check` flags a repeat that gives the
/// same bounds at another level as changing the range. Now the level is part of the number.
@Suite("a change of the confidence level alone is a revision in figure_citations, briefs, lineage and search (built binary)")
struct RevisedLevelTests {
    static let sources = """
        key,kind,title,authors,publisher,container,date,url
        survey-2019,article-journal,Forced labour among migrant domestic workers,"Okafor, Chi; Tran, Thu",,Journal of Human Trafficking,2020-03-01,https://example.org/a

        """
    static let header = "key,measure,value,low,high,ci_level,unit,place,period,source,locator,method,notes\n"
    /// rds-prev: 95% restated as 90%; rds-open: a level the erratum leaves unsaid (a range, not an
    /// interval), taken as unchanged as a repeat's is.
    static let first = header + """
        rds-prev,forced-labour,12.5%,9.8%,15.2%,95,percent,LBN,2019,survey-2019,Table 2,estimated,RDS-II weighted
        rds-open,forced-labour,20.5%,18.1%,22.9%,95,percent,LBN,2018,survey-2019,Table 3,estimated,RDS-II weighted

        """
    static let erratum = header + """
        rds-prev,forced-labour,12.5%,9.8%,15.2%,90,percent,LBN,2019,survey-2019,Table 2,estimated,RDS-II weighted
        rds-open,forced-labour,20.5%,18.1%,22.9%,,percent,LBN,2018,survey-2019,Table 3,estimated,RDS-II weighted

        """
    static let earlier = "revised from 12.5%, bounds 9.8 to 15.2% (95% interval)"

    static func load(in dir: URL) throws {
        try IngestPartWarningTests.write(sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(first, "fig.csv", in: dir)
        try IngestPartWarningTests.write(erratum, "fig-erratum.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        #expect(try Tipdb.run(["ingest", "--quiet", "src.csv", "fig.csv"], in: dir).status == 0)
        let second = try Tipdb.run(["ingest", "--quiet", "fig-erratum.csv"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
    }

    @Test("figure_citations counts the erratum and gives the earlier level; a level left unsaid is no revision")
    func citations() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let rows = try Tipdb.run(["sql", "--format", "csv", """
                SELECT figure, low, high, ci_level, revisions, previous_value, previous_low, previous_high, previous_ci_level
                FROM figure_citations ORDER BY figure
                """], in: dir)
            #expect(rows.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                figure,low,high,ci_level,revisions,previous_value,previous_low,previous_high,previous_ci_level
                rds-open,18.1,22.9,,0,,,,
                rds-prev,9.8,15.2,0.9,1,12.5,9.8,15.2,0.95

                """, "\(rows.stdout)\(rows.stderr)")
            let kinds = try Tipdb.run(["sql", "--format", "csv", "SELECT figure, kind FROM figure_revisions ORDER BY figure"], in: dir)
            #expect(kinds.stdout == "figure,kind\r\nrds-open,revision\r\nrds-prev,revision\r\n", "\(kinds.stdout)")
        }
    }

    @Test("every brief format says what the figure was revised from, with the earlier level", arguments: ["md", "html", "csv", "json"])
    func briefs(format: String) throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let result = try Tipdb.run(["report", "brief", "--place", "LBN", "--date", "2026-12-05", "--format", format], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("\(Self.earlier) (batch 2; replaced "), "\(result.stdout)")
            #expect(!result.stdout.contains("revised from 20.5%"), "\(result.stdout)")
            if format == "json" {
                #expect(result.stdout.contains("\"revisedFrom\": \"\(Self.earlier)\""), "\(result.stdout)")
            }
        }
    }

    @Test("report lineage and tipdb search say it too")
    func lineageAndSearch() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let lineage = try Tipdb.run(["report", "lineage", "rds-prev"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("  \(Self.earlier) (batch 2: fig.csv; replaced "), "\(lineage.stdout)")
            let search = try Tipdb.run(["search", "Lebanon"], in: dir)
            #expect(search.stdout.contains("12.5% (9.8 to 15.2%, 90% interval) (\(Self.earlier)) — Okafor and Tran 2020"), "\(search.stdout)")
        }
    }
}
