import Foundation
import Testing

/// A change over years set beside the levels at its ends, in the brief and in search (review of session 54).
extension TrendEditionsTests {
    @Test("a change over years whose ends the brief holds levels for is set beside them, and given like for like")
    func changeBesideLevels() throws {
        try withTemporaryDirectory { dir in
            try Self.loadTwoEditions(in: dir)
            try Self.write("sources.csv", """
                key,title,publisher,date,url
                news-2024,Trafficking up 80 percent in Germany,Die Zeitung,2024-12-15,https://example.org/news

                """, in: dir)
            try Self.write("figures.csv", """
                key,measure,value,unit,place,period,source,locator
                news-deu,detected-trafficking-victims,80,percent-change,DEU,2012-2023,news-2024,para 2

                """, in: dir)
            #expect(try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--place", "DEU"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("- **Caution (changes).** Detected victims of trafficking in Germany, 2012-2023: Die Zeitung 2024 ["),
                    "\(brief.stdout)")
            #expect(brief.stdout.contains("gives up 80%. The levels this brief holds for its ends: 2012: 612 (UNODC 2023 ["), "\(brief.stdout)")
            #expect(brief.stdout.contains("Like for like (one data collection, whole years) they give up 19% (612 to 726, UNODC 2023 ["),
                    "\(brief.stdout)")
            // Search takes a change as a figure for its two ends, not for the years between.
            let search = try Tipdb.run(["search", "germany", "2019"], in: dir)
            #expect(search.status == 0, "\(search.stderr)")
            #expect(search.stdout.contains("2019: 505 (revised from 427) — UNODC 2024"), "\(search.stdout)")
            #expect(!search.stdout.contains("news-deu"), "\(search.stdout)")
            let end = try Tipdb.run(["search", "germany", "2023"], in: dir)
            #expect(end.stdout.contains("news-deu"), "\(end.stdout)")
        }
    }
}
