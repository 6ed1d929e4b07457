import Foundation
import Testing

/// A brief whose figures are for regions of different systems (UNODC's GLOTIP regions, UN M49's,
/// the ILO's) names the body that defines each and how those that share countries relate.
///
/// Why: UNODC's "South Asia" (without Iran) at 4,000 and M49's "Southern Asia" (with Iran) at
/// 4,600 stood side by side among the key figures with nothing to tell them apart, and read as two
/// sources disagreeing about one region (a regional analyst's review, session 51).
@Suite("Brief: regions of different systems are named with their body (built binary)")
struct RegionSystemsCautionTests {
    static let sources = """
        key,kind,title,authors,publisher,container,date,url
        glotip-2022,report,Global Report on Trafficking in Persons 2022,,United Nations Office on Drugs and Crime,,2023-01-24,https://www.unodc.org/glotip
        saarc-2021,report,South Asia trafficking data 2020,,SAARC Secretariat,,2021-09-01,https://example.org/saarc

        """
    static let figures = """
        key,measure,value,unit,place,period,source,method,locator
        sas-unodc-2020,detected-trafficking-victims,4000,persons,South Asia,2020,glotip-2022,detected,Fig. 40
        sas-m49-2020,detected-trafficking-victims,4600,persons,Southern Asia,2020,saarc-2021,detected,Table 1
        sea-2020,detected-trafficking-victims,3000,persons,South-eastern Asia,2020,glotip-2022,detected,Fig. 35
        ind-2020,detected-trafficking-victims,2900,persons,India,2020,glotip-2022,detected,Annex

        """

    @Test("a brief of Asia says South Asia is UNODC's, Southern Asia M49's, and that the one lies within the other")
    func asia() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let md = try Tipdb.run(["report", "brief", "--place", "Asia", "--date", "2026-12-01"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            let expected: String = [
                "**Caution (places).** The regions in this brief are defined by different bodies, each with its own list of countries: ",
                "South Asia is a UNODC region (of its Global Report on Trafficking in Persons); South-eastern Asia and Southern Asia ",
                "are UN M49 regions (the UN Statistics Division's standard). South Asia lies within Southern Asia, which also holds ",
                "the Islamic Republic of Iran. A region of one system is not a region of another under a similar name: do not add up ",
                "their figures, or set one against another as if they covered one area; compare a regional figure with those of its ",
                "own system.",
            ].joined()
            #expect(md.stdout.contains(expected), "\(md.stdout)")
            // One system's region and a country: no such caution.
            let m49 = try Tipdb.run(["report", "brief", "--place", "South-eastern Asia", "--place", "India", "--date", "2026-12-01"], in: dir)
            #expect(m49.status == 0, "\(m49.stderr)")
            #expect(m49.stdout.contains("| South-eastern Asia | 3,000 |"), "\(m49.stdout)")
            #expect(!m49.stdout.contains("defined by different bodies"), "\(m49.stdout)")
        }
    }
}
