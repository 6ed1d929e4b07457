import Foundation
import Testing

/// m0035 (review of session 32): `latest_estimates` and `figure_lineage` say whether a figure's
/// source states its period, and where a stated period ends on the same day as one standing in for
/// an unstated period, the stated one is the latest estimate and the brief's key figure alike.
@Suite("latest_estimates and figure_lineage give period_basis; a stated period comes first on the same day (built binary)")
struct PeriodBasisViewsTests {
    static let sources = """
        key,title,publisher,date
        survey,Forced labour survey,Statistics Office,2014-03
        profits,Profits and poverty,International Labour Office,2014-06
        old,Forced labour in 2012,Research Institute,2013
        news,Forced labour today,Daily News,2026

        """
    // In India a stated 2014 figure and one filed under 2014 because its source (published later in
    // 2014) states no period; in Brazil a stated 2012 figure and an unstated one published 2014.
    static let figures = """
        key,measure,value,unit,place,period,period_basis,source,cites,method
        ind-stated,forced-labour,"14,000,000",persons,IND,2014,stated,survey,,estimated
        ind-unstated,forced-labour,"18,000,000",persons,IND,2014,publication,profits,,estimated
        bra-stated,forced-labour,"150,000",persons,BRA,2012,,old,,estimated
        bra-unstated,forced-labour,"160,000",persons,BRA,2014,publication,profits,,estimated
        news-bra,forced-labour,"160,000",persons,BRA,2014,publication,news,bra-unstated,reported
        news-ind,forced-labour,"14,000,000",persons,IND,2014,,news,ind-stated,reported

        """

    private func makeDatabase(in dir: URL) throws {
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private func lines(_ text: String) -> String { text.replacingOccurrences(of: "\r\n", with: "\n") }

    @Test("the stated 2014 figure is the latest in India though the other source was published later; Brazil's unstated figure of a 2014 publication is the latest, marked publication")
    func latestEstimates() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let view = try Tipdb.run(
                ["sql", "--format", "csv", "SELECT place, figure, period_start, period_basis FROM latest_estimates WHERE measure = 'forced-labour' ORDER BY place"],
                in: dir)
            #expect(lines(view.stdout) == """
                place,figure,period_start,period_basis
                BRA,bra-unstated,2014,publication
                IND,ind-stated,2014,stated

                """, "\(view.stdout)\(view.stderr)")
        }
    }

    @Test("the brief's key figure in India is the view's, the stated one")
    func keyFigureAgrees() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--place", "IND", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(brief.stdout.utf8)) as? [String: Any]
            let keys = (object?["keyFigures"] as? [[String: Any]])?.compactMap { ($0["figure"] as? [String: Any])?["key"] as? String }
            #expect(keys == ["ind-stated"], "\(brief.stdout.prefix(2000))\(brief.stderr)")
        }
    }

    @Test("a chain gives the basis of the figure it ends at: publication for Brazil's, stated for India's")
    func lineage() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let view = try Tipdb.run(
                ["sql", "--format", "csv", "SELECT figure, primary_figure, primary_period_start, primary_period_basis FROM figure_lineage WHERE figure LIKE 'news-%' ORDER BY figure"],
                in: dir)
            #expect(lines(view.stdout) == """
                figure,primary_figure,primary_period_start,primary_period_basis
                news-bra,bra-unstated,2014,publication
                news-ind,ind-stated,2014,stated

                """, "\(view.stdout)\(view.stderr)")
        }
    }
}
