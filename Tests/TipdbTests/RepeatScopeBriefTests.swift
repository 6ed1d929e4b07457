import Foundation
import Testing

/// A repeat that changed the measure, place or period of what it repeats, as the brief's data
/// gaps, age and jump cautions read it (review of session 36, items 1 and 3): such a repeat is
/// another claim, which its original's source never made; as a repeat, it is in no series whose
/// jumps the brief names (review of session 38).
@Suite("a repeat that changed its measure, place or period is not traced to its original, nor a later figure or a figure of a series (built binary)")
struct RepeatScopeBriefTests {
    /// Okafor 2023's 1.6 million in forced labour in Nigeria for 2022 (a 95% interval), and a blog
    /// that repeats it for Ghana, as victims of trafficking in Nigeria, and as Nigeria's for 2024;
    /// `extra` rows after them.
    private func database(in dir: URL, extra: String = "") throws {
        try Data("""
            key,kind,title,authors,publisher,date,url,accessed
            survey-2023,report,Forced labour in Nigeria: a household survey,"Okafor, Ngozi",Journal of Human Trafficking,2023-06,https://example.org/s,2026-12-01
            blog-2024,blog-post,Forced labour is rising,"Smith, Jane",Rights Blog,2024-05,https://example.org/b,2026-12-01
            news-2023,news,Two million Nigerians in forced labour,,Daily Times Nigeria,2023-07-14,https://example.org/n,2026-12-01
            unesco-2006,report,Human trafficking in Nigeria,,UNESCO,2006,https://example.org/u,2026-12-01

            """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(("""
            key,measure,value,low,high,ci_level,unit,place,period,source,locator,cites
            ng-fl-2022,forced-labour,1.6 million,1.2 million,2 million,95,persons,NGA,2022,survey-2023,Table 3,
            gh-fl-2022,forced-labour,1.6 million,,,,persons,GHA,2022,blog-2024,para 2,ng-fl-2022

            """ + extra).utf8).write(to: dir.appendingPathComponent("figures.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        for file in ["sources.csv", "figures.csv"] {
            let load = try Tipdb.run(["ingest", "--quiet", file], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
        }
    }

    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-12-03"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("Ghana's only figure, a blog's repeat of Okafor 2023's estimate for Nigeria, is not credited to Okafor 2023")
    func movedPlace() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let markdown = try brief(["--place", "Ghana"], in: dir)
            #expect(markdown.contains("""
                - Forced labour: no figure in scope has a traceable origin of its own: the one repeat of a traceable figure, \
                1.6 million (Smith 2024 [1]), changes what it repeats from Okafor 2023 [2]: the place (Ghana, not Nigeria). \
                Okafor 2023 published no such figure, and no source in the database confirms it.

                """), "\(markdown)")
            #expect(!markdown.contains("goes back to one source"), "\(markdown)")
        }
    }

    @Test("a repeat that changed the measure or the period is not traced to its original either; Okafor's own figure still is")
    func movedMeasureAndPeriod() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir, extra: """
                ng-tv-2022,trafficking-victims,1.6 million,,,,persons,NGA,2022,blog-2024,para 3,ng-fl-2022
                ng-fl-2024,forced-labour,1.6 million,,,,persons,NGA,2024,blog-2024,para 4,ng-fl-2022

                """)
            let measure = try brief(["--measure", "trafficking-victims"], in: dir)
            #expect(measure.contains("""
                - Victims of trafficking in persons (estimated): no figure in scope has a traceable origin of its own: the one \
                repeat of a traceable figure, 1.6 million (Smith 2024 [1]), changes what it repeats from Okafor 2023 [2]: the \
                measure (Victims of trafficking in persons (estimated), not Forced labour). Okafor 2023 published no such figure, \
                and no source in the database confirms it.

                """), "\(measure)")
            let period = try brief(["--place", "Nigeria", "--measure", "forced-labour", "--from", "2024"], in: dir)
            #expect(period.contains("""
                - Forced labour: no figure in scope has a traceable origin of its own: the one repeat of a traceable figure, \
                1.6 million (Smith 2024 [1]), changes what it repeats from Okafor 2023 [2]: the period (2024, not 2022). \
                Okafor 2023 published no such figure, and no source in the database confirms it.

                """), "\(period)")
            // Nigeria's forced labour: Okafor 2023's own figure is the one traced; the repeat for 2024 is not counted.
            let nigeria = try brief(["--place", "Nigeria", "--measure", "forced-labour"], in: dir)
            #expect(nigeria.contains(
                "- Forced labour: the one figure with a traceable origin goes back to one source, Okafor 2023 [1]; no independent source confirms it.\n"),
                "\(nigeria)")
        }
    }

    @Test("a newspaper's repeat of a forced-labour estimate as victims of trafficking is no later figure, and no figure of a series that jumps")
    func movedMeasureInCautions() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir, extra: """
                ng-tv-2003,trafficking-victims,40000,,,,persons,NGA,2003,unesco-2006,p. 12,
                news-tv-2022,trafficking-victims,1.6 million,,,,persons,NGA,2022,news-2023,para 3,ng-fl-2022

                """)
            let markdown = try brief(["--place", "Nigeria", "--measure", "trafficking-victims"], in: dir)
            #expect(markdown.contains("""
                - **Caution (age).** Victims of trafficking in persons (estimated), Nigeria: the key figure, 40,000 (UNESCO 2006 [1]), \
                describes 2003, a period that ended 23 years before this brief; no later figure of this measure and place is in the \
                database. Say the period wherever the figure is quoted: it does not describe the situation now.

                """), "\(markdown)")
            // A repeat is in no series (`SeriesJump.takesPart`): its 40-fold distance from UNESCO's 40,000 is no jump, and
            // what it changed is flagged with it.
            #expect(!markdown.contains("Caution (jumps)"), "\(markdown)")
            #expect(markdown.contains("""
                - **Flag:** 1.6 million (Daily Times Nigeria 2023 [2]) repeats Okafor 2023 [3] (1.6 million; 1.2 to 2 million, 95% \
                interval; measuring forced labour not victims of \
                trafficking in persons (estimated)): an estimate for 2022. Daily Times \
                Nigeria 2023 changes what it repeats from Okafor 2023: the range (none given, not 1.2 to 2 million (95% interval)), \
                the measure (Victims of trafficking in persons (estimated), not Forced labour).

                """), "\(markdown)")
            #expect(!markdown.contains("unit slip (thousands written as units"), "\(markdown)")
            #expect(!markdown.contains("a later figure of this measure and place is in the tables below"), "\(markdown)")
        }
    }
}
