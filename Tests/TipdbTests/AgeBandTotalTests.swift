import Foundation
import Testing

/// `subgroup-above-total` compares an age band with the broader age groups containing it (12-17
/// with children, 18-24 with adults, 0-4 with 0-11, 70+ with 65+), as `parts-above-total` already
/// added bands up within them: a typo in a yearbook's detailed age table went through ingest,
/// check and the brief unnoticed (review `statoffice`, session 48).
@Suite("subgroup-above-total: an age band above a broader age group containing it (built binary)")
struct AgeBandTotalTests {
    /// 2020: the review's table. 2021: narrower bands. 2022: girls and women 18-24 above all
    /// women adults, below all women.
    static let figures = """
        key,measure,value,unit,place,period,sex,age_group,source,method,locator
        ke-c,detected-trafficking-victims,40,persons,KEN,2020,total,children,nso-2025,detected,Tabela 3
        ke-c-12-17,detected-trafficking-victims,45,persons,KEN,2020,total,12-17,nso-2025,detected,Tabela 3
        ke-a,detected-trafficking-victims,60,persons,KEN,2020,total,adults,nso-2025,detected,Tabela 3
        ke-a-18-24,detected-trafficking-victims,70,persons,KEN,2020,total,18-24,nso-2025,detected,Tabela 3
        ke-fa,detected-trafficking-victims,30,persons,KEN,2020,female,adults,nso-2025,detected,Tabela 3
        ke-fa-18-24,detected-trafficking-victims,35,persons,KEN,2020,female,18-24,nso-2025,detected,Tabela 3
        ke-f,detected-trafficking-victims,20,persons,KEN,2020,female,total,nso-2025,detected,Tabela 2
        k21-0-11,detected-trafficking-victims,10,persons,KEN,2021,total,0-11,nso-2025,detected,Tabela 3
        k21-0-4,detected-trafficking-victims,12,persons,KEN,2021,total,0-4,nso-2025,detected,Tabela 3
        k21-65,detected-trafficking-victims,20,persons,KEN,2021,total,65+,nso-2025,detected,Tabela 3
        k21-70,detected-trafficking-victims,25,persons,KEN,2021,total,70+,nso-2025,detected,Tabela 3
        k22-f,detected-trafficking-victims,100,persons,KEN,2022,female,total,nso-2025,detected,Tabela 2
        k22-fa,detected-trafficking-victims,30,persons,KEN,2022,female,adults,nso-2025,detected,Tabela 3
        k22-fa-18-24,detected-trafficking-victims,35,persons,KEN,2022,female,18-24,nso-2025,detected,Tabela 3

        """
    /// check's rows, by the key of the subgroup; each subgroup against the first total it exceeds
    /// (ke-fa-18-24 against all women, before women adults).
    static let rows = [
        "k21-0-4 (12) > k21-0-11 (10)",
        "k21-70 (25) > k21-65 (20)",
        "k22-fa-18-24 (35) > k22-fa (30)",
        "ke-a-18-24 (70) > ke-a (60)",
        "ke-c-12-17 (45) > ke-c (40)",
        "ke-fa (30) > ke-f (20)",
        "ke-fa-18-24 (35) > ke-f (20)",
    ]

    @Test("ingest, check and the brief name 12-17 above children, 18-24 above adults, 0-4 above 0-11 and 70+ above 65+")
    func bandAboveBroaderAgeGroup() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(RecordCountSumTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "d2.csv", in: dir)
            let ingest = try Tipdb.run(["ingest", "src.csv", "d2.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            for row in Self.rows {
                #expect(ingest.stderr.contains("subgroup-above-total: \(row): a subgroup is larger than its total (female or male above everyone, a form of exploitation "
                    + "above all forms, a breakdown such as nationals above all citizenships, or an age band above a broader age group containing it: "
                    + "12-17 above children)"), "\(ingest.stderr)")
            }
            #expect(ingest.stdout.contains("d2.csv: 14 read, 14 inserted, 0 updated, 0 unchanged, 0 rejected, 7 warnings"), "\(ingest.stderr)")

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("(7)\n" + Self.rows.map { "  \($0)\n" }.joined()), "\(check.stdout)")

            let brief = try Tipdb.run(["report", "brief", "--place", "KEN", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            for (subgroup, total) in [
                ("12-17 (45)", "children, 40"), ("18-24 (70)", "adults, 60"), ("0-4 (12)", "0-11, 10"), ("70+ (25)", "65+, 20"),
                ("female, 18-24 (35)", "female, adults, 30"),
            ] {
                #expect(brief.stdout.contains("the subgroup \(subgroup) is larger than the total it is part of (\(total))."), "\(brief.stdout)")
            }
        }
    }
}
