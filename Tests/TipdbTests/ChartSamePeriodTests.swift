import Foundation
import Testing

/// Two sources' figures for the same year stay apart in a chart: markers side by side within the
/// year, value labels where they do not print over each other (review of session 44: Nepal's
/// 1,208 and 1,190 detected victims in 2018 were drawn on one spot, labels 3 units apart).
@Suite("Chart points of one period from different sources are drawn apart (built binary)")
struct ChartSamePeriodTests {
    private static let sources = """
        key,kind,title,publisher,date
        nhrc-2019,report,Trafficking in Persons in Nepal,National Human Rights Commission,2019
        police-2019,report,Annual crime report,Nepal Police,2019
        dos-2021,report,Trafficking in Persons Report 2021,US Department of State,2021

        """

    /// The chart's `points` group as the brief writes it next to `brief.md`.
    private func points(figures: String) throws -> String {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data(("key,measure,value,unit,place,period,source,method\n" + figures).utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "-o", "brief.md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let svg = try String(contentsOf: dir.appendingPathComponent("brief-chart-detected-trafficking-victims.svg"), encoding: .utf8)
            guard let start = svg.range(of: "<g class=\"points\">\n"), let end = svg.range(of: "<g class=\"legend\"") else { return svg }
            return String(svg[start.upperBound..<end.lowerBound])
        }
    }

    @Test("two figures for 2018: circle and square side by side in 2018, one label above, the other below")
    func twoSources() throws {
        let drawn = try points(figures: """
            nhrc-npl-2018,detected-trafficking-victims,"1,208",persons,NPL,2018,nhrc-2019,detected
            police-npl-2018,detected-trafficking-victims,"1,190",persons,NPL,2018,police-2019,detected
            dos-npl-2019,detected-trafficking-victims,"1,300",persons,NPL,2019,dos-2021,detected

            """)
        #expect(drawn == """
            <g><title>1,208, 2018, National Human Rights Commission 2019 [2]</title>
            <circle cx="298.3" cy="104.7" r="5.5" fill="#0072B2" stroke="#FFFFFF" stroke-width="1"/>
            <text x="298.3" y="93.7" text-anchor="middle" font-size="11" fill="#000000">1,208</text>
            </g>
            <g><title>1,190, 2018, Nepal Police 2019 [3]</title>
            <rect x="307.3" y="102.7" width="10" height="10" fill="#D55E00" stroke="#FFFFFF" stroke-width="1"/>
            <text x="312.3" y="126.7" text-anchor="middle" font-size="11" fill="#000000">1,190</text>
            </g>
            <g><title>1,300, 2019, US Department of State 2021 [1]</title>
            <path d="M498.7,82.8L504.7,93.8L492.7,93.8Z" fill="#009E73" stroke="#FFFFFF" stroke-width="1"/>
            <text x="498.7" y="78.3" text-anchor="middle" font-size="11" fill="#000000">1,300</text>
            </g>
            </g>

            """, "\(drawn)")
    }

    @Test("three figures for 2018 a few apart: spread 14 units apart; the third label, with no room above or below, goes to the right")
    func threeSources() throws {
        let drawn = try points(figures: """
            nhrc-npl-2018,detected-trafficking-victims,"1,208",persons,NPL,2018,nhrc-2019,detected
            police-npl-2018,detected-trafficking-victims,"1,190",persons,NPL,2018,police-2019,detected
            dos-npl-2018,detected-trafficking-victims,"1,200",persons,NPL,2018,dos-2021,detected
            dos-npl-2019,detected-trafficking-victims,"1,300",persons,NPL,2019,dos-2021,detected

            """)
        #expect(drawn == """
            <g><title>1,200, 2018, US Department of State 2021 [1]</title>
            <circle cx="291.3" cy="106" r="5.5" fill="#0072B2" stroke="#FFFFFF" stroke-width="1"/>
            <text x="291.3" y="95" text-anchor="middle" font-size="11" fill="#000000">1,200</text>
            </g>
            <g><title>1,208, 2018, National Human Rights Commission 2019 [2]</title>
            <rect x="300.3" y="99.7" width="10" height="10" fill="#D55E00" stroke="#FFFFFF" stroke-width="1"/>
            <text x="305.3" y="123.7" text-anchor="middle" font-size="11" fill="#000000">1,208</text>
            </g>
            <g><title>1,190, 2018, Nepal Police 2019 [3]</title>
            <path d="M319.3,101.2L325.3,112.2L313.3,112.2Z" fill="#009E73" stroke="#FFFFFF" stroke-width="1"/>
            <text x="329.3" y="111.7" text-anchor="start" font-size="11" fill="#000000">1,190</text>
            </g>
            <g><title>1,300, 2019, US Department of State 2021 [1]</title>
            <circle cx="498.7" cy="89.3" r="5.5" fill="#0072B2" stroke="#FFFFFF" stroke-width="1"/>
            <text x="498.7" y="78.3" text-anchor="middle" font-size="11" fill="#000000">1,300</text>
            </g>
            </g>

            """, "\(drawn)")
    }
}
