import Foundation
import Testing

/// `shares-above-whole`: shares in percent of the sexes, or of age groups that do not overlap, of
/// one source's measure, place and period that add up to more than 100 beyond rounding; warned
/// about by ingest at the row that loaded the first share, listed by `tipdb check`, cautioned
/// about in the brief.
@Suite("shares-above-whole: shares of one whole adding up to more than 100% (built binary)")
struct SharesAboveWholeTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,doi,accessed,license,notes
        src-a,report,Report A,,Institute A,2021,https://a.example.org,,2026-11-29,,

        """
    /// Nigeria: 60% women and 50% men. Ghana: 51% and 50%, within rounding. Togo: children 45%,
    /// adults 60%, and 0-4 (within children) not added to them. Benin: a share of a form is
    /// not added with the others.
    static let figures = """
        key,measure,value,unit,place,period,source,locator,method,sex,age_group,form
        nga-f,detected-trafficking-victims,60,percent,NGA,2020,src-a,p. 1,detected,female,total,
        nga-m,detected-trafficking-victims,50,percent,NGA,2020,src-a,p. 1,detected,male,total,
        gha-f,detected-trafficking-victims,51,percent,GHA,2020,src-a,p. 2,detected,female,total,
        gha-m,detected-trafficking-victims,50,percent,GHA,2020,src-a,p. 2,detected,male,total,
        tgo-c,detected-trafficking-victims,45,percent,TGO,2020,src-a,p. 3,detected,total,children,
        tgo-a,detected-trafficking-victims,60,percent,TGO,2020,src-a,p. 3,detected,total,adults,
        tgo-04,detected-trafficking-victims,10,percent,TGO,2020,src-a,p. 3,detected,total,0-4,
        ben-f,detected-trafficking-victims,60,percent,BEN,2020,src-a,p. 4,detected,female,total,
        ben-m-sex,detected-trafficking-victims,50,percent,BEN,2020,src-a,p. 4,detected,male,total,sexual-exploitation

        """

    private func load(in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        return try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
    }

    static let message = "shares (unit percent) of the sexes, or of age groups that do not overlap, add up to more than 100 percent "
        + "of the same whole (measure, place, period, source and study), beyond rounding (more than half a point per share): one of them is "
        + "a share of another whole or is wrong (kept as published; say so when citing)"

    @Test("ingest warns at the first share's value cell; exit 0")
    func ingest() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load(in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stderr.contains("warning: figures.csv:2:36: shares-above-whole: nga-f (60) + nga-m (50) = 110 > 100: \(Self.message)\n"),
                    "\(loaded.stderr)")
            #expect(loaded.stderr.contains("warning: figures.csv:6:36: shares-above-whole: tgo-c (45) + tgo-a (60) = 105 > 100: \(Self.message)\n"),
                    "\(loaded.stderr)")
            #expect(!loaded.stderr.contains("gha-f"), "\(loaded.stderr)")
            #expect(!loaded.stderr.contains("ben-f"), "\(loaded.stderr)")
        }
    }

    @Test("check lists the two sums, by the key of their first share")
    func check() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(in: dir).status == 0)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains(
                "warning: shares-above-whole: \(Self.message) (2)\n  nga-f (60) + nga-m (50) = 110 > 100\n  tgo-c (45) + tgo-a (60) = 105 > 100\n"),
                "\(check.stdout)")
        }
    }

    @Test("the brief cautions about each sum, naming the shares and their source")
    func brief() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(in: dir).status == 0)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains(
                "Detected victims of trafficking in Nigeria, 2020, Institute A 2021 [1]: the shares by sex, female (60%) and male (50%), "
                + "add up to 110%, more than the whole. All are kept as published, but shares of parts that cannot overlap cannot add up "
                + "to more than 100% (rounding allowed for): one of them is a share of another whole or is wrong. Say so when citing any of them."),
                "\(md.stdout)")
            #expect(md.stdout.contains("Detected victims of trafficking in Togo, 2020, Institute A 2021 [1]: the shares by age group, "), "\(md.stdout)")
            #expect(!md.stdout.contains("in Ghana, 2020, Institute A 2021 [1]: the shares"), "\(md.stdout)")
            #expect(!md.stdout.contains("in Benin, 2020, Institute A 2021 [1]: the shares"), "\(md.stdout)")
        }
    }
}
