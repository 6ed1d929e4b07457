import Foundation
import Testing

/// A year whose only figure is a repeat has no figure of its own (a repeat describes its
/// original's period): the data gaps say so, naming the repeat the tables list there and what it
/// repeats, alike in Markdown, HTML and JSON.
@Suite("Data gaps name the repeats filed under years without a figure of their own (built binary)")
struct BriefRepeatGapTests {
    static let measureGap = [
        "Modern slavery: no figure for 3 reference years (2020-2022) other than a repeat, which describes the ",
        "period of the figure it repeats: 600,000, filed under 2022 (Smith 2022 [3]), repeats 610,000 for 2019 (Okafor and Tran 2020 [1]).",
    ].joined()

    @Test("Thailand's 2022 repeat of a 2019 survey: named in the gap sentence of every format, its key in JSON")
    func thailand() throws {
        try withTemporaryDirectory { dir in
            try BriefIndependentEstimatesTests.makeThailand(in: dir)
            let markdown = try Tipdb.run(["report", "brief", "--place", "THA", "--date", "2026-12-03"], in: dir)
            #expect(markdown.status == 0, "\(markdown.stderr)")
            let gapLines = [
                "- Any measure in scope: no figure for 3 reference years (2020-2022) other than a repeat, ",
                "which describes the period of the figure it repeats: 600,000, filed under 2022 (Smith 2022 [3]), repeats 610,000 for ",
                "2019 (Okafor and Tran 2020 [1]).\n- ", Self.measureGap, "\n",
            ].joined()
            #expect(markdown.stdout.contains(gapLines), "\(markdown.stdout)")
            // The table still lists the repeat under 2022: the two now agree.
            #expect(markdown.stdout.contains("| 600,000 |  | Thailand | 2022 | all |"))

            let html = try Tipdb.run(["report", "brief", "--place", "THA", "--format", "html", "--date", "2026-12-03"], in: dir)
            let item = [
                "<li>Modern slavery: no figure for 3 reference years (2020-2022) other than a repeat, which ",
                "describes the period of the figure it repeats: 600,000, filed under 2022 (Smith 2022 <a href=\"#ref-3\" aria-label=\"Reference 3: Smith 2022\">[3]</a>), ",
                "repeats 610,000 for 2019 (Okafor and Tran 2020 <a href=\"#ref-1\" aria-label=\"Reference 1: Okafor and Tran 2020\">[1]</a>).</li>",
            ].joined()
            #expect(html.stdout.contains(item), "\(html.stdout)")

            let json = try Tipdb.run(["report", "brief", "--place", "THA", "--format", "json", "--date", "2026-12-03"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let gaps = try #require(object["gaps"] as? [String: Any])
            let sentences = gaps["sentences"] as? [String] ?? []
            #expect(sentences.contains(Self.measureGap), "\(sentences)")
            let years = gaps["yearsWithoutFigures"] as? [[String: Any]] ?? []
            let repeats: [[String]?] = years.map { $0["repeats"] as? [String] }
            #expect(repeats == [["news-ms-tha"], ["news-ms-tha"]])
            let spans: [String?] = years.map { $0["years"] as? String }
            #expect(spans == ["2020-2022", "2020-2022"])
        }
    }

    @Test("a gap with no repeat in it reads as before, and its JSON has no repeats member")
    func noRepeat() throws {
        try withTemporaryDirectory { dir in
            try BriefIndependentEstimatesTests.makeThailand(in: dir)
            let json = try Tipdb.run(
                ["report", "brief", "--place", "THA", "--from", "2015", "--to", "2019", "--format", "json", "--date", "2026-12-03"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let gaps = try #require(object["gaps"] as? [String: Any])
            let sentences = gaps["sentences"] as? [String] ?? []
            #expect(sentences.contains("Modern slavery: no figure for 3 reference years (2015-2017)."), "\(sentences)")
            let years = gaps["yearsWithoutFigures"] as? [[String: Any]] ?? []
            #expect(!years.isEmpty)
            #expect(years.allSatisfy { $0["repeats"] == nil })
        }
    }
}
