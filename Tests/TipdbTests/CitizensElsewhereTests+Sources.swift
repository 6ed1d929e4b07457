import Foundation
import Testing

/// `report sources --place X` lists the sources of the figures counting X's citizens elsewhere, as
/// the brief of the same filters cites them; its help says so (session 54's closing note: README
/// and help were silent).
extension CitizensElsewhereTests {
    @Test("report sources --place lists the sources of the place's citizens counted elsewhere, and its help says so")
    func sourcesOfCitizensElsewhere() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,title,authors,publisher,date,url
                ukho-nrm-2023,National Referral Mechanism statistics UK 2023,Home Office,Home Office,2024-03-07,https://www.gov.uk/x
                vn-mps-2023,Report on trafficking in persons 2023,Ministry of Public Security,Ministry of Public Security,2024-01-10,https://bocongan.gov.vn/x

                """, "src.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,locator,breakdown
                nrm-2023-gbr-vnm,detected-trafficking-victims,1000,persons,GBR,2023,ukho-nrm-2023,"Table 8, p. 12",citizenship: Viet Nam
                vnm-2023,detected-trafficking-victims,300,persons,VNM,2023,vn-mps-2023,p. 40,

                """, "fig.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")

            let sources = try Tipdb.run(["report", "sources", "--place", "Viet Nam"], in: dir)
            #expect(sources.status == 0, "\(sources.stderr)")
            #expect(sources.stdout.contains("(key: vn-mps-2023)") && sources.stdout.contains("(key: ukho-nrm-2023)"), "\(sources.stdout)")

            let help = try Tipdb.run(["report", "sources", "--help"], in: dir)
            let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("with --place also those of the figures for other places that count only the places' citizens "
                + "(or people by origin or birth), which the brief of the same filters cites in its part on them."), "\(help.stdout)")
        }
    }
}
