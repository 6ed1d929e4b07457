import Foundation
import Testing

/// Alone, the U.S. Department of State's 2023 and 2024 reports were rightly "2 editions of one
/// producer's series"; beside one UNODC count they became "3 different data collections", each
/// with "its own reporting agencies", in the methods caution and on the chart (an expert
/// witness's review, session 53). A producer's editions stay one data collection.
@Suite("brief: one producer's editions beside another producer's counts are one data collection (built binary)")
struct MixedEditionsCautionTests {
    private static let sources = """
        key,title,authors,publisher,date,url,accessed
        dos-2023,2023 Trafficking in Persons Report,U.S. Department of State,U.S. Department of State,2023-06-15,https://www.state.gov/a,2026-12-01
        dos-2024,2024 Trafficking in Persons Report,U.S. Department of State,U.S. Department of State,2024-06-24,https://www.state.gov/b,2026-12-01
        unodc-2024,Global Report on Trafficking in Persons 2024,UNODC,United Nations Office on Drugs and Crime,2024-12-11,https://www.unodc.org/x,2026-12-01

        """
    private static let figures = """
        key,measure,value,unit,place,period,source,locator,quote
        u22,detected-trafficking-victims,1420,persons,NGA,2022,unodc-2024,p. 98,"1,420"
        d22,detected-trafficking-victims,1500,persons,NGA,2022-04/2023-03,dos-2023,Nigeria,"1,500"
        d23,detected-trafficking-victims,1587,persons,NGA,2023-04/2024-03,dos-2024,Nigeria,"1,587"

        """

    /// The brief written to `b.md`, and its chart's SVG.
    private func brief() throws -> (markdown: String, svg: String) {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
            let ingest = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let result = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "-o", "b.md"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let markdown = try String(contentsOf: dir.appendingPathComponent("b.md"), encoding: .utf8)
            let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".svg") }.sorted()
            let svg = try files.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }.joined()
            return (markdown, svg)
        }
    }

    @Test("the methods caution counts 2 data collections, the State Department's 2 editions as one")
    func methodsCaution() throws {
        let text = try brief().markdown
        let expected = """
            - **Caution (methods).** Detected victims of trafficking, Nigeria: the 3 figures 1,420 (2022, UNODC 2024 [2]), 1,500 \
            (April 2022 to March 2023, U.S. Department of State 2023 [3]) and 1,587 (April 2023 to March 2024, U.S. Department \
            of State 2024 [1]) come from 2 different data collections: UNODC 2024 [2]; and U.S. Department of State 2023 [3] and \
            U.S. Department of State 2024 [1], 2 editions of one producer's series. Each data collection has its own reporting \
            agencies and rules for what it counts, an edition may change them, and detections follow detection capacity and law, \
            so the differences are not a trend in trafficking.
            """
        let methods = text.split(separator: "\n").filter { $0.hasPrefix("- **Caution (methods).**") }
        #expect(methods == [Substring(expected)], "\(text)")
        #expect(!text.contains("3 different data collections"), "\(text)")
    }

    @Test("the chart's source line says the same, with plain labels")
    func chartSourceLine() throws {
        let (markdown, svg) = try brief()
        let sentence = """
            The 3 figures come from 2 different data collections: UNODC 2024; and U.S. Department of State 2023 and U.S. \
            Department of State 2024, 2 editions of one producer's series.
            """
        #expect(markdown.contains(sentence), "\(markdown)")
        #expect(!markdown.contains("come from 3 different data collections"), "\(markdown)")
        #expect(!svg.contains("3 different data collections"), "\(svg)")
    }
}
