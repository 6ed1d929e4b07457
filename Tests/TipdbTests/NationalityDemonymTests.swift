import Foundation
import Testing

/// Nationality tables are routinely written with adjectives: `nationality: Albanian` was refused
/// with `did you mean "Albania"?`, while `Sudanese`, `Iranian`, `Chinese`, `Afghan` and `UK
/// national` were stored as text no brief of the place or search would ever find (a government
/// statistician's review, session 55). They are now read as their country, with a note once per
/// file; an adjective of several countries is refused naming them; a category that is no place
/// and no nationality tipdb knows is kept as text with a warning.
@Suite("Nationality adjectives in a breakdown's citizenship (built binary)")
struct NationalityDemonymTests {
    static func row(_ key: String, _ value: Int, _ category: String) -> String {
        "\(key),modern-slavery-referrals,\(value),persons,GBR,2023-10/2023-12,ho-q4-2023,detected,Table 6,nationality: \(category)"
    }

    @Test("Sudanese, Iranian, Chinese, Afghan, UK national, Albanian nationals and Vietnamese are stored as SDN, IRN, CHN, AFG, GBR, ALB and VNM, each said once")
    func adjectivesReadAsCountries() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(SubPeriodSumTests.sources, "src.csv", in: dir)
            let rows = [
                Self.row("n-sdn", 140, "Sudanese"), Self.row("n-irn", 95, "Iranian"), Self.row("n-chn", 60, "Chinese"),
                Self.row("n-afg", 55, "Afghan"), Self.row("n-gbr", 1200, "UK national"), Self.row("n-alb", 600, "Albanian nationals"),
                Self.row("n-vnm", 300, "Vietnamese"), Self.row("n-vnm2", 30, "vietnamese"),
            ]
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,source,method,locator,breakdown\n" + rows.joined(separator: "\n") + "\n", "d3.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "d3.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stdout.contains("8 inserted"), "\(loaded.stdout)")
            #expect(loaded.stderr.contains("note: d3.csv:2:92: breakdown: citizenship \"Sudanese\" is read as SDN (Sudan), the country of that "
                + "nationality, as its name would be; loaded as SDN (said once per file)"), "\(loaded.stderr)")
            #expect(loaded.stderr.contains("citizenship \"UK national\" is read as GBR (United Kingdom)"), "\(loaded.stderr)")
            #expect(loaded.stderr.components(separatedBy: "is read as VNM").count == 2, "\(loaded.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT figure, category FROM figure_breakdowns ORDER BY figure"], in: dir)
            #expect(stored.stdout.replacingOccurrences(of: "\r\n", with: "\n")
                    == "figure,category\nn-afg,AFG\nn-alb,ALB\nn-chn,CHN\nn-gbr,GBR\nn-irn,IRN\nn-sdn,SDN\nn-vnm,VNM\nn-vnm2,VNM\n", "\(stored.stdout)")
            let search = try Tipdb.run(["search", "Sudan"], in: dir)
            #expect(search.stdout.contains("n-sdn"), "\(search.stdout)")
        }
    }

    @Test("Congolese is refused naming both Congos; a category that names no place is kept with a warning")
    func ambiguousAndUnknown() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(SubPeriodSumTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,source,method,locator,breakdown\n\(Self.row("n-cog", 40, "Congolese"))\n", "c.csv", in: dir)
            let refused = try Tipdb.run(["ingest", "src.csv", "c.csv"], in: dir)
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("c.csv:2:91: breakdown: citizenship \"Congolese\" is the nationality of 2 countries; expected the "
                + "country's name, \"Congo\" or \"Democratic Republic of the Congo\", as the place column takes it"), "\(refused.stderr)")
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,source,method,locator,breakdown\n\(Self.row("n-x", 40, "Zorblaxian"))\n", "x.csv", in: dir)
            let kept = try Tipdb.run(["ingest", "src.csv", "x.csv"], in: dir)
            #expect(kept.status == 0, "\(kept.stderr)")
            #expect(kept.stderr.contains("warning: x.csv:2:89: breakdown: citizenship \"Zorblaxian\" names no place tipdb knows, and is kept as "
                + "text: no brief or search of a place will find it"), "\(kept.stderr)")
        }
    }
}
