import Foundation
import Testing

/// A year given with `--param` (bound as an integer, README "Asking questions") matches the
/// views' period text as it matches `period_start` (m0051): `reference_period` and
/// `figure_lineage`'s `primary_period_start`/`primary_period_end` had no declared type, so SQLite
/// compared 2020 with '2020' as a number with text, and the query silently listed no figure.
@Suite("A year --param matches the views' period text (built binary)")
struct PeriodTextParamTests {
    @Test("reference_period = :y and primary_period_start = :y with y=2020 list Nigeria's 2020 figures, as period_start = :y does")
    func yearParamMatches() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data((GLOTIPFiles.top(date: "14/04/2024") + """
                NGA,Nigeria,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,1200,GLOTIP
                NGA,Nigeria,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,2021,Counts,1300,GLOTIP

                """).utf8).write(to: dir.appendingPathComponent("glotip.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "glotip.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let expected = """
                figure,value,reference_period
                unodc-glotip:detected-trafficking-victims:NGA:2020,1200.0,2020

                """
            for column in ["reference_period", "period_start"] {
                #expect(try sqlCSV([
                    "SELECT figure, value, reference_period FROM figure_citations WHERE place = :p AND \(column) = :y",
                    "--param", "p=NGA", "--param", "y=2020",
                ], in: dir) == expected, "\(column)")
            }
            #expect(try sqlCSV([
                "SELECT figure, primary_period_start, primary_period_end FROM figure_lineage WHERE primary_period_start = :y AND primary_period_end = :y",
                "--param", "y=2021",
            ], in: dir) == """
                figure,primary_period_start,primary_period_end
                unodc-glotip:detected-trafficking-victims:NGA:2021,2021,2021

                """)
        }
    }
}
