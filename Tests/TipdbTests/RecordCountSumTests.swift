import Foundation
import Testing

/// Counts from records are exact: subgroups that add up to more than their total are
/// a contradiction whatever their digits, where estimates keep their rounding allowance. A
/// statistics office's yearbook gave Kenya 390 detected victims, 250 female and 150 male, and
/// ingest, check and the brief said nothing, since 250, 150 and 390 each "showed a rounding" to
/// the ten (review `statoffice`, session 48).
@Suite("parts-above-total: counts from records get no rounding allowance (built binary)")
struct RecordCountSumTests {
    static let sources = """
        key,kind,title,publisher,date
        nso-2025,report,Anuário Estatístico de Tráfico de Pessoas 2025,Ministério da Justiça,2025

        """
    /// Kenya 2020 and 2021: the review's detected counts. Kenya's modern slavery (2021) and forced
    /// labour (2022): the same digits, estimated, within rounding.
    static let figures = """
        key,measure,value,unit,place,period,sex,age_group,source,method,locator
        ke-2020,detected-trafficking-victims,390,persons,KEN,2020,total,total,nso-2025,detected,Tabela 1
        ke-2020-f,detected-trafficking-victims,250,persons,KEN,2020,female,total,nso-2025,detected,Tabela 2
        ke-2020-m,detected-trafficking-victims,150,persons,KEN,2020,male,total,nso-2025,detected,Tabela 2
        ke-2021,detected-trafficking-victims,2000,persons,KEN,2021,total,total,nso-2025,detected,Tabela 1
        ke-2021-c,detected-trafficking-victims,1100,persons,KEN,2021,total,children,nso-2025,detected,Tabela 3
        ke-2021-a,detected-trafficking-victims,940,persons,KEN,2021,total,adults,nso-2025,detected,Tabela 3
        ms-2021,modern-slavery,390,persons,KEN,2021,total,total,nso-2025,estimated,Tabela 6
        fl-2021,forced-labour,250,persons,KEN,2021,total,total,nso-2025,estimated,Tabela 6
        fm-2021,forced-marriage,150,persons,KEN,2021,total,total,nso-2025,estimated,Tabela 6
        fl-2022,forced-labour,390,persons,KEN,2022,total,total,nso-2025,estimated,Tabela 7
        fl-2022-f,forced-labour,250,persons,KEN,2022,female,total,nso-2025,estimated,Tabela 7
        fl-2022-m,forced-labour,150,persons,KEN,2022,male,total,nso-2025,estimated,Tabela 7

        """

    @Test("ingest, check and the brief name 250 + 150 > 390 and 1,100 + 940 > 2,000 counted victims, not the same digits estimated")
    func countsFromRecordsAreExact() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "d1.csv", in: dir)
            let ingest = try Tipdb.run(["ingest", "src.csv", "d1.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let sums = [
                "ke-2020-f (250) + ke-2020-m (150) = 400 > ke-2020 (390)",
                "ke-2021-c (1100) + ke-2021-a (940) = 2040 > ke-2021 (2000)",
            ]
            for sum in sums {
                #expect(ingest.stderr.contains("parts-above-total: \(sum): subgroups that cannot overlap"), "\(ingest.stderr)")
            }
            // Estimates with the same digits are within rounding.
            #expect(!ingest.stderr.contains("fl-2021 (250)"), "\(ingest.stderr)")
            #expect(!ingest.stderr.contains("fl-2022-f (250)"), "\(ingest.stderr)")

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains(
                "add up to more than their total beyond rounding (counts from records, such as detected victims, at all), for the same "
                + "measure, place, period, source and study"), "\(check.stdout)")
            #expect(check.stdout.contains("(2)\n  " + sums[0] + "\n  " + sums[1] + "\n"), "\(check.stdout)")
            #expect(!check.stdout.contains("fl-2021 (250)") && !check.stdout.contains("fl-2022-f (250)"), "\(check.stdout)")

            let brief = try Tipdb.run(["report", "brief", "--place", "KEN", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "- **Caution (subgroups).** Detected victims of trafficking in Kenya, 2020, Ministério da Justiça 2025 [1]: the subgroups "
                + "female (250) and male (150) add up to 400, more than the total they are part of (390)."), "\(brief.stdout)")
            #expect(brief.stdout.contains(
                "Detected victims of trafficking in Kenya, 2021, Ministério da Justiça 2025 [1]: the subgroups children (1,100) and "
                + "adults (940) add up to 2,040, more than the total they are part of (2,000)."), "\(brief.stdout)")
            #expect(!brief.stdout.contains("Modern slavery in Kenya, 2021"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("Forced labour in Kenya, 2022"), "\(brief.stdout)")
        }
    }
}
