import Foundation
import Storage
import Testing

/// The analyst views as `tipdb sql` shows them (m0019): a lineage loop credits no source,
/// figure_citations says what a brief says beside a figure (dropped by the latest release,
/// revised), and lists two authors as briefs do.
@Suite("figure_lineage, source_usage and figure_citations through tipdb sql (built binary)")
struct CitableViewsCommandTests {
    private static func sql(_ query: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["sql", query, "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // CSV ends its lines with CRLF (RFC 4180); compared here as lines.
        return result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test("a lineage loop has no primary figure or source, and source_usage credits neither source with it; a real repeat still counts")
    func loopCreditsNoSource() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date
                hs-2014,report,Modern slavery,Silverman; Bernard,Home Office,2014
                daily-2020,news,Slavery in Britain today,,Daily News,2020
                weekly-2021,news,Slavery again,,Weekly,2021

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,cites,method
                hs-gbr-2013,modern-slavery,"11,700",persons,GBR,2013,hs-2014,,estimated
                daily-gbr,modern-slavery,"10,000",persons,GBR,2020,daily-2020,hs-gbr-2013,reported
                weekly-gbr,modern-slavery,"11,700",persons,GBR,2013,weekly-2021,hs-gbr-2013,reported

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(try Self.sql("SELECT source, repeated_by_figures, repeated_by_sources FROM source_usage WHERE source = 'hs-2014'", in: dir)
                == "source,repeated_by_figures,repeated_by_sources\nhs-2014,2,2\n")

            // The loop written with SQL, as `tipdb check`'s lineage-loop rule expects one to be.
            let db = try DatabaseFile.open(dir.appendingPathComponent("tipdb.sqlite").path, for: .write)
            try db.execute("UPDATE figures SET cites = 'daily-gbr', method = 'reported' WHERE key = 'hs-gbr-2013'")
            db.close()

            let lineage = try Self.sql("""
                SELECT figure, status, hops, primary_figure, primary_source, primary_value, primary_period_start, primary_period_end
                FROM figure_lineage ORDER BY figure
                """, in: dir)
            #expect(lineage == """
                figure,status,hops,primary_figure,primary_source,primary_value,primary_period_start,primary_period_end
                daily-gbr,loop,1,,,,,
                hs-gbr-2013,loop,1,,,,,
                weekly-gbr,loop,2,,,,,

                """, "\(lineage)")
            let usage = try Self.sql("SELECT source, direct_figures, repeated_by_figures, repeated_by_sources FROM source_usage ORDER BY source", in: dir)
            #expect(usage == "source,direct_figures,repeated_by_figures,repeated_by_sources\ndaily-2020,1,0,0\nhs-2014,1,0,0\nweekly-2021,1,0,0\n", "\(usage)")
            // tipdb check still reports the loop, from the same view.
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 1)
            #expect(check.stdout.contains("lineage-loop"), "\(check.stdout)")
        }
    }

    @Test("figure_citations lists two authors as briefs do (Silverman and Bernard), three as A, B and C, one as stored")
    func authorsListedAsBriefs() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date
                two,report,Modern slavery,Silverman; Bernard,Home Office,2014
                three,report,Global Estimates,International Labour Office; Walk Free; International Organization for Migration,International Labour Office,2022
                one,article,Forced labour,"Francis, Kate",,2013

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method
                f-two,modern-slavery,"11,700",persons,GBR,2013,two,estimated
                f-three,modern-slavery,50 million,persons,WLD,2021,three,estimated
                f-one,modern-slavery,"1,000",persons,GBR,2012,one,estimated

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let rows = try Self.sql("SELECT figure, citation FROM figure_citations ORDER BY figure", in: dir)
            #expect(rows == """
                figure,citation
                f-one,"Francis, Kate (2013). Forced labour."
                f-three,"International Labour Office [ILO], Walk Free and International Organization for Migration [IOM] (2022). Global Estimates. International Labour Office."
                f-two,Silverman and Bernard (2014). Modern slavery. Home Office.

                """, "\(rows)")
            // The brief cites the same names the same way.
            let brief = try Tipdb.run(["report", "sources"], in: dir)
            #expect(brief.stdout.contains("Silverman and Bernard (2014)"), "\(brief.stdout)")
        }
    }

    @Test("figure_citations says when the latest release dropped a figure and when a later release revised its number, as the brief does")
    func releaseAndRevision() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let first = GLOTIPFiles.top(date: "30/11/2024") + """
                AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41,GLOTIP
                AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,38,GLOTIP
                AUT,Austria,Europe,Western Europe,Persons convicted,Total,Total,Total,Total,2020,Counts,10,GLOTIP

                """
            let second = GLOTIPFiles.top(date: "14/04/2025") + """
                AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,45,GLOTIP
                AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,38,GLOTIP

                """
            try Data(first.utf8).write(to: dir.appendingPathComponent("glotip_2024.csv"))
            try Data(second.utf8).write(to: dir.appendingPathComponent("glotip_2025.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "glotip_2024.csv"], in: dir).status == 0)
            let again = try Tipdb.run(["ingest", "glotip_2025.csv"], in: dir)
            #expect(again.stderr.contains("1 figure of earlier vintages not in this export"), "\(again.stderr)")

            let rows = try Self.sql("""
                SELECT figure, value, latest_release, in_latest_release, revisions, previous_value
                FROM figure_citations ORDER BY figure
                """, in: dir)
            #expect(rows == """
                figure,value,latest_release,in_latest_release,revisions,previous_value
                unodc-glotip:detected-trafficking-victims:AUT:2019,45.0,2025-04-14,1,1,41.0
                unodc-glotip:detected-trafficking-victims:AUT:2020,38.0,2025-04-14,1,0,
                unodc-glotip:persons-convicted:AUT:2020,10.0,2025-04-14,0,0,

                """, "\(rows)")
            // The brief words the same facts.
            let brief = try Tipdb.run(["report", "brief", "--place", "AUT", "--date", "2026-12-01"], in: dir)
            #expect(brief.stdout.contains("not in the latest release (2025-04-14)"), "\(brief.stdout)")
            #expect(brief.stdout.contains("revised from 41"), "\(brief.stdout)")
            // The new columns come after every column the view had before m0019 (then m0023's source_label, m0025's corrections,
            // m0032's bounds of the number before the latest revision, m0034's period_basis, m0046's previous_unit,
            // m0056's previous_source, m0061's price_year).
            let columns = try Self.sql("SELECT name FROM pragma_table_info('figure_citations') ORDER BY cid", in: dir)
                .split(separator: "\n").dropFirst().map(String.init)
            #expect(Array(columns.suffix(15)) == ["breakdown", "latest_release", "in_latest_release", "revisions", "previous_value", "source_label", "corrections",
                                                  "previous_censored", "previous_low", "previous_high", "previous_ci_level", "period_basis", "previous_unit",
                                                  "previous_source", "price_year"])
            #expect(columns.prefix(2) == ["figure", "value"])
        }
    }
}
