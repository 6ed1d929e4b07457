import Foundation
import Testing

/// An Our World in Data file that republishes UNODC's series (SDG 16.2.2, VC_HTF_DETV) beside
/// UNODC's own export: one data collection, never a second one, a disagreement or a confirmation.
@Suite("brief: a second-hand copy is its producer's data collection (built binary)")
struct OWIDCopyBriefTests {
    static let glotipHeader = """
        UNODC,contact@example.org,,,,,,,,,,,
        DATE,,,,,,,,,,,,
        Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source

        """
    static let glotip2024 = glotipHeader.replacingOccurrences(of: "DATE", with: "14/04/2024") + """
        AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41,GLOTIP
        AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,38,GLOTIP
        AUT,Austria,Europe,Western Europe,Detected trafficking victims,by form of exploitation,Forced labour,Female,0 to 17 years,2019,Counts,<5,GLOTIP
        AUT,Austria,Europe,Western Europe,Persons convicted,Total,Total,Total,Total,2019,Counts,7,GLOTIP

        """
    static let glotip2025 = glotipHeader.replacingOccurrences(of: "DATE", with: "14/04/2025") + """
        AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,45,GLOTIP
        AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,38,GLOTIP
        AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2021,Counts,<5,GLOTIP
        AUT,Austria,Europe,Western Europe,Persons convicted,Total,Total,Total,Total,2019,Counts,7,GLOTIP

        """
    static let column = "16.2.2 - Detected victims of human trafficking (number) - VC_HTF_DETV"
    /// Our World in Data's metadata: the origin names UNODC as the producer.
    static let metadata = """
        {"chart": {"title": "Detected victims of human trafficking"},
         "columns": {"\(column)": {"titleShort": "Detected victims", "unit": "victims",
           "citationLong": "UNODC (2025). Global Report on Trafficking in Persons. Processed by Our World in Data."}},
         "origins": [{"producer": "United Nations Office on Drugs and Crime", "title": "Global Report on Trafficking in Persons",
           "citationFull": "UNODC (2025). Global Report on Trafficking in Persons.", "urlMain": "https://dataunodc.un.org/",
           "datePublished": "2025-04-14", "dateAccessed": "2025-05-01"}]}

        """

    static func owid(austria2019: Int) -> String {
        "Entity,Code,Year,\(column)\nAustria,AUT,2019,\(austria2019)\nAustria,AUT,2020,38\n"
    }

    /// Loads the files in `order` (names of the files written) and returns the Austria brief.
    static func brief(owid2019: Int, order: [String]) throws -> String {
        try withTemporaryDirectory { dir in
            let files = [
                "glotip_2024.csv": glotip2024, "glotip_2025.csv": glotip2025,
                "detected.csv": owid(austria2019: owid2019), "detected.metadata.json": metadata,
            ]
            for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for name in order {
                let loaded = try Tipdb.run(["ingest", name], in: dir)
                #expect(loaded.status == 0, "\(name): \(loaded.stderr)")
            }
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-11-30", "--place", "AUT"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            return brief.stdout
        }
    }

    @Test("the same values: one data collection, the single-series gap stays and names the copy; the copy's reference says where it was taken from",
          arguments: [["glotip_2024.csv", "glotip_2025.csv", "detected.csv"], ["detected.csv", "glotip_2024.csv", "glotip_2025.csv"]])
    func sameValues(order: [String]) throws {
        let brief = try Self.brief(owid2019: 45, order: order)
        #expect(!brief.contains("different data collections"))
        #expect(!brief.contains("sources disagree"))
        // UNODC 2024 and 2025b are UNODC's releases (the 2024 one for the subgroup the 2025 one dropped); 2025a is the copy.
        #expect(brief.contains("- Detected victims of trafficking: all 6 figures with a traceable origin go back to one series, unodc-glotip, through its releases UNODC 2024 ["))
        #expect(brief.contains("] (UNODC 2025a [") && brief.contains("] is a copy of its data republished by Our World in Data): vintages of one export and copies of it are not independent sources, so no independent source confirms them."))
        #expect(brief.contains("- Persons convicted of trafficking: the one figure with a traceable origin goes back to one source, UNODC 2025b ["))
        #expect(brief.contains("**Caution (copies).** UNODC 2025a ["))
        #expect(brief.contains("] is United Nations Office on Drugs and Crime's data as Our World in Data republished it: the same data collection as UNODC 2024 ["))
        #expect(brief.contains("], not an independent source: a figure both give is one figure given twice, not two that agree."))
        #expect(!brief.contains("Where it differs"))
        #expect(brief.contains("United Nations Office on Drugs and Crime \\[UNODC\\] (2025a). Global Report on Trafficking in Persons \\[Dataset\\]. 14 April 2025. Republished by Our World in Data. <https://dataunodc.un.org/>."))
    }

    @Test("the copy holds the earlier release's 41: a revision, not two sources that disagree")
    func earlierRelease() throws {
        let brief = try Self.brief(owid2019: 41, order: ["glotip_2024.csv", "glotip_2025.csv", "detected.csv"])
        #expect(!brief.contains("sources disagree"))
        #expect(!brief.contains("different data collections"))
        // They disagree: named both, the producer's latest release first; "given twice" only of the figures that agree.
        #expect(brief.contains("not an independent source: a figure both give alike is one figure given twice, not two that agree. The two disagree on 1 figure: for Detected victims of trafficking, Austria, 2019, the producer's own latest release, UNODC 2025b [1], gives 45 (revised from 41) and the copy gives 41. The copy may hold another release of the producer's data, Our World in Data's processing of it, or a mistake: cite the producer's own figure, and say that the copy gives another number."), "\(brief)")
        #expect(brief.contains("no independent source confirms them"))
    }
}
