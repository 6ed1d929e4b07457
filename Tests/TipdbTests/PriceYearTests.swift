import Foundation
import Testing

/// A money figure's price basis (`figures.price_year`, m0061): read from a figures file, printed
/// in briefs, exported and loaded back (supply-chain review, session 53: US$150 billion of 2012
/// and US$236 billion of 2021 were charted on one "US dollars a year" axis without a word).
@Suite("price_year of money figures (built binary)")
struct PriceYearTests {
    private let sources = """
        key,title,publisher,date
        ilo-2014,Profits and Poverty: The Economics of Forced Labour,International Labour Office,2014-05-20
        ilo-2024,Profits and Poverty: The Economics of Forced Labour (2nd ed.),International Labour Office,2024-03-19

        """

    private let figures = """
        key,measure,value,unit,place,period,source,method,price_year
        p-2012,forced-labour-profits,150 billion,USD,WLD,2012,ilo-2014,estimated,
        p-2021,forced-labour-profits,236 billion,USD,WLD,2021,ilo-2024,estimated,2021

        """

    /// A new database with the sources and `figures`; the ingest's result and `body`'s.
    private func load<T>(_ figures: String, _ body: (URL, ProcessResult) throws -> T) throws -> T {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            return try body(dir, try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir))
        }
    }

    @Test("the brief gives each amount's price basis and says amounts of 2012 and 2021 are not adjusted for inflation, on the chart too")
    func brief() throws {
        try load(figures) { dir, ingest in
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "-o", "brief.md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let text = try String(contentsOf: dir.appendingPathComponent("brief.md"), encoding: .utf8)
            #expect(text.contains("- **Caution (prices).** Illegal profits from forced labour: US\\$150 billion a year, price basis not recorded (World, 2012, ILO 2014 ["), "\(text)")
            #expect(text.contains("US\\$236 billion a year, in 2021 US dollars (World, 2021, ILO 2024 ["), "\(text)")
            #expect(text.contains("The amounts are of 2 different years and are not adjusted for inflation: some have no price basis recorded"), "\(text)")
            #expect(text.contains("Amounts not adjusted for inflation (in 2021 prices; 1 with no price basis recorded)"), "the chart's source line: \(text)")
        }
    }

    @Test("price_year is exported by tipdb sql and loads back unchanged into another database")
    func roundTrip() throws {
        try load(figures) { dir, ingest in
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let export = try Tipdb.run(["sql", "--format", "csv", "SELECT key, measure, value, unit, place, period_start, period_end, source, method, price_year FROM figures ORDER BY key"], in: dir)
            #expect(export.stdout.replacingOccurrences(of: "\r\n", with: "\n").contains("p-2021,forced-labour-profits,236000000000.0,USD,WLD,2021,2021,ilo-2024,estimated,2021\n"), "\(export.stdout)")
            try Data(export.stdout.utf8).write(to: dir.appendingPathComponent("export.csv"))
            let again = try Tipdb.run(["ingest", "export.csv"], in: dir)
            #expect(again.stdout.contains("export.csv: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected"), "\(again.stdout)")
            #expect(try Tipdb.run(["init", "--db", "other.sqlite"], in: dir).status == 0)
            let other = try Tipdb.run(["ingest", "--db", "other.sqlite", "sources.csv", "export.csv"], in: dir)
            #expect(other.status == 0, "\(other.stderr)")
            let stored = try Tipdb.run(["sql", "--db", "other.sqlite", "--format", "csv", "SELECT figure, price_year FROM figure_citations ORDER BY figure"], in: dir)
            #expect(stored.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "figure,price_year\np-2012,\np-2021,2021\n", "\(stored.stdout)")
        }
    }

    @Test("a price year is refused for a count and when it is no year")
    func refusals() throws {
        try load("""
            key,measure,value,unit,place,period,source,method,price_year
            c,forced-labour,27.6 million,persons,WLD,2021,ilo-2024,estimated,2021
            m,forced-labour-profits,236 billion,USD,WLD,2021,ilo-2024,estimated,2021 US$

            """) { _, ingest in
            #expect(ingest.status == 1)
            #expect(ingest.stderr.contains("figures.csv:2:66: price_year: a price year is for amounts of money, and unit persons is not money; expected the cell empty"), "\(ingest.stderr)")
            #expect(ingest.stderr.contains("figures.csv:3:69: price_year: \"2021 US$\" is not a year; expected the year whose prices the amounts are in"), "\(ingest.stderr)")
        }
    }

    @Test("figure_citations.citation gives the DOI at doi.org, no URL that is the same address, and Accessed only after a URL")
    func citationView() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,title,publisher,date,url,doi,accessed
                a,Report A,Acme,2024-03-01,https://acme.org/a,10.1000/abc,2026-12-01
                b,Report B,Acme,2023-03-01,https://doi.org/10.1000/XYZ,10.1000/xyz,2026-12-01
                c,Report C,Acme,2022-03-01,,,2026-12-01

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source
                fa,forced-labour,1 million,persons,WLD,2021,a
                fb,forced-labour,2 million,persons,WLD,2022,b
                fc,forced-labour,3 million,persons,WLD,2020,c

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir).status == 0)
            let view = try Tipdb.run(["sql", "--format", "csv", "SELECT figure, citation FROM figure_citations ORDER BY figure"], in: dir)
            #expect(view.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                figure,citation
                fa,Acme (2024). Report A. 1 March 2024. https://acme.org/a. https://doi.org/10.1000/abc. Accessed 1 December 2026.
                fb,Acme (2023). Report B. 1 March 2023. https://doi.org/10.1000/xyz.
                fc,Acme (2022). Report C. 1 March 2022.

                """, "\(view.stdout)")
            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.stdout.contains("Acme (2023). Report B. 1 March 2023. <https://doi.org/10.1000/xyz>. (key: b)"), "\(sources.stdout)")
        }
    }
}
