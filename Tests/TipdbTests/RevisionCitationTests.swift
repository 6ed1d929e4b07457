import Foundation
import Testing
import TestSupport

/// The citation of an earlier release in a revised figure's note ("revised from 41 (UNODC 2024
/// [2], ...)") is written as the brief's other citations are: bare `[2]` in Markdown, a link to the
/// reference in HTML. It came out as `\[2\]`, a bracket of the text, and as plain text in HTML
/// (review item 12b); JSON and CSV keep the plain sentence. `report lineage --format md` alike.
@Suite("A revision note's citation, as the brief's other citations (built binary, markdown-it-py)")
struct RevisionCitationTests {
    private static let key = "unodc-glotip:detected-trafficking-victims:AUT:2019"
    /// The figure's own citation, with its locator: the export's row.
    private static let citation = "[1, row AUT, Detected trafficking victims, Total: Total, Total, Total, 2019]"

    /// GLOTIP's 2024 export gives Austria 41 for 2019, its 2025 export 45.
    private static func makeRevisedDatabase(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        for (file, date, value) in [("glotip_v1.csv", "14/04/2024", "41"), ("glotip_v2.csv", "14/04/2025", "45")] {
            try Data((GLOTIPFiles.top(date: date) + """
                AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,\(value),GLOTIP

                """).utf8).write(to: dir.appendingPathComponent(file))
            let load = try Tipdb.run(["ingest", "--quiet", file], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
        }
    }

    @Test("Markdown: the note's [2] is bare, as the Source column's, and a CommonMark reader sees the sentence")
    func markdown() throws {
        try withTemporaryDirectory { dir in
            try Self.makeRevisedDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let row = try #require(result.stdout.split(separator: "\n").first { $0.hasSuffix("| \(Self.key) |") && $0.hasPrefix("| 45 |") })
            #expect(row.hasPrefix("| 45 |  | Austria | 2019 | all | detected; revised from 41 (UNODC 2024 [2], batch 1; replaced 20"), "\(row)")
            #expect(row.hasSuffix(" by batch 2) | UNODC 2025 \(Self.citation) | \(Self.key) |"), "\(row)")

            let blocks = try CommonMarkRenderer.render(result.stdout)
            let table = try #require(blocks.first { $0.rows?.contains { $0.last == Self.key } == true })
            let cells = try #require(table.rows?.first { $0.last == Self.key })
            #expect(cells.count == 8, "\(cells)")
            let method = cells.count > 5 ? cells[5] : ""
            #expect(method.hasPrefix("detected; revised from 41 (UNODC 2024 [2], batch 1; replaced 20") && method.hasSuffix(" by batch 2)"), "\(method)")
            #expect(table.html == nil || table.html == [], "\(table)")
        }
    }

    @Test("HTML: the note's [2] links to reference 2, as the Source column's [1, row ...] links to reference 1")
    func html() throws {
        try withTemporaryDirectory { dir in
            try Self.makeRevisedDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--date", "2026-11-30", "--format", "html"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let row = try #require(result.stdout.split(separator: "\n").first { $0.contains("<td class=\"key\">\(Self.key)</td>") && $0.hasPrefix("<tr><td class=\"number\">45</td>") })
            #expect(row.contains("<td>detected; revised from 41 (UNODC 2024 <a href=\"#ref-2\" aria-label=\"Reference 2: UNODC 2024\">[2]</a>, batch 1; replaced 20"), "\(row)")
            #expect(row.contains(" by batch 2)</td><td><a href=\"#ref-1\">UNODC 2025 \(Self.citation)</a></td>"), "\(row)")
            #expect(result.stdout.contains("<li id=\"ref-2\" value=\"2\">"))
        }
    }

    @Test("report lineage --format md: the revision's [2] stays a citation, as the source line's [1] is")
    func lineageMarkdown() throws {
        try withTemporaryDirectory { dir in
            try Self.makeRevisedDatabase(in: dir)
            let result = try Tipdb.run(["report", "lineage", "--format", "md", Self.key], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("revised from") }, "\(result.stdout)")
            #expect(line.hasPrefix("  - revised from 41 (UNODC 2024 [2], batch 1: glotip\\_v1.csv; replaced 20"), "\(line)")
            #expect(line.hasSuffix(" by batch 2)"), "\(line)")
        }
    }
}
