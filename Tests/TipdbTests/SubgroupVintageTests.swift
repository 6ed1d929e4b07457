import Foundation
import Testing

/// A subgroup that a later GLOTIP release dropped stays beside the total that release revised:
/// the releases of one export count as one source for the subgroup-above-total rule, in
/// `tipdb check` and in the brief, as they already do for the data gaps.
@Suite("Subgroups above totals across releases of one export (built binary)")
struct SubgroupVintageTests {
    private static let header = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n"
    private static let row = "ALB,Albania,Europe,Southern Europe,Persons convicted,Total,Total,Total,"

    @Test("adults 15 from the 2024 release above the total 12 of the 2025 release: check warns and the brief cautions")
    func acrossReleases() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let older = "UNODC,contact@example.org,,,,,,,,,,,\n14/04/2024,,,,,,,,,,,,\n" + Self.header
                + Self.row + "Total,2020,Counts,20,GLOTIP\n" + Self.row + "18 years or over,2020,Counts,15,GLOTIP\n"
            let newer = "UNODC,contact@example.org,,,,,,,,,,,\n14/04/2025,,,,,,,,,,,,\n" + Self.header
                + Self.row + "Total,2020,Counts,12,GLOTIP\n"
            try Data(older.utf8).write(to: dir.appendingPathComponent("glotip_2024.csv"))
            try Data(newer.utf8).write(to: dir.appendingPathComponent("glotip_2025.csv"))
            let first = try Tipdb.run(["ingest", "--quiet", "glotip_2024.csv"], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            // Within the 2024 release, 15 adults of 20: nothing to say.
            #expect(!(try Tipdb.run(["check"], in: dir)).stdout.contains("subgroup-above-total"))
            let second = try Tipdb.run(["ingest", "--quiet", "glotip_2025.csv"], in: dir)
            #expect(second.status == 0, "\(second.stderr)")
            // The total and the subgroup now cite two releases.
            let sources = try Tipdb.run(["sql", "SELECT count(DISTINCT source) FROM figures", "--format", "csv"], in: dir)
            #expect(sources.stdout == "count(DISTINCT source)\r\n2\r\n", "\(sources.stdout)")

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: subgroup-above-total: a subgroup is larger than its total (female or male above everyone, a form of exploitation above all forms, a breakdown such as nationals above all citizenships, or an age band above a broader age group containing it: 12-17 above children) for the same measure, place, period, source and study, the releases of one bulk export counting as one"), "\(check.stdout)")
            #expect(check.stdout.contains("(15) > "), "\(check.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("""
                - **Caution (subgroups).** Persons convicted of trafficking in Albania, 2020, UNODC 2024 [2] (the subgroup) \
                and UNODC 2025 [1] (the total): the subgroup adults (15) is larger than the total it is part of (12).
                """), "\(brief.stdout)")
        }
    }
}
