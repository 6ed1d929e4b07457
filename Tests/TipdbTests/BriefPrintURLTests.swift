import Foundation
import Testing

/// On paper, the HTML brief prints each link's address after it; a reference whose link text is
/// already its address must not print it twice (review R6: "https://example.org/mse
/// (https://example.org/mse)").
@Suite("The HTML brief prints each reference URL once (built binary)")
struct BriefPrintURLTests {
    @Test("a link that reads as its own address is marked url, and print adds nothing after it; a DOI is its doi.org address, printed once")
    func urlOnce() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,title,publisher,date,url,doi
                web,Report on the web,Institute A,2019,https://example.org/report,
                doi,Report with a DOI,Institute B,2020,https://example.org/other,10.1000/xyz.2020

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                measure,value,place,period,source
                detected-trafficking-victims,120,GBR,2018,web
                detected-trafficking-victims,130,GBR,2019,doi

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let html = try Tipdb.run(["report", "brief", "--format", "html", "--date", "2026-11-30", "-o", "-"], in: dir)
            #expect(html.status == 0, "\(html.stderr)")
            #expect(html.stdout.contains("a.url::after { content: none; }"))
            let links = html.stdout.components(separatedBy: "<a ").dropFirst().map { String($0.prefix { $0 != "<" }) }
            let selfNamed = links.filter { link in
                guard let start = link.range(of: "href=\""), let end = link[start.upperBound...].firstIndex(of: "\"") else { return false }
                let url = link[start.upperBound..<end]
                return url.hasPrefix("http") && link.hasSuffix(">" + url)
            }
            // Both sources' URLs, and the DOI written as its https://doi.org address, as APA writes it.
            #expect(selfNamed.count == 3, "\(links)")
            #expect(selfNamed.allSatisfy { $0.hasPrefix("class=\"url\" ") }, "\(selfNamed.filter { !$0.hasPrefix("class=\"url\" ") })")
            #expect(html.stdout.contains("href=\"https://doi.org/10.1000/xyz.2020\">https://doi.org/10.1000/xyz.2020</a>"))
        }
    }
}
