import Foundation
import Testing

/// Rates of one measure for different groups of people (review of session 54: a survey's 8.6 per
/// 1,000 adults 15+ beside the Global Estimates' 3.5 per 1,000 people of all ages, both "per 1,000
/// population", and Comparability said nothing mixed the units of one measure).
@Suite("rates for different sexes and age groups: a denominators caution, and no \"population\" in a group's rate label (built binary)")
struct RateDenominatorTests {
    @Test("all ages, 15+ and female 15+ per 1,000: the caution names the three groups; JSON unitLabel names the group")
    func denominators() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date
                ge2022,report,Global Estimates of Modern Slavery,,International Labour Office,2022-09
                nfls,report,Forced labour in Nepal,"Sharma, Anita",Univ of Example,2026

                """.utf8).write(to: dir.appendingPathComponent("src.csv"))
            try Data("""
                key,measure,value,unit,place,period,sex,age_group,source,locator
                ge-ap-rate,forced-labour,3.5,per-1000,ILO-ASIA-PACIFIC,2021,total,total,ge2022,p. 25
                nfls-rate,forced-labour,8.6,per-1000,NPL,2025,total,15+,nfls,Table 3.1
                nfls-f-rate,forced-labour,6.7,per-1000,NPL,2025,female,15+,nfls,Table 3.1
                nfls-count,forced-labour,"182,000",persons,NPL,2025,total,15+,nfls,Table 3.2

                """.utf8).write(to: dir.appendingPathComponent("fig.csv"))
            let ingest = try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--place", "ILO-ASIA-PACIFIC", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "**Caution (denominators).** Forced labour is given per 1,000 of 3 different groups of people (everyone; 15+; female, 15+): a rate is per 1,000 of the group it covers, not of the whole population, so rates of different groups do not compare as equals; compare rates only within one group."),
                "\(brief.stdout)")
            #expect(brief.stdout.contains("Forced labour is given in 2 different units (persons and per 1,000):"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("Nothing here mixes"), "\(brief.stdout)")
            let json = try Tipdb.run(["report", "brief", "--place", "ILO-ASIA-PACIFIC", "--date", "2026-12-06", "--format", "json"], in: dir)
            let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let figures = (root["figureGroups"] as? [[String: Any]] ?? []).flatMap { $0["figures"] as? [[String: Any]] ?? [] }
            let labels = Dictionary(figures.map { ($0["key"] as? String ?? "", $0["unitLabel"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
            #expect(labels["ge-ap-rate"] == "per 1,000 population", "\(labels)")
            #expect(labels["nfls-rate"] == "per 1,000 (15+)", "\(labels)")
            #expect(labels["nfls-f-rate"] == "per 1,000 (female, 15+)", "\(labels)")
        }
    }
}
