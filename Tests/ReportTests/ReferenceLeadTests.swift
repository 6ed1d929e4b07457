import Report
import Storage
import Testing

/// A reader who meets `UNODC 2024b [3]` in the text must find "UNODC" and "2024b" at the head of
/// reference 3: labels and entries share their letters, names and abbreviations.
@Suite("reference entries start as their in-text labels")
struct ReferenceLeadTests {
    private func sample() throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        let unodc = "United Nations Office on Drugs and Crime"
        try scratch.source("unodc-2024-glotip", authors: unodc, publisher: unodc, published: "2024-12")
        try scratch.source("unodc-2024-brief", authors: nil, publisher: unodc, published: "2024-06")
        try scratch.source("unodc-2012-statement", kind: "statement", authors: "Fedotov, Yury", publisher: unodc, published: "2012-04-03")
        try scratch.source("francis", kind: "blog-post", authors: "Francis, Kate", publisher: "The Asia Foundation", published: "2013-02-06")
        try scratch.figure("a", measure: "detected-trafficking-victims", value: 50_000, source: "unodc-2024-glotip", method: "detected")
        try scratch.figure("b", measure: "detected-trafficking-victims", value: 47_000, period: ("2020", "2020"),
                           source: "unodc-2024-brief", method: "detected")
        try scratch.figure("c", measure: "trafficking-victims", value: 2_400_000, period: ("1995", "2004"),
                           source: "unodc-2012-statement", method: "reported")
        try scratch.figure("d", measure: "trafficking-victims", value: 2_400_000, period: ("1995", "2004"),
                           source: "francis", cites: "c", method: "reported")
        return scratch
    }

    @Test("labels and entries carry the same year letter, name and abbreviation; a statement leads with its issuer")
    func brief() throws {
        let brief = try sample().brief()
        #expect(brief.references.map { "\($0.label) [\($0.number)] \($0.text)" } == [
            "UNODC 2024b [1] United Nations Office on Drugs and Crime [UNODC] (2024b). Title of unodc-2024-glotip. December 2024.",
            "UNODC 2024a [2] United Nations Office on Drugs and Crime [UNODC] (2024a). Title of unodc-2024-brief. June 2024.",
            "Francis 2013 [3] Francis, Kate (2013). Title of francis [Blog post]. The Asia Foundation, 6 February 2013.",
            "UNODC 2012 [4] United Nations Office on Drugs and Crime [UNODC] (2012). Title of unodc-2012-statement [Statement]. "
                + "Delivered by Yury Fedotov. 3 April 2012.",
        ])
        let text = try BriefRenderer.render(brief, as: .md, chartStem: nil).text
        #expect(text.contains("| 47,000 |  | World | 2020 | all | detected | UNODC 2024a [2] | b |"))
        #expect(text.contains("[2] United Nations Office on Drugs and Crime \\[UNODC\\] (2024a). Title of unodc-2024-brief. June 2024.\n"))
        let html = try BriefRenderer.render(brief, as: .html, chartStem: nil).text
        #expect(html.contains("""
            <li id="ref-4" value="4">United Nations Office on Drugs and Crime [UNODC] (2012). <cite>Title of unodc-2012-statement</cite> \
            [Statement]. Delivered by Yury Fedotov. 3 April 2012. \
            <a class="back" href="#cite-4" aria-label="Back to the first citation of reference 4">Back to text</a></li>
            """))
    }

    @Test("report sources gives entries their letters too, 2024a before 2024b, a statement under its issuer")
    func sources() throws {
        let scratch = try sample()
        let text = try Bibliography(db: scratch.db).render(BriefFilters(), format: .md)
        #expect(text == """
            # Sources

            - Francis, Kate (2013). Title of francis \\[Blog post\\]. The Asia Foundation, 6 February 2013. (key: francis)
            - United Nations Office on Drugs and Crime \\[UNODC\\] (2012). Title of unodc-2012-statement \\[Statement\\]. \
            Delivered by Yury Fedotov. 3 April 2012. (key: unodc-2012-statement)
            - United Nations Office on Drugs and Crime \\[UNODC\\] (2024a). Title of unodc-2024-brief. June 2024. (key: unodc-2024-brief)
            - United Nations Office on Drugs and Crime \\[UNODC\\] (2024b). Title of unodc-2024-glotip. December 2024. (key: unodc-2024-glotip)

            """)
    }

    @Test("a publisher that ends with its own abbreviation is cited by it, and the entry does not repeat it")
    func givenAbbreviation() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("ctdc-v1", kind: "dataset", publisher: "Counter-Trafficking Data Collaborative (CTDC)",
                           published: "2024-03-01", url: "https://www.ctdatacollaborative.org/", accessed: "2026-11-30")
        try scratch.source("who", publisher: "World Health Organization (WHO)", published: "2020")
        // Not an abbreviation: lower case, one letter, or nothing before it.
        try scratch.source("odd", publisher: "Walk Free (data team)", published: "2021")
        try scratch.source("bare", publisher: "(UN)", published: "2022")
        try scratch.figure("a", measure: "detected-trafficking-victims", value: 40, source: "ctdc-v1", method: "derived")
        try scratch.figure("b", measure: "detected-trafficking-victims", value: 41, period: ("2020", "2020"), source: "who", method: "detected")
        try scratch.figure("c", measure: "detected-trafficking-victims", value: 42, period: ("2019", "2019"), source: "odd", method: "detected")
        try scratch.figure("d", measure: "detected-trafficking-victims", value: 43, period: ("2018", "2018"), source: "bare", method: "detected")
        let references = try scratch.brief().references.map { "\($0.label): \($0.text)" }.sorted()
        #expect(references == [
            "(UN) 2022: (UN) (2022). Title of bare.",
            "CTDC 2024: Counter-Trafficking Data Collaborative (CTDC) (2024). Title of ctdc-v1 [Dataset]. 1 March 2024. https://www.ctdatacollaborative.org/. Accessed 30 November 2026.",
            "WHO 2020: World Health Organization (WHO) (2020). Title of who.",
            "Walk Free (data team) 2021: Walk Free (data team) (2021). Title of odd.",
        ])
    }
}
