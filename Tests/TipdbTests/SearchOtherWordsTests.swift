import Foundation
import Testing

/// `tipdb search` found figures by their place and measure only when the whole query was place
/// and measure words: `detected victims nigeria` and `forced labour Nigeria 2021` found nothing,
/// and `nigeria victims` only a source (review of session 29).
@Suite("tipdb search: a place or measure anywhere in the query, the other words narrowing its figures (built binary)")
struct SearchOtherWordsTests {
    /// The Fixtures and six figures for Nigeria, one with notes the others lack.
    private func database(in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        try Data("""
            key,measure,value,unit,place,period,source,method,notes
            ng-dv-2019,detected-trafficking-victims,1200,persons,NGA,2019,ilo-2005-global-alliance,detected,
            ng-dv-2020,detected-trafficking-victims,1500,persons,NGA,2020,ilo-2005-global-alliance,detected,
            ng-fl-2021,forced-labour,30000,persons,NGA,2021,ilo-2005-global-alliance,estimated,
            ng-fl-2016,forced-labour,20000,persons,NGA,2016,ilo-2005-global-alliance,estimated,
            ng-pros-2020,persons-prosecuted,40,persons,NGA,2020,ilo-2005-global-alliance,reported,From the NAPTIP annual report.
            ng-conv-2019-2020,persons-convicted,12,persons,NGA,2019-2020,ilo-2005-global-alliance,reported,

            """.utf8).write(to: dir.appendingPathComponent("nigeria.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "nigeria.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private func search(_ query: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["search", query, "--kind", "figures"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("a shortened measure name beside a place finds that measure's figures of the place")
    func shortenedMeasure() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let expected = """
                figure  ng-dv-2020  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2020: 1,500 — ILO 2005
                    its measure is [Detected victims of trafficking] and its place is [Nigeria]
                figure  ng-dv-2019  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2019: 1,200 — ILO 2005
                    its measure is [Detected victims of trafficking] and its place is [Nigeria]
                (2 results)

                """
            #expect(try search("detected victims nigeria", in: dir) == expected)
            #expect(try search("nigeria victims", in: dir) == expected)
        }
    }

    @Test("a year narrows a place's and measure's figures to those whose reference period includes it")
    func year() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            #expect(try search("forced labour Nigeria 2021", in: dir) == """
                figure  ng-fl-2021  forced-labour (Forced labour), NGA (Nigeria), 2021: 30,000 — ILO 2005
                    its measure is [Forced labour], its place is [Nigeria] and its period is [2021]
                (1 result)

                """)
            #expect(try search("nigeria 2020", in: dir) == """
                figure  ng-dv-2020  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2020: 1,500 — ILO 2005
                    its place is [Nigeria] and its period is [2020]
                figure  ng-pros-2020  persons-prosecuted (Persons prosecuted for trafficking), NGA (Nigeria), 2020: 40 — ILO 2005
                    its place is [Nigeria] and its period is [2020]
                figure  ng-conv-2019-2020  persons-convicted (Persons convicted of trafficking), NGA (Nigeria), 2019-2020: 12 — ILO 2005
                    its place is [Nigeria] and its period is [2019-2020]
                (3 results)

                """)
        }
    }

    @Test("a word of the quote or notes narrows them too, and the excerpt shows it there")
    func noteWord() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            #expect(try search("naptip nigeria", in: dir) == """
                figure  ng-pros-2020  persons-prosecuted (Persons prosecuted for trafficking), NGA (Nigeria), 2020: 40 — ILO 2005
                    From the [NAPTIP] annual report.
                (1 result)

                """)
            // A word that neither the measure nor the text of a Nigeria figure holds: none by name.
            #expect(try search("nigeria zyxwvut", in: dir) == "(0 results)\n")
        }
    }

    @Test("a query wholly of place and measure words reads as before")
    func unchanged() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            #expect(try search("detected victims of trafficking in Nigeria", in: dir) == """
                figure  ng-dv-2020  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2020: 1,500 — ILO 2005
                    its measure is [Detected victims of trafficking] and its place is [Nigeria]
                figure  ng-dv-2019  detected-trafficking-victims (Detected victims of trafficking), NGA (Nigeria), 2019: 1,200 — ILO 2005
                    its measure is [Detected victims of trafficking] and its place is [Nigeria]
                (2 results)

                """)
        }
    }
}
