import Foundation
import Storage
import Testing

/// The brief's cautions as a user meets them: the Fixtures plus a few figures loaded with
/// `tipdb ingest`, and the brief printed by the built binary in Markdown, HTML and JSON.
@Suite("Brief cautions (built binary)")
struct BriefCautionCommandTests {
    /// Loads `sources` (CSV, with a header) and `figures` (CSV, with a header) over the Fixtures.
    private func addToFixtures(in dir: URL, sources: String, figures: String) throws {
        try makeFixtureDatabase(in: dir)
        try Data(sources.utf8).write(to: dir.appendingPathComponent("more-sources.csv"))
        try Data(figures.utf8).write(to: dir.appendingPathComponent("more-figures.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "more-sources.csv", "more-figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private func brief(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-11-29"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    private func warnings(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let comparability = object?["comparability"] as? [String: Any]
        return comparability?["warnings"] as? [[String: Any]] ?? []
    }

    private static let thinkTank = "key,kind,title,publisher,date\nthink,report,Forced labour counted again,Think Tank,2023\n"

    @Test("a think tank's 25 million beside ILO's 27.6 million for forced labour in the world, 2021: named in every format; its 28 million is a rounding, not named")
    func competingEstimates() throws {
        try withTemporaryDirectory { dir in
            try addToFixtures(in: dir, sources: Self.thinkTank, figures: """
                key,measure,value,unit,place,period,source,method
                think-fl-2021,forced-labour,25 million,persons,WLD,2021,think,estimated

                """)
            let filters = ["--measure", "forced-labour", "--place", "World", "--from", "2021"]
            let markdown = try brief(filters, in: dir)
            #expect(markdown.contains("""
                - **Caution (estimates).** Forced labour in the world, 2021: ILO et al. 2022 [2] gives 27.6 million and Think Tank \
                2023 [1] gives 25 million; they differ beyond rounding. The key figure, 25 million from Think Tank 2023, is \
                chosen by rule: of primary estimates for the same period, the most recently published source is taken, which is no \
                judgement that its estimate is the better one. Say that the sources disagree when citing either.\n
                """), "\(markdown)")
            let html = try brief(filters + ["--format", "html"], in: dir)
            #expect(html.contains("<p class=\"warning\"><strong>Caution (estimates).</strong> Forced labour in the world, 2021: "))
            let json = try warnings(try brief(filters + ["--format", "json"], in: dir))
            let warning = try #require(json.first { $0["kind"] as? String == "estimates" })
            #expect(warning["figures"] as? [String] == ["ilo-wf-iom-2022-forced-labour-wld", "think-fl-2021"])
            // The key figure cited Think Tank 2023 first; the caution lists the older source first.
            #expect(warning["citations"] as? [Int] == [2, 1])
        }
    }

    @Test("28 million for ILO's 27.6 million is a rounding: no caution")
    func roundedEstimate() throws {
        try withTemporaryDirectory { dir in
            try addToFixtures(in: dir, sources: Self.thinkTank, figures: """
                key,measure,value,unit,place,period,source,method
                think-fl-2021,forced-labour,28 million,persons,WLD,2021,think,estimated

                """)
            let markdown = try brief(["--measure", "forced-labour", "--place", "World"], in: dir)
            #expect(!markdown.contains("Caution (estimates)"))
            #expect(try warnings(try brief(["--format", "json"], in: dir)).allSatisfy { $0["kind"] as? String != "estimates" })
        }
    }

    @Test("a subgroup larger than its total: the brief cautions about the pair tipdb check warns about, in every format")
    func subgroupAboveTotal() throws {
        try withTemporaryDirectory { dir in
            try addToFixtures(in: dir, sources: "key,kind,title,publisher,date\nocrteh,report,Victims identified,Office central,2021\n", figures: """
                key,measure,value,unit,place,period,sex,age_group,source,method
                fra-2020,detected-trafficking-victims,80,persons,FRA,2020,total,total,ocrteh,detected
                fra-2020-women,detected-trafficking-victims,150,persons,FRA,2020,female,total,ocrteh,detected
                fra-2020-children,detected-trafficking-victims,30,persons,FRA,2020,total,children,ocrteh,detected

                """)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("fra-2020-women (150) > fra-2020 (80)"), "\(check.stdout)")
            let markdown = try brief(["--place", "France"], in: dir)
            #expect(markdown.contains("""
                - **Caution (subgroups).** Detected victims of trafficking in France, 2020, Office central 2021 [1]: the \
                subgroup female (150) is larger than the total it is part of (80). Both are kept as published, but a part \
                cannot be larger than its whole: one of the two counts something else or is wrong. Say so when citing either.\n
                """), "\(markdown)")
            #expect(!markdown.contains("(30) is larger"))
            let html = try brief(["--place", "France", "--format", "html"], in: dir)
            #expect(html.contains("<p class=\"warning\"><strong>Caution (subgroups).</strong> Detected victims of trafficking in France, 2020, "))
            let json = try warnings(try brief(["--place", "France", "--format", "json"], in: dir))
            #expect(json.filter { $0["kind"] as? String == "subgroups" }.map { $0["figures"] as? [String] } == [["fra-2020-women", "fra-2020"]])
            // Out of scope (World and its countries, from 2021), no caution.
            #expect(!(try brief(["--place", "World", "--from", "2021"], in: dir)).contains("Caution (subgroups)"))
        }
    }

    @Test("detected victims in France for December 2020 and for 2020: the brief says a month's count is not comparable with a year's, in every format")
    func periodsOfDifferentLength() throws {
        try withTemporaryDirectory { dir in
            try addToFixtures(in: dir, sources: "key,kind,title,publisher,date\nocrteh,report,Victims identified,Office central,2021\n", figures: """
                key,measure,value,unit,place,period,source,method
                fra-2020-12,detected-trafficking-victims,40,persons,FRA,2020-12,ocrteh,detected
                fra-2020,detected-trafficking-victims,500,persons,FRA,2020,ocrteh,detected

                """)
            let markdown = try brief(["--place", "France"], in: dir)
            #expect(markdown.contains("""
                - **Caution (periods).** Detected victims of trafficking in France: periods of one month (December 2020) and one \
                year (2020) are mixed; a month's count is not comparable with a year's.\n
                """), "\(markdown)")
            let html = try brief(["--place", "France", "--format", "html"], in: dir)
            #expect(html.contains("<p class=\"warning\"><strong>Caution (periods).</strong> Detected victims of trafficking in France: "))
            let json = try warnings(try brief(["--place", "France", "--format", "json"], in: dir))
            #expect(json.filter { $0["kind"] as? String == "periods" }.map { $0["figures"] as? [String] } == [["fra-2020", "fra-2020-12"]])
            // The Fixtures' own counts are all for whole years: no such caution for World's counts. ILO 2005's profits
            // for 1995-2004, the key figure, are a yearly amount over ten years, as the brief writes them: no caution
            // of either kind (session 33: "an amount over ten years (1995-2004), not one year" was false).
            let world = try brief(["--place", "World", "--to", "2019"], in: dir)
            let periods: [Substring] = world.split(separator: "\n").filter { $0.hasPrefix("- **Caution (period") }
            #expect(periods == [], "\(world)")
        }
    }

    @Test("two GLOTIP exports are one series: the data gaps say that no independent source confirms the detected victims, and name both releases")
    func vintagesAreOneSource() throws {
        let samples = repositoryRoot.appendingPathComponent("Tests/IngestTests/Datasets")
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for export in ["glotip_2024.csv", "glotip_2025.csv"] {
                let load = try Tipdb.run(["ingest", "--quiet", samples.appendingPathComponent(export).path], in: dir)
                #expect(load.status == 0, "\(load.stderr)")
            }
            // Figures of both releases are in scope: the 2024 export's that the 2025 one no longer holds, and the rest.
            let sources = try Tipdb.run(["sql", "SELECT DISTINCT source FROM figures WHERE measure = 'detected-trafficking-victims' ORDER BY 1", "--format", "csv"], in: dir)
            #expect(sources.stdout == "source\r\nunodc-glotip-2024-11-30\r\nunodc-glotip-2025-04-14\r\n")
            let markdown = try brief(["--measure", "detected-trafficking-victims"], in: dir)
            let line = markdown.components(separatedBy: "\n").first { $0.hasPrefix("- Detected victims of trafficking: ") }
            #expect(line == "- Detected victims of trafficking: all 11 figures with a traceable origin go back to one series, "
                + "unodc-glotip, through its releases UNODC 2024 [2] and UNODC 2025 [1]: vintages of one export are not "
                + "independent sources, so no independent source confirms them.", "\(markdown)")
            let html = try brief(["--measure", "detected-trafficking-victims", "--format", "html"], in: dir)
            #expect(html.contains("<li>Detected victims of trafficking: all 11 figures with a traceable origin go back to one series, unodc-glotip, "))
            let json = try JSONSerialization.jsonObject(with: Data(try brief(["--measure", "detected-trafficking-victims", "--format", "json"], in: dir).utf8)) as? [String: Any]
            let singles = (json?["gaps"] as? [String: Any])?["singleSourceMeasures"] as? [[String: Any]]
            #expect(singles?.map { $0["source"] as? String } == ["unodc-glotip-2025-04-14"])
            #expect(singles?.map { $0["figureCount"] as? Int } == [11])
        }
    }

    @Test("publication dates that cannot be ordered (2019-05 against 2019, or none): the caution says which came out last is not known; the key figure is latest_estimates'")
    func unorderedPublicationDates() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,title,publisher,date
                a-nodate,Undated report,Org A,
                b-2019,Report B,Org B,2019
                c-2019-05,Report C,Org C,2019-05
                d-2019,Report D,Org D,2019

                """.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data("""
                key,measure,value,unit,place,period,source
                fa,forced-labour,1000,persons,NOR,2018,a-nodate
                fb,forced-labour,2000,persons,NOR,2018,b-2019
                fc,forced-labour,3000,persons,NOR,2018,c-2019-05
                fd,forced-labour,4000,persons,NOR,2018,d-2019
                hb,forced-marriage,500,persons,SWE,2018,d-2019
                hd,forced-marriage,700,persons,SWE,2018,b-2019

                """.utf8).write(to: dir.appendingPathComponent("f.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir).status == 0)
            let markdown = try brief([], in: dir)
            #expect(markdown.contains("The key figure, 3,000 from Org C 2019, is chosen by rule: of primary estimates for the same period, the one "
                + "whose publication date sorts last as written is taken (May 2019), but which source was published last is not known: "
                + "Org B 2019 and Org D 2019 give only 2019 and Org A n.d. gives no date, which is no judgement that its estimate is "
                + "the better one."), "\(markdown)")
            #expect(markdown.contains("The key figure, 500 from Org D 2019, is chosen by rule: of primary estimates for the same period, published "
                + "in the same year (2019), the one whose key sorts first (hb) is taken"), "\(markdown)")
            #expect(!markdown.contains("most recently published"), "\(markdown)")
            let view = try Tipdb.run(["sql", "SELECT figure FROM latest_estimates ORDER BY figure", "--format", "csv"], in: dir)
            #expect(view.stdout == "figure\r\nfc\r\nhb\r\n", "\(view.stdout)")
        }
    }

    @Test("detected victims beside convicted persons and no prevalence estimate: the counts caution names no prevalence estimate, and says they are different stages of the justice process")
    func countsWithoutPrevalence() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let markdown = try brief(["--measure", "detected-trafficking-victims", "--measure", "persons-convicted"], in: dir)
            #expect(markdown.contains("""
                - **Caution (counts).** This brief puts side by side counts of detected victims, which count only the people who \
                came to the attention of authorities or organisations (Detected victims of trafficking) and criminal-justice \
                counts, which count cases, suspects or offenders handled by police and courts (Persons convicted of trafficking). \
                Detected and criminal-justice counts rise and fall with detection capacity, law and reporting, so a fall can mean \
                less detection rather than less exploitation. Counts of detected victims and criminal-justice counts count \
                different stages of the justice process, not the same people: victims on one side, cases, suspects or offenders \
                on the other, so neither is a share of the other.\n
                """), "\(markdown)")
            let counts = markdown.split(separator: "\n").filter { $0.hasPrefix("- **Caution (counts).**") }
            #expect(counts.count == 1 && !counts.joined().contains("prevalence"), "\(counts)")
            // With the prevalence estimates in scope, they are named, and so is the stage of the justice process.
            let whole = try brief([], in: dir)
            #expect(whole.contains("they are neither a share nor a lower bound of the prevalence estimates, and must not be compared "
                + "with them as if they counted the same people. Counts of detected victims and criminal-justice counts count "
                + "different stages of the justice process"), "\(whole)")
        }
    }

    @Test("a minimum and a maximum are written with their bound in the cautions, as the tables write them: at least 12.3 million, up to 47,000")
    func boundsInCautions() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let markdown = try brief([], in: dir)
            #expect(markdown.contains("| 1995-2004 | at least 12.3 million |  | ILO 2005 [3] |"), "\(markdown)")
            #expect(markdown.contains("- **Caution (methods).** Forced labour, World: the 4 figures at least 12.3 million (1995-2004, "
                + "ILO 2005 [3]), 20.9 million (2002-2011, ILO 2012 [2]), 24.9 million (2016, ILO and Walk Free Foundation 2017 [9]) and 27.6 million "
                + "(2021, ILO et al. 2022 [1]) come from 4 different studies or sources."), "\(markdown)")
            #expect(markdown.contains("- **Caution (methods).** Forced commercial sexual exploitation, World: the 4 figures at least "
                + "1.4 million (1995-2004, ILO 2005 [3]), 4.5 million"), "\(markdown)")
            #expect(markdown.contains("- **Caution (methods).** Detected victims of trafficking, World: the 3 figures 50,000 (2018, "
                + "UNODC 2021 [10]), up to 50,000 (2019, UNODC 2023 [4]) and up to 47,000 (2020, UNODC 2023 [4]) come from 2 editions "
                + "of one producer's series"), "\(markdown)")
            #expect(markdown.contains("- **Caution (age).** Detected victims of trafficking, World: the key figure, up to 47,000 "
                + "(UNODC 2023 [4]), describes 2020"), "\(markdown)")
            #expect(!markdown.contains("the 4 figures 12.3 million"), "\(markdown)")
        }
    }

    @Test("US$10,000 per person beside US$236 billion: the units caution says an amount per person is not a total amount")
    func perPersonUnit() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let markdown = try brief([], in: dir)
            #expect(markdown.contains("- **Caution (units).** Illegal profits from forced labour is given in 4 different units (US "
                + "dollars, change in US dollars, US dollars per person and percent change): an amount of money and a change are "
                + "different quantities, and an amount per person is not a total amount; compare figures only within one unit.\n"),
                "\(markdown)")
            // Money alone, in the two units: the one thing to say.
            try Data("""
                key,measure,value,unit,place,period,source,method
                p-total,forced-labour-profits,2 billion,USD,FRA,2021,ilo-2024-profits-poverty,estimated
                p-each,forced-labour-profits,"9,000",USD-per-person,FRA,2021,ilo-2024-profits-poverty,estimated

                """.utf8).write(to: dir.appendingPathComponent("france.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "france.csv"], in: dir).status == 0)
            let france = try brief(["--place", "France", "--measure", "forced-labour-profits"], in: dir)
            #expect(france.contains("- **Caution (units).** Illegal profits from forced labour is given in 2 different units (US "
                + "dollars and US dollars per person): an amount per person is not a total amount; compare figures only within one unit.\n"),
                "\(france)")
        }
    }
}
