import Foundation
import Testing

/// A figure revised by a newer release shows each earlier number, where it came from and when,
/// in `report lineage` and in every brief format; a figure never revised shows nothing new.
@Suite("Revised figures in lineage and briefs (built binary)")
struct RevisionDisplayTests {
    private static func glotip(date: String, austria2019: String) -> String {
        GLOTIPFiles.top(date: date) + """
            AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,\(austria2019),GLOTIP
            AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,38,GLOTIP

            """
    }

    @Test("41 in the 2024 export, 45 in the 2025 one: lineage and every brief format say revised from 41, the 2020 figure says nothing")
    func revisions() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.glotip(date: "14/04/2024", austria2019: "41").utf8).write(to: dir.appendingPathComponent("glotip_v1.csv"))
            try Data(Self.glotip(date: "14/04/2025", austria2019: "45").utf8).write(to: dir.appendingPathComponent("glotip_v2.csv"))
            for file in ["glotip_v1.csv", "glotip_v2.csv"] {
                let load = try Tipdb.run(["ingest", "--quiet", file], in: dir)
                #expect(load.status == 0, "\(load.stderr)")
            }
            let key = "unodc-glotip:detected-trafficking-victims:AUT:2019"
            let lineage = try Tipdb.run(["report", "lineage", key], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            let revisedLine = try #require(lineage.stdout.split(separator: "\n").first { $0.contains("revised from") }, "\(lineage.stdout)")
            #expect(revisedLine.hasPrefix("  revised from 41 (UNODC 2024 [2], batch 1: glotip_v1.csv; replaced 20"), "\(revisedLine)")
            #expect(revisedLine.hasSuffix(" by batch 2)"), "\(revisedLine)")
            let unrevised = try Tipdb.run(["report", "lineage", "unodc-glotip:detected-trafficking-victims:AUT:2020"], in: dir)
            #expect(!unrevised.stdout.contains("revised"))

            let markdown = try Tipdb.run(["report", "brief", "--date", "2026-11-30"], in: dir)
            #expect(markdown.status == 0, "\(markdown.stderr)")
            let lines = markdown.stdout.split(separator: "\n")
            #expect(lines.contains { $0.hasPrefix("| 45 |") && $0.contains("; revised from 41 (UNODC 2024 [2], batch 1; replaced ") }, "\(markdown.stdout)")
            #expect(!lines.contains { $0.hasPrefix("| 38 |") && $0.contains("revised") })

            let json = try Tipdb.run(["report", "brief", "--date", "2026-11-30", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let entries = (object?["figureGroups"] as? [[String: Any]] ?? []).flatMap { $0["figures"] as? [[String: Any]] ?? [] }
            let revised = try #require(entries.first { $0["key"] as? String == key })
            #expect((revised["revised"] as? String)?.hasPrefix("revised from 41 (UNODC 2024 [") == true, "\(revised)")
            let plain = try #require(entries.first { $0["key"] as? String == "unodc-glotip:detected-trafficking-victims:AUT:2020" })
            #expect(plain["revised"] == nil, "a figure never revised has no revised member")

            let csv = try Tipdb.run(["report", "brief", "--date", "2026-11-30", "--format", "csv"], in: dir)
            #expect(csv.stdout.contains("revised from 41 (UNODC 2024 ["), "\(csv.stdout)")
        }
    }
}
