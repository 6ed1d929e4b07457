import Foundation
import Testing

/// Counts of a country's people by their country of origin or birth, not their citizenship
/// (session 54's closing note): the brief about the country shows them among its people counted
/// elsewhere, and search finds them; a country of exploitation or repatriation is not whose
/// people they are.
extension CitizensElsewhereTests {
    static let originFigures = """
        key,measure,value,unit,place,period,source,locator,breakdown
        nrm-2023-gbr-vnm,detected-trafficking-victims,1000,persons,GBR,2023,ukho-nrm-2023,"Table 8, p. 12",citizenship: Viet Nam
        nrm-2023-gbr-origin,detected-trafficking-victims,700,persons,GBR,2023,ukho-nrm-2023,"Table 9, p. 13",country-of-origin: Viet Nam
        nrm-2023-gbr-born,detected-trafficking-victims,600,persons,GBR,2023,ukho-nrm-2023,"Table 10, p. 14",country of birth: VNM
        nrm-2023-gbr-exploited,detected-trafficking-victims,40,persons,GBR,2023,ukho-nrm-2023,"Table 11, p. 15",country-of-exploitation: Viet Nam
        vnm-2023,detected-trafficking-victims,300,persons,VNM,2023,ukho-nrm-2023,p. 40,

        """

    @Test("counts by country of origin or birth are the country's people counted elsewhere too; by country of exploitation not")
    func originAndBirthCount() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(BreakdownColumnTests.nrmSource, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.originFigures, "fig.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")

            let md = try Tipdb.run(["report", "brief", "--place", "Viet Nam", "--date", "2026-12-06"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            let part = try #require(md.stdout.components(separatedBy: "## People of Viet Nam counted elsewhere\n\n").dropFirst().first,
                                    "\(md.stdout)")
            #expect(part.hasPrefix("3 figures for another place (United Kingdom) count only people of Viet Nam citizenship, origin or "
                + "birth: victims of that citizenship, origin or birth detected or estimated where they were, each figure's place the "
                + "place it was recorded for and its subgroup naming the citizenship, origin or birth."), "\(part)")
            #expect(part.contains("| 700 |  | United Kingdom | 2023 | country of origin: Viet Nam |"), "\(part)")
            #expect(part.contains("| 600 |  | United Kingdom | 2023 | country of birth: Viet Nam |"), "\(part)")
            #expect(part.contains("| 1,000 |  | United Kingdom | 2023 | citizenship: Viet Nam |"), "\(part)")
            // Exploited in Viet Nam: not Viet Nam's people.
            #expect(!md.stdout.contains("| 40 |"), "\(md.stdout)")

            let found = try Tipdb.run(["search", "Viet Nam"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout.contains("it counts people of [Viet Nam] origin, recorded for United Kingdom"), "\(found.stdout)")
            #expect(found.stdout.contains("it counts people of [Viet Nam] birth, recorded for United Kingdom"), "\(found.stdout)")
            #expect(!found.stdout.contains("nrm-2023-gbr-exploited"), "\(found.stdout)")
        }
    }
}
