import Foundation
import Testing

/// A repeat's number describes its original's period, not the one it is filed under: a repeat
/// re-dated to 2025 was the key figure's "later figure" and covered 2025 in the data gaps
/// (walkthrough of session 33; `BriefContext.datingFigure`).
@Suite("brief: a repeat is dated by its original, in age cautions and data gaps (built binary, real Fixtures)")
struct RepeatPeriodBriefTests {
    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let out = try Tipdb.run(["report", "brief", "--date", "2026-12-03"] + arguments, in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout
    }

    private func load(_ name: String, _ text: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        let result = try Tipdb.run(["ingest", "--quiet", name], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// A blog of 2025 repeating Francis 2013's 2.4 million (which repeats ILO 2005's 1995-2004
    /// estimate), filed under 2025.
    private func redated(in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        try load("ngo.csv", "key,kind,title,publisher,date\nngo-report-2025,report,Annual report,Some NGO,2025\n", in: dir)
        try load("r4.csv", """
            key,measure,value,unit,place,period,source,cites
            r4,trafficking-victims,2.4 million,persons,WLD,2025,ngo-report-2025,francis-2013-trafficked-wld

            """, in: dir)
    }

    @Test("a repeat of a 1995-2004 estimate filed under 2025 is no later figure, and covers 1995-2004, not 2025")
    func redatedRepeat() throws {
        try withTemporaryDirectory { dir in
            try redated(in: dir)
            let md = try brief(["--measure", "trafficking-victims"], in: dir)
            let age: [String] = md.split(separator: "\n").map(String.init).filter { $0.hasPrefix("- **Caution (age).**") }
            #expect(age == [
                "- **Caution (age).** Victims of trafficking in persons (estimated), World: the key figure, at least 2.45 million (ILO 2005 [1]), "
                    + "describes 1995-2004, a period that ended 22 years before this brief; no later figure of this measure and place is "
                    + "in the database. Say the period wherever the figure is quoted: it does not describe the situation now.",
            ], "\(md)")
            let gaps: [String] = md.split(separator: "\n").map(String.init).filter { $0.contains("no figure for") && $0.contains("reference year") }
            // The repeat filed under 2025 is named: the tables list it there (review of session 37).
            let named = " other than a repeat, which describes the period of the figure it repeats: 2.4 million, filed under 2025 "
                + "(Some NGO 2025 [4]), goes back to at least 2.45 million for 1995-2004 (ILO 2005 [1])."
            #expect(gaps == [
                "- Any measure in scope: no figure for 21 reference years (2005-2025)" + named,
                "- Victims of trafficking in persons (estimated): no figure for 21 reference years (2005-2025)" + named,
            ], "\(md)")
            // From 2020 only the repeat is in scope: it covers none of the years asked for.
            let from = try brief(["--measure", "trafficking-victims", "--from", "2020"], in: dir)
            let fromGaps: [String] = from.split(separator: "\n").map(String.init).filter { $0.contains("no figure for") && $0.contains("reference year") }
            let fromNamed = " other than a repeat, which describes the period of the figure it repeats: 2.4 million, filed under 2025 "
                + "(Some NGO 2025 [1]), goes back to at least 2.45 million for 1995-2004 (ILO 2005 [4])."
            #expect(fromGaps == [
                "- Any measure in scope: no figure for 6 reference years (2020-2025)" + fromNamed,
                "- Victims of trafficking in persons (estimated): no figure for 6 reference years (2020-2025)" + fromNamed,
            ], "\(from)")
        }
    }

    @Test("a repeat whose original is later is named as the later figure, with its original's period, not the one it is filed under")
    func laterOriginal() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try load("sources.csv", """
                key,kind,title,publisher,date
                survey-2001,report,Survey,Institute A,2001
                survey-2021,report,Survey,Institute B,2021
                blog-2022,report,Post,Blog,2022

                """, in: dir)
            try load("figures.csv", """
                key,measure,value,unit,place,period,sex,source,cites,method
                old,forced-labour,1000,persons,NPL,2000,total,survey-2001,,estimated
                women,forced-labour,500,persons,NPL,2020,female,survey-2021,,estimated
                repeat,forced-labour,500,persons,NPL,2021,total,blog-2022,women,reported

                """, in: dir)
            let md = try brief([], in: dir)
            let age: [String] = md.split(separator: "\n").filter { $0.hasPrefix("- **Caution (age).**") }.map(String.init)
            let expected: String =
                "- **Caution (age).** Forced labour, Nepal: the key figure, 1,000 (Institute A 2001 [1]), describes 2000, a period that "
                    + "ended 26 years before this brief; a later figure of this measure and place is in the tables below, but it repeats "
                    + "another figure, so not a key figure: 500 for 2020 (Blog 2022 [2]). Say the period wherever the figure is quoted: it "
                    + "does not describe the situation now."
            #expect(age == [expected], "\(md)")
            // The repeat covers 2020, its original's year, not 2021.
            let gap = "- Forced labour: no figure for 20 reference years (2001-2019, 2021) other than a repeat, which describes the period "
                + "of the figure it repeats: 500, filed under 2021 (Blog 2022 [2]), repeats 500 for 2020 (Institute B 2021 [3]).\n"
            #expect(md.contains(gap), "\(md)")
        }
    }
}
