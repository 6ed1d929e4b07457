import Foundation
import Testing

/// A brief that shows a country's count beside the count of a region containing it from another
/// data collection cautions that the two are not comparable as part and whole, and more strongly
/// where the country's is larger: a ministerial brief set Brazil's 280 detected victims (national
/// yearbook) beside South America's 250 (UNODC) without a word (review `statoffice`, session 48).
@Suite("brief: a country beside a region containing it from another data collection (built binary)")
struct RegionCollectionTests {
    static let sources = """
        key,kind,title,publisher,date
        nso-2025,report,Anuário Estatístico de Tráfico de Pessoas 2025,Ministério da Justiça,2025
        unodc-2024,report,Global Report on Trafficking in Persons 2024,UNODC,2024

        """
    /// Brazil from its yearbook, South America and Argentina from UNODC: Brazil above the region
    /// in 2022, below it in 2020 and 2021.
    static let figures = """
        key,measure,value,unit,place,period,source,method,locator
        bra-2022,detected-trafficking-victims,280,persons,BRA,2022,nso-2025,detected,Tabela 1
        sa-2022,detected-trafficking-victims,250,persons,UNODC-SOUTH-AMERICA,2022,unodc-2024,detected,p. 99
        bra-2021,detected-trafficking-victims,200,persons,BRA,2021,nso-2025,detected,Tabela 1
        sa-2021,detected-trafficking-victims,240,persons,UNODC-SOUTH-AMERICA,2021,unodc-2024,detected,p. 99
        bra-2020,detected-trafficking-victims,190,persons,BRA,2020,nso-2025,detected,Tabela 1
        sa-2020,detected-trafficking-victims,230,persons,UNODC-SOUTH-AMERICA,2020,unodc-2024,detected,p. 99
        arg-2022,detected-trafficking-victims,100,persons,ARG,2022,unodc-2024,detected,p. 98

        """

    @Test("Brazil 280 (yearbook) above South America 250 (UNODC): a strong caution; 2020 and 2021 below it: one caution for both years")
    func countryBesideRegionOfAnotherCollection() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "d6.csv", in: dir)
            let ingest = try Tipdb.run(["ingest", "src.csv", "d6.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let brief = try Tipdb.run([
                "report", "brief", "--place", "BRA", "--place", "UNODC-SOUTH-AMERICA", "--place", "ARG",
                "--measure", "detected-trafficking-victims", "--date", "2026-12-01",
            ], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let text = brief.stdout.replacingOccurrences(of: "\n  ", with: " ")
            let yearbook = "Ministério da Justiça 2025 [", unodc = "UNODC 2024 ["
            #expect(text.contains(
                "- **Caution (places).** Detected victims of trafficking, 2022: the figure for Brazil, 280 from \(yearbook)"), "\(brief.stdout)")
            #expect(text.contains(
                "], is larger than the figure for South America (UNODC region), 250 from \(unodc)"), "\(brief.stdout)")
            #expect(text.contains(
                "], a region that contains it. The two come from different data collections, and under one definition and coverage a "
                + "country cannot count more than its region: their coverage or definitions differ (which cases count, which agencies "
                + "or countries report), so neither is a part of the other, and the share of Brazil in South America (UNODC region) "
                + "cannot be read from them. Say so when citing them together."), "\(brief.stdout)")
            #expect(text.contains(
                "- **Caution (places).** Detected victims of trafficking, 2020 and 2021: the figures for Brazil, from \(yearbook)"),
                "\(brief.stdout)")
            #expect(text.contains(
                "], a region that contains it, come from different data collections, whose coverage and definitions may differ: the "
                + "share of Brazil in South America (UNODC region) cannot be read from them. Say so when citing them together."),
                "\(brief.stdout)")
            // One data collection, the country below its region: nothing to say.
            #expect(!text.contains("for Argentina"), "\(brief.stdout)")
            // check keeps to one source: two collections that disagree are no error in either.
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("place-above-region"), "\(check.stdout)")
        }
    }
}
