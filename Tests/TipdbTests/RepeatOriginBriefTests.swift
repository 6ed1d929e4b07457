import Foundation
import Testing

/// Repeats whose chain ends at a figure of another measure, as the brief's comparability and data
/// gaps name them (review of session 39, items 2 and 4): a factsheet's "detected victims" in
/// Bangladesh that is Walk Free's modern-slavery estimate, listed beside police counts under
/// "Nothing here mixes estimates with detected counts"; and a factsheet that repeats the Times of
/// India's 11 million faithfully, named in the data gaps as the source that turned Walk Free's
/// modern slavery into trafficking.
@Suite("repeats of another measure's figure: named in comparability and data gaps with their origin and the source that changed them (built binary)")
struct RepeatOriginBriefTests {
    /// Walk Free's estimates for India and Bangladesh, Bangladesh Police's count for 2022, the
    /// Times of India repeating India's as victims of trafficking, and a factsheet repeating the
    /// newspaper and Bangladesh's estimate as detected victims.
    private func database(in dir: URL) throws {
        try Data("""
            key,kind,title,authors,publisher,date,url,accessed
            wf-2023,report,Global Slavery Index 2023,Walk Free,Walk Free,2023-05,https://example.org/w,2026-11-30
            bd-police-2023,dataset,Monthly counter-trafficking statistics,,Bangladesh Police,2023-12,https://example.org/p,2026-11-30
            toi-2023,article,Eleven million Indians trafficked,Gupta,Times of India,2023-07-30,https://example.org/t,2026-11-30
            ngo-2024,report,Trafficking in South Asia factsheet,,South Asia Anti-Trafficking Network,2024-02,https://example.org/n,2026-11-30

            """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data("""
            key,measure,value,unit,place,period,source,locator,cites,method
            gsi23-ind,modern-slavery,11050000,persons,IND,2021,wf-2023,p. 1,,estimated
            gsi23-bgd,modern-slavery,1162000,persons,BGD,2021,wf-2023,p. 2,,estimated
            bd-2022,detected-trafficking-victims,1300,persons,BGD,2022,bd-police-2023,table 1,,detected
            toi-ind,trafficking-victims,11 million,persons,IND,2021,toi-2023,para 1,gsi23-ind,reported
            ngo-ind,trafficking-victims,11 million,persons,IND,2021,ngo-2024,p. 3,toi-ind,reported
            ngo-bgd,detected-trafficking-victims,1162000,persons,BGD,2021,ngo-2024,p. 4,gsi23-bgd,reported

            """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-12-04"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("the data gaps name the newspaper that changed the measure, not the factsheet that repeats it as it stands")
    func changeNamedAtItsLink() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let markdown = try brief(["--measure", "trafficking-victims"], in: dir)
            let gaps = markdown.components(separatedBy: "## Data gaps\n\n").last?.components(separatedBy: "\n## ").first ?? ""
            #expect(gaps.contains("""
                - Victims of trafficking in persons (estimated): no figure in scope has a traceable origin of its own: the 2 repeats \
                of traceable figures each differ from the figure they go back to: 11 million (South Asia Anti-Trafficking Network \
                2024 [1]) repeats Gupta 2023 [3], which changes what it repeats from Walk Free 2023 [2]: the measure (Victims of \
                trafficking in persons (estimated), not Modern slavery); 11 million (Gupta 2023 [3]) changes what it repeats from \
                Walk Free 2023 [2]: the measure (Victims of trafficking in persons (estimated), not Modern slavery). Their \
                originals' sources published no such figures, and no source in the database confirms them.

                """), "\(gaps)")
            #expect(!gaps.contains("South Asia Anti-Trafficking Network 2024 [1]) changes"), "\(gaps)")
            // Comparability, which cites Walk Free first, flags both as another concept's figure.
            #expect(markdown.contains("""
                - **Caution (concepts).** Victims of trafficking in persons (estimated), India: 11 million (Gupta 2023 [3]) is listed \
                under this measure but goes back to a figure of Modern slavery, 11.05 million for 2021 (Walk Free 2023 [2]): another \
                concept, modern slavery, not trafficking in persons. It must not be compared with the figures beside it as if it \
                counted the same people.

                """), "\(markdown)")
            // The lineage section says the same of each link.
            #expect(markdown.contains("Gupta 2023 changes what it repeats from Walk Free 2023: the measure"), "\(markdown)")
        }
    }

    @Test("a detected-victims brief flags the repeat of a modern-slavery estimate in Comparability and names its origin in the data gaps")
    func estimateAmongDetectedCounts() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let markdown = try brief(["--measure", "detected-trafficking-victims"], in: dir)
            #expect(markdown.contains("""
                ## Comparability

                - **Caution (counts).** Detected victims of trafficking, Bangladesh: 1.162 million (South Asia Anti-Trafficking \
                Network 2024 [2]) is listed under this measure but goes back to a figure of Modern slavery, 1.162 million for 2021 \
                (Walk Free 2023 [3]): a prevalence estimate, not a count of detected victims, and of another concept, modern \
                slavery, not trafficking in persons. It must not be compared with the figures beside it as if it counted the same \
                people.

                """), "\(markdown)")
            #expect(!markdown.contains("Nothing here mixes"), "\(markdown)")
            #expect(markdown.contains("""
                - Detected victims of trafficking: the one figure with a traceable origin goes back to one source, Bangladesh \
                Police 2023 [1]; no independent source confirms it.
                - Detected victims of trafficking: the one repeat of a figure of another measure, place or period has no \
                traceable origin of its own here: 1.162 million (South Asia Anti-Trafficking Network 2024 [2]) changes what it \
                repeats from Walk Free 2023 [3]: the measure (Detected victims of trafficking, not Modern slavery). Walk Free \
                2023 published no such figure.

                """), "\(markdown)")

            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-04", "--measure", "detected-trafficking-victims", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let warnings = (object?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
            #expect(warnings.map { $0["kind"] as? String } == ["counts"], "\(warnings)")
            #expect(warnings.first?["figures"] as? [String] == ["ngo-bgd", "gsi23-bgd"], "\(warnings)")
        }
    }
}
