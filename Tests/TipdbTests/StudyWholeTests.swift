import Foundation
import Testing

/// `shares-above-whole` and `place-above-region` compare the figures of one study, not of one
/// source: a report with a shelter survey and a police-records study gives two samples, and the
/// female share of one plus the male share of the other "exceeding 100" was a false alarm in
/// check, ingest and the brief (session 42). Figures that name no study are grouped by their
/// source, as before, and apart from the source's studies.
@Suite("shares-above-whole and place-above-region within one study (built binary)")
struct StudyWholeTests {
    /// Nigeria: 60% women in the shelter survey, 50% men in the police records: two samples, not
    /// flagged. Ghana: 60% and 50% in the shelter survey alone: flagged. Benin: no study, flagged
    /// as before. Togo: a shelter share beside a share that names no study, not one whole.
    /// Mali within Western Africa: 5,000 of the police records above the shelter survey's 3,000
    /// for the region, not flagged; Senegal's 4,000 above the police records' 3,000, flagged.
    static let figures = """
        key,measure,value,unit,place,period,source,study,locator,method,sex
        nga-f,detected-trafficking-victims,60,percent,NGA,2020,src-a,st-shelter,p. 1,detected,female
        nga-m,detected-trafficking-victims,50,percent,NGA,2020,src-a,st-police,p. 1,detected,male
        gha-f,detected-trafficking-victims,60,percent,GHA,2020,src-a,st-shelter,p. 2,detected,female
        gha-m,detected-trafficking-victims,50,percent,GHA,2020,src-a,st-shelter,p. 2,detected,male
        ben-f,detected-trafficking-victims,60,percent,BEN,2020,src-a,,p. 3,detected,female
        ben-m,detected-trafficking-victims,50,percent,BEN,2020,src-a,,p. 3,detected,male
        tgo-f,detected-trafficking-victims,60,percent,TGO,2020,src-a,st-shelter,p. 4,detected,female
        tgo-m,detected-trafficking-victims,50,percent,TGO,2020,src-a,,p. 4,detected,male
        mli-police,detected-trafficking-victims,"5,000",persons,MLI,2020,src-a,st-police,p. 5,detected,total
        waf-shelter,detected-trafficking-victims,"3,000",persons,M49-011,2020,src-a,st-shelter,p. 5,detected,total
        sen-police,detected-trafficking-victims,"4,000",persons,SEN,2021,src-a,st-police,p. 6,detected,total
        waf-police,detected-trafficking-victims,"3,000",persons,M49-011,2021,src-a,st-police,p. 6,detected,total
        waf-shelter-21,detected-trafficking-victims,"9,000",persons,M49-011,2021,src-a,st-shelter,p. 6,detected,total

        """

    static let sharesMessage = "shares (unit percent) of the sexes, or of age groups that do not overlap, add up to more than 100 percent "
        + "of the same whole (measure, place, period, source and study), beyond rounding (more than half a point per share): one of them is "
        + "a share of another whole or is wrong (kept as published; say so when citing)"
    static let placesMessage = "a country's or region's count is larger than the count for a region that contains it, "
        + "for the same measure, period, subgroup (sex, age group, form), source and study, beyond their intervals (the inner count at the low end of its own, the region's at the high end): a region's people or cases include "
        + "those of the countries and regions within it, so one of the two counts something else or is wrong (kept as published; "
        + "say so when citing)"

    private func load(in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        // The same report and its two studies as StudySubgroupTests'.
        try Data(StudySubgroupTests.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(StudySubgroupTests.studies.utf8).write(to: dir.appendingPathComponent("studies.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        return try Tipdb.run(["ingest", "sources.csv", "studies.csv", "figures.csv"], in: dir)
    }

    @Test("ingest warns of the sums within one study or within no study, not across studies")
    func ingest() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load(in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let shares = loaded.stderr.split(separator: "\n").filter { $0.contains("shares-above-whole") }
            #expect(shares == [
                "warning: figures.csv:4:36: shares-above-whole: gha-f (60) + gha-m (50) = 110 > 100: \(Self.sharesMessage)",
                "warning: figures.csv:6:36: shares-above-whole: ben-f (60) + ben-m (50) = 110 > 100: \(Self.sharesMessage)",
            ], "\(loaded.stderr)")
        }
    }

    @Test("check lists the sums and the pair of one study, and nothing across studies")
    func check() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(in: dir).status == 0)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains(
                "warning: shares-above-whole: \(Self.sharesMessage) (2)\n  ben-f (60) + ben-m (50) = 110 > 100\n  gha-f (60) + gha-m (50) = 110 > 100\n"),
                "\(check.stdout)")
            #expect(check.stdout.contains("warning: place-above-region: \(Self.placesMessage) (1)\n  sen-police (Senegal, 4000) > waf-police (Western Africa, 3000)\n"),
                    "\(check.stdout)")
            #expect(!check.stdout.contains("nga-f (60)") && !check.stdout.contains("tgo-f (60)") && !check.stdout.contains("mli-police"), "\(check.stdout)")
        }
    }

    @Test("the brief cautions about the sums and the pair of one study only")
    func brief() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(in: dir).status == 0)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains(
                "Detected victims of trafficking in Ghana, 2020, Institute A 2021 [1]: the shares by sex, female (60%) and male (50%), "
                + "add up to 110%, more than the whole. All are kept as published"), "\(md.stdout)")
            #expect(md.stdout.contains("Detected victims of trafficking in Benin, 2020, Institute A 2021 [1]: the shares by sex, "), "\(md.stdout)")
            #expect(!md.stdout.contains("in Nigeria, 2020, Institute A 2021 [1]: the shares"), "\(md.stdout)")
            #expect(!md.stdout.contains("in Togo, 2020, Institute A 2021 [1]: the shares"), "\(md.stdout)")
            #expect(md.stdout.contains(
                "Detected victims of trafficking, 2021, Institute A 2021 [1]: the figure for Senegal (4,000) is larger than the figure "
                + "for Western Africa (3,000), a region that contains it. Both are kept as published"), "\(md.stdout)")
            #expect(!md.stdout.contains("the figure for Mali"), "\(md.stdout)")
        }
    }
}
