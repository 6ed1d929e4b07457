import Foundation
import Testing

/// The brief's CSV stands alone: each row carries its source's full reference entry, the one
/// the brief's reference list gives under the row's citation number.
@Suite("The brief's CSV carries each figure's reference entry (built binary)")
struct BriefCSVReferenceTests {
    @Test("the reference column holds the entry numbered by the citation column; the old columns keep their place")
    func referenceColumn() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let csv = try Tipdb.run(["report", "brief", "--format", "csv", "--date", "2026-11-30"], in: dir)
            #expect(csv.status == 0, "\(csv.stderr)")
            let rows = csvRecords(csv.stdout)
            let header = try #require(rows.first)
            // New columns go at the end: reference, then m0034's period_basis, then later_edition, session 53's breakdown
            // and session 64's share_of.
            #expect(Array(header.suffix(5)) == ["reference", "period_basis", "later_edition", "breakdown", "share_of"])
            #expect(Array(header.dropLast(5).suffix(10))
                == ["source", "source_label", "citation", "cites", "primary", "repeats", "locator", "quote", "notes", "release"])
            let citation = try #require(header.firstIndex(of: "citation"))
            let label = try #require(header.firstIndex(of: "source_label"))
            let reference = try #require(header.firstIndex(of: "reference"))

            let json = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-11-30"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            var entries: [String: String] = [:]
            for entry in object?["references"] as? [[String: Any]] ?? [] {
                if let number = entry["number"] as? Int, let text = entry["text"] as? String { entries[String(number)] = text }
            }
            let figures = rows.dropFirst()
            #expect(figures.count == 60)
            for row in figures {
                #expect(row.count == header.count)
                #expect(!row[reference].isEmpty && row[reference] == entries[row[citation]], "\(row)")
                // The entry starts as the label does: "ILO 2005" → "International Labour Office [ILO] (2005)".
                #expect(row[reference].contains(String(row[label].split(separator: " ").last ?? "")), "\(row)")
            }
            let ilo2005 = try #require(figures.first { $0.first == "ilo-2005-forced-labour-wld" })
            #expect(ilo2005[reference].hasPrefix("International Labour Office [ILO] (2005). A global alliance against forced labour."))
        }
    }
}
