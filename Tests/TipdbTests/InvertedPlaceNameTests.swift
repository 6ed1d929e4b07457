import Foundation
import Testing

/// ISO's inverted names ("Korea, Republic of", "Palestine, State of") turned the right way round
/// in every sentence, title and list of a brief, as the title already was: left inverted, a
/// caution read "Forced labour in Korea, Republic of: ...", a chart "Forced labour, Korea,
/// Republic of, 2015-2016", and the data gaps' list "Oman, Palestine, State of, Qatar", where
/// "State of" read as one more country. Tables keep the stored name, which sorts by its common word.
@Suite("brief: inverted place names turned round in sentences, titles and lists (built binary)")
struct InvertedPlaceNameTests {
    private func brief(_ figures: String, _ arguments: [String]) throws -> String {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data(figures.utf8).write(to: dir.appendingPathComponent("more.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "more.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let result = try Tipdb.run(["report", "brief", "--date", "2026-12-03"] + arguments, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
    }

    private static let koreaAndUnitedStates = """
        key,measure,value,unit,place,period,source
        kor-3,forced-labour,1000,persons,KOR,2015,ilo-2012-global-estimate
        kor-4,forced-labour,1100,persons,KOR,2016,ilo-2012-global-estimate
        usa-1,forced-labour,1000,persons,USA,2015,ilo-2012-global-estimate

        """

    @Test("cautions, chart title and the gaps' list say 'the Republic of Korea' and 'the United States'; tables keep 'Korea, Republic of'")
    func koreaAndUnitedStates() throws {
        let text = try brief(Self.koreaAndUnitedStates, ["--place", "KOR", "--place", "USA"])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains(
            "- **Caution (periods).** Forced labour in the Republic of Korea: the key figure 1,100 (2016) is cited to ILO 2012 [1], "
                + "published 2012, before the period it counts began. Either the period or the source is wrong, or the figure is a "
                + "projection; check it against the source before citing it (tipdb check lists such figures as period-after-publication)."),
            "\(text)")
        #expect(lines.contains { $0.hasPrefix("- **Caution (periods).** Forced labour in the United States: the key figure 1,000 (2015)") }, "\(text)")
        #expect(lines.contains("- 2 places with estimates have no study in the database that covers them: the Republic of Korea and the United States."), "\(text)")
        #expect(lines.contains("| Forced labour | Korea, Republic of | 1,100 |  | 2016 | ILO 2012 [1] |"), "\(text)")
        #expect(!text.contains("in Korea, Republic of"), "\(text)")
        #expect(!text.contains("in United States"), "\(text)")

        let json = try brief(Self.koreaAndUnitedStates, ["--place", "KOR", "--place", "USA", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let charts = object?["charts"] as? [[String: Any]] ?? []
        #expect(charts.map { $0["title"] as? String } == ["Forced labour, the Republic of Korea, 2015-2016"], "\(charts)")
        #expect(charts.map { $0["placeName"] as? String } == ["Korea, Republic of"])
    }

    @Test("Arab States: the gaps' list names 'the State of Palestine', not 'Palestine, State of'")
    func palestineInTheGapsList() throws {
        let text = try brief("""
            key,measure,value,unit,place,period,source
            omn-1,forced-labour,1000,persons,OMN,2012,ilo-2012-global-estimate

            """, ["--place", "ILO-ARAB-STATES", "--measure", "forced-labour"])
        let gap = try #require(text.split(separator: "\n").first { $0.contains("have no figure of their own for the measures in scope") })
        #expect(gap.contains("Lebanon, the State of Palestine, Qatar"), "\(gap)")
        #expect(!text.contains("Palestine, State of,"), "\(text)")
    }
}
