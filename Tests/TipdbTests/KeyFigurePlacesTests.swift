import Foundation
import Testing

/// The key figures table sets places side by side, and its rows read as a ranking: India's 11
/// million for 2021 from the Global Slavery Index 2023 above Nigeria's 1.4 million for 2016 from
/// the 2018 edition went without a word, though the brief says "methods changed between editions"
/// of one country's series, and Thailand, whose one estimate is a rate per 1,000, dropped out of
/// the table (review of session 48, a programme officer comparing countries).
@Suite("key figures of different places: periods, editions, methods and units said (built binary)")
struct KeyFigurePlacesTests {
    static let sources = """
        key,kind,title,publisher,date
        gsi-2018,report,Global Slavery Index 2018,Walk Free Foundation,2018-07
        gsi-2023,report,Global Slavery Index 2023,Walk Free,2023-05
        ths-2022,report,Thailand national forced labour survey,National Statistical Office of Thailand,2022-09

        """
    static let figures = """
        key,measure,value,low,high,ci_level,unit,place,period,source
        gsi18-nga-n,modern-slavery,1386000,,,,persons,NGA,2016,gsi-2018
        gsi18-nga-r,modern-slavery,7.7,,,,per-1000,NGA,2016,gsi-2018
        gsi23-ind-n,modern-slavery,11050000,,,,persons,IND,2021,gsi-2023
        gsi23-ind-r,modern-slavery,8.0,,,,per-1000,IND,2021,gsi-2023
        ths-tha-r,modern-slavery,4.5,3.8,5.2,0.95,per-1000,THA,2021,ths-2022

        """

    static func load(sources: String = sources, figures: String = figures, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(sources, "s.csv", in: dir)
        try IngestPartWarningTests.write(figures, "f.csv", in: dir)
        let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// The brief's key figures section, from its heading to the Comparability heading.
    static func keyFigures(_ arguments: [String], in dir: URL) throws -> String {
        let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"] + arguments, in: dir)
        #expect(brief.status == 0, "\(brief.stderr)")
        guard let start = brief.stdout.range(of: "## Key figures"), let end = brief.stdout.range(of: "## Comparability") else {
            Issue.record("no key figures section: \(brief.stdout)")
            return ""
        }
        return String(brief.stdout[start.lowerBound..<end.lowerBound])
    }

    @Test("India 2021 (GSI 2023) beside Nigeria 2016 (GSI 2018): periods and editions said; Thailand's rate named with the others'")
    func periodsEditionsAndRates() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let section = try Self.keyFigures(["--place", "NGA", "--place", "IND", "--place", "THA"], in: dir)
            #expect(section.contains(
                [
                    "- **Caution (comparison).** Modern slavery: the key figures of 2 places are not like for like. They describe ",
                    "different reference periods: 2021 (India) and 2016 (Nigeria); they do not describe one point in time. They come ",
                    "from 2 editions of one producer's series: Walk Free 2023 [1] (India) and Walk Free Foundation 2018 [2] (Nigeria); ",
                    "methods and coverage changed between editions. As counts for places of different size, their order is no ranking. ",
                    "Thailand has no key figure, since the key figures are in persons and its primary figures of this measure are all ",
                    "in another unit. The latest figures per 1,000 population: 8 per 1,000 for India (2021, Walk Free 2023 [1]), 7.7 ",
                    "per 1,000 for Nigeria (2016, Walk Free Foundation 2018 [2]) and 4.5 per 1,000 for Thailand (2021, National ",
                    "Statistical Office of Thailand 2022 [3]). They too are not like for like. They describe different reference ",
                    "periods: 2021 (India and Thailand) and 2016 (Nigeria); they do not describe one point in time. They come from 3 ",
                    "different studies or sources by 2 producers: Walk Free 2023 [1] (India), Walk Free Foundation 2018 [2] (Nigeria) ",
                    "and National Statistical Office of Thailand 2022 [3] (Thailand); methods and coverage changed between editions ",
                    "and differ between producers. Say so wherever these figures are set side by side.\n",
                ].joined()),
                "\(section)")
        }
    }

    @Test("JSON names the key figures and the rates the caution is about")
    func json() throws {
        try withTemporaryDirectory { dir in
            try Self.load(in: dir)
            let brief = try Tipdb.run(
                ["report", "brief", "--date", "2026-12-05", "--format", "json", "--place", "NGA", "--place", "IND", "--place", "THA"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(brief.stdout.utf8)) as? [String: Any]
            let warnings = (object?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
            let comparison = warnings.first { $0["kind"] as? String == "comparison" }
            #expect(comparison?["figures"] as? [String] == ["gsi23-ind-n", "gsi18-nga-n", "gsi23-ind-r", "gsi18-nga-r", "ths-tha-r"], "\(warnings)")
            #expect(comparison?["citations"] as? [Int] == [1, 2, 3], "\(warnings)")
        }
    }

    @Test("two places' counts of one year from one source: no caution; an estimate beside a count from records is said")
    func alikeAndMethods() throws {
        try withTemporaryDirectory { dir in
            try Self.load(
                sources: "key,kind,title,publisher,date\nunodc-2022,dataset,GLOTIP country data 2022,UNODC,2022-12\n",
                figures: """
                    key,measure,value,unit,place,period,source,method
                    nga-2019,detected-trafficking-victims,1200,persons,NGA,2019,unodc-2022,detected
                    gha-2019,detected-trafficking-victims,900,persons,GHA,2019,unodc-2022,detected
                    nga-off,trafficking-offences,300,cases,NGA,2019,unodc-2022,detected
                    gha-off,trafficking-offences,250,cases,GHA,2019,unodc-2022,estimated

                    """, in: dir)
            let section = try Self.keyFigures([], in: dir)
            #expect(!section.contains("Detected victims of trafficking: the key figures"), "\(section)")
            #expect(section.contains(
                [
                    "- **Caution (comparison).** Offences of trafficking in persons: the key figures of 2 places are not like for like. ",
                    "They were arrived at differently: estimated (Ghana) and detected (Nigeria); an estimate and a count of detected ",
                    "cases are not the same quantity. As counts for places of different size, their order is no ranking. Say so ",
                    "wherever these figures are set side by side.\n",
                ].joined()),
                "\(section)")
        }
    }
}
