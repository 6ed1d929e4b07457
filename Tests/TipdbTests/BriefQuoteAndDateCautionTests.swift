import Foundation
import Testing

/// Check's warnings about a figure's own quote (`quote-contradicts-value`) and a source's own dates
/// (`accessed-before-publication`) reach the brief as cautions: before session 54 a brief cited
/// 1,578 beside a quote reading 1,857, and printed a source accessed months before it was
/// published, without a word, though ingest and check warned of both.
@Suite("brief: cautions about a quote contradicting its figure and a source read before publication (built binary)")
struct BriefQuoteAndDateCautionTests {
    static let sources = """
        key,title,authors,publisher,date,url,accessed
        tip-2024,2024 Trafficking in Persons Report,U.S. Department of State,U.S. Department of State,2024-06-24,https://www.state.gov/x,2024-01-05

        """

    static let figures = """
        key,measure,value,unit,place,period,source,locator,quote
        nga,detected-trafficking-victims,1578,persons,NGA,2023,tip-2024,p. 1,"the government identified 1,857 trafficking victims"
        gbr,detected-trafficking-victims,17004,persons,GBR,2023,tip-2024,p. 2,"17,004 potential victims were referred in 2023"

        """

    static let quoteCaution = "Detected victims of trafficking, Nigeria, 2023 (all), U.S. Department of State 2024 [1]: the figure 1,578 (nga) "
        + "is stored with a quote that states 1,857, which is not its number (quote-contradicts-value). Either the number was mistyped "
        + "or the quote is of another number; check both against the source before citing the figure or its quote."

    static let dateCaution = "U.S. Department of State 2024 [1] was accessed on 2024-01-05, before it was published (2024-06-24) "
        + "(accessed-before-publication). One of the two dates is wrong: a typo, the day an earlier version or edition was read, "
        + "or the date of a later edition; check both against the source before citing it."

    @Test("Markdown, HTML and JSON caution about the figure whose quote states another number and the source read before it appeared; not about the figure whose quote agrees")
    func cautions() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "fig.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let markdown = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(markdown.status == 0, "\(markdown.stderr)")
            #expect(markdown.stdout.contains("- **Caution (quotes).** \(Self.quoteCaution)\n"), "\(markdown.stdout)")
            #expect(markdown.stdout.contains("- **Caution (dates).** \(Self.dateCaution)\n"), "\(markdown.stdout)")
            #expect(!markdown.stdout.contains("(gbr) is stored with a quote"), "\(markdown.stdout)")
            let html = try Tipdb.run(["report", "brief", "--format", "html", "--date", "2026-12-06"], in: dir)
            #expect(html.status == 0, "\(html.stderr)")
            #expect(html.stdout.contains("<strong>Caution (quotes).</strong> Detected victims of trafficking, Nigeria, 2023 (all), "), "\(html.stdout)")
            #expect(html.stdout.contains("is stored with a quote that states 1,857, which is not its number (quote-contradicts-value)."), "\(html.stdout)")
            #expect(html.stdout.contains("<strong>Caution (dates).</strong> "), "\(html.stdout)")
            #expect(html.stdout.contains("was accessed on 2024-01-05, before it was published (2024-06-24) (accessed-before-publication)."), "\(html.stdout)")
            let json = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-12-06"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let comparability = try #require(object["comparability"] as? [String: Any])
            let warnings = try #require(comparability["warnings"] as? [[String: Any]])
            let quotes = warnings.filter { $0["kind"] as? String == "quotes" }
            #expect(quotes.map { $0["text"] as? String } == [Self.quoteCaution], "\(warnings)")
            #expect(quotes.first?["figures"] as? [String] == ["nga"], "\(warnings)")
            #expect(quotes.first?["citations"] as? [Int] == [1], "\(warnings)")
            #expect(warnings.filter { $0["kind"] as? String == "dates" }.map { $0["text"] as? String } == [Self.dateCaution], "\(warnings)")
        }
    }
}
