import Foundation
import Testing

/// The subgroup-above-total explanation for a sex or form subgroup (rapporteur's review, session
/// 50, defect 3): ingest's warning and check explained every pair as an age band above a broader
/// age group, "12-17 above children", even for female above everyone or male forced labour above
/// all males, so whoever checked the police returns looked in the wrong place.
@Suite("subgroup-above-total names sex and form subgroups as well as age bands (built binary)")
struct SubgroupMessageDimensionTests {
    static let figures = """
        key,measure,value,unit,place,period,sex,age_group,form,source
        w0,detected-trafficking-victims,265,persons,NLD,2022,male,,,nr-2023
        w1,detected-trafficking-victims,300,persons,NLD,2022,male,,forced-labour,nr-2023
        w2,detected-trafficking-victims,100,persons,NLD,2021,,,,nr-2023
        w3,detected-trafficking-victims,120,persons,NLD,2021,female,,,nr-2023

        """
    static let explanation = "a subgroup is larger than its total (female or male above everyone, a form of exploitation above all forms, "
        + "a breakdown such as nationals above all citizenships, or an age band above a broader age group containing it: 12-17 above children)"

    @Test("a form and a sex subgroup above their totals: ingest and check name both kinds, the age band as one of them")
    func sexAndForm() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(WithheldEarlierCountTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "c.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let ingest = try Tipdb.run(["ingest", "src.csv", "c.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(ingest.stderr.contains("warning: c.csv:3:33: subgroup-above-total: w1 (300) > w0 (265): \(Self.explanation)"), "\(ingest.stderr)")
            #expect(ingest.stderr.contains("warning: c.csv:5:33: subgroup-above-total: w3 (120) > w2 (100): \(Self.explanation)"), "\(ingest.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: subgroup-above-total: \(Self.explanation)"), "\(check.stdout)")
        }
    }
}
