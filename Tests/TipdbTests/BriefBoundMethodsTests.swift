import Foundation
import Testing

/// A series whose earlier figure is published only as a bound (`<5`, stored with high 4) from
/// one data collection and whose later one is 7 from another: the methods caution counts the
/// bound, which is a figure of its own collection though it has no value to draw, and so does
/// the chart's caution (it once said nothing, as if the two came from one collection).
@Suite("The methods caution counts a figure published only as a bound (built binary)")
struct BriefBoundMethodsTests {
    private static let sources = """
        key,kind,title,publisher,date
        src-a,report,Trafficking in Austria,BMI,2021
        src-b,report,Trafficking in Austria 2,NGO Austria,2022

        """

    private func load(_ figures: String, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(("key,measure,value,unit,place,period,source,method,locator\n" + figures).utf8)
            .write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private func brief(in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("<5 from BMI in 2019, then 7 from an NGO in 2020: a methods caution naming both, and the chart says it too")
    func boundThenValue() throws {
        try withTemporaryDirectory { dir in
            try load("""
                aut-2019,detected-trafficking-victims,<5,persons,AUT,2019,src-a,detected,p. 3
                aut-2020,detected-trafficking-victims,7,persons,AUT,2020,src-b,detected,p. 1

                """, in: dir)
            let md = try brief(in: dir)
            #expect(md.contains("""
                - **Caution (methods).** Detected victims of trafficking, Austria: the 2 figures \\<5 (2019, BMI 2021 [2]) and \
                7 (2020, NGO Austria 2022 [1]) come from 2 different data collections. Each data collection has its own \
                reporting countries, and detections follow detection capacity and law, so the differences are not a trend \
                in trafficking.

                """), "\(md)")
            #expect(md.contains("""
                Source: NGO Austria 2022 [1]. The 2 figures come from 2 different data collections. Each data collection \
                has its own reporting countries, and detections follow detection capacity and law, so the differences are \
                not a trend in trafficking. Reference periods, not publication years. Not shown, published only as a bound: \
                \\<5 (2019, BMI 2021 [2]).
                """), "\(md)")
        }
    }

    @Test("<5 and 7 from one source: one data collection, no caution")
    func oneCollection() throws {
        try withTemporaryDirectory { dir in
            try load("""
                aut-2019,detected-trafficking-victims,<5,persons,AUT,2019,src-a,detected,p. 3
                aut-2020,detected-trafficking-victims,7,persons,AUT,2020,src-a,detected,p. 1

                """, in: dir)
            let md = try brief(in: dir)
            #expect(!md.contains("Caution (methods)"), "\(md)")
            #expect(!md.contains("different data collections"), "\(md)")
        }
    }
}
