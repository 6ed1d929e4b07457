import Foundation
import Testing

/// The age caution's later figure outside `--to` was the first of its period in key order, so
/// renaming NAPTIP's key decided whether a board read that detections rose (1,450) or fell (900)
/// after 2019; `latest_estimates` and the key figures take UNODC's 900, the most recently
/// published, and the two sources' disagreement for 2020 went unsaid (review of session 48).
@Suite("age caution: the later figure outside the brief is chosen as key figures are, and disagreement said (built binary)")
struct AgeCautionLaterRuleTests {
    static let sources = """
        key,kind,title,publisher,date
        unodc-2022,dataset,GLOTIP country data 2022,UNODC,2022-12
        naptip-2021,report,Annual report on rescued victims,NAPTIP,2021-06

        """

    private func ageCaution(naptipKey: String) throws -> String {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(sources: Self.sources, figures: """
                key,measure,value,unit,place,period,source
                unodc-nga-2019,detected-trafficking-victims,1200,persons,NGA,2019,unodc-2022
                unodc-nga-2020,detected-trafficking-victims,900,persons,NGA,2020,unodc-2022
                \(naptipKey),detected-trafficking-victims,1450,persons,NGA,2020,naptip-2021

                """, in: dir)
            let section = try KeyFigurePlacesTests.keyFigures(["--place", "NGA", "--to", "2019"], in: dir)
            return section.split(separator: "\n").first { $0.hasPrefix("- **Caution (age).**") }.map(String.init) ?? section
        }
    }

    @Test("UNODC's 900 for 2020 is named, with NAPTIP's 1,450 for the same year, whatever NAPTIP's key")
    func sameWhateverTheKey() throws {
        let expected = [
            "- **Caution (age).** Detected victims of trafficking, Nigeria: the key figure, 1,200 (UNODC 2022 [1]), describes ",
            "2019, a period that ended 7 years before this brief; a later figure of this measure and place is in the database, ",
            "outside the years this brief covers (to 2019): 900 for 2020 (UNODC 2022 [1]), but for the same period the database ",
            "also holds 1,450 (NAPTIP 2021 [2]): the sources disagree, and the figure named is the most recently published, as ",
            "the key figures choose, which is no judgement that its number is the better one. Say the period wherever the figure ",
            "is quoted: it does not describe the situation now.",
        ].joined()
        #expect(try ageCaution(naptipKey: "naptip-nga-2020") == expected)
        #expect(try ageCaution(naptipKey: "zz-naptip-nga-2020") == expected)
    }
}
