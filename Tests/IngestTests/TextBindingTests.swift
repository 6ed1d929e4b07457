import Foundation
import Ingest
import Storage
import Testing

/// Bulk writes bind their text in place from one buffer (`TextBindings`); these tests prove every
/// value comes back exactly as given: empty text stays empty (not NULL), NULL stays NULL, and
/// non-ASCII text and embedded NUL bytes keep every byte.
@Suite("Storage: text bound in place round-trips exactly")
struct TextBindingTests {
    static let now = "2026-01-01T00:00:00Z"
    /// Values that would show a wrong offset, length or terminator: each differs from its neighbours.
    static let texts: [String?] = [nil, "", "p. 12", "Côte d’Ivoire — 12 %", "a\u{0}b", String(repeating: "long ", count: 200), "🙂", "x"]

    private func figure(_ i: Int) -> Figure {
        func text(_ offset: Int) -> String? { Self.texts[(i + offset) % Self.texts.count] }
        var figure = Figure(
            key: "k-\(i)", measure: "forced-labour", value: Double(i), unit: "persons", place: "WLD",
            periodStart: "2016", periodEnd: "2016", source: "ilo-2005", method: "estimated")
        figure.form = text(0)
        figure.locator = text(1)
        figure.quote = text(2)
        figure.notes = text(3)
        figure.extra = text(4)
        figure.tags = i % 2 == 0 ? ["t-\(i % 5)", "é"] : []
        return figure
    }

    @Test("a full chunk and single rows store every text as given")
    func roundTrip() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let batch = try h.db.insertBatch(IngestBatch(
            file: "test", sha256: "", size: 0, format: "csv", kind: "figures", startedAt: Self.now,
            options: "{}", note: nil))
        let chunk = (0..<Database.figureChunk).map(figure)
        let single = (Database.figureChunk..<Database.figureChunk + 3).map(figure)
        try h.db.transaction(.immediate) {
            let outcomes = try h.db.upsert(chunk, batch: batch, at: Self.now)
            #expect(outcomes.allSatisfy { $0.outcome == .inserted })
            for figure in single { try h.db.upsert(figure, batch: batch, at: Self.now) }
        }
        for expected in chunk + single {
            var stored = try #require(try h.db.figure(key: expected.key))
            stored.tags.sort()
            var sorted = expected
            sorted.tags.sort()
            #expect(stored == sorted, "\(expected.key)")
        }
        #expect(try h.db.integer("SELECT count(*) FROM figures WHERE quote = ''") > 0)
        #expect(try h.db.integer("SELECT count(*) FROM figures WHERE quote IS NULL") > 0)
        #expect(try h.db.integer("SELECT count(*) FROM figures WHERE hex(notes) = '610062'") > 0)

        // An update of every text binds them the same way.
        var changed = chunk[5]
        changed.quote = "Côte d’Ivoire, updated"
        changed.notes = ""
        try h.db.transaction(.immediate) {
            let upserted = try h.db.upsert(changed, batch: batch, at: Self.now)
            #expect(upserted.outcome == .updated)
        }
        #expect(try h.db.figure(key: changed.key)?.quote == "Côte d’Ivoire, updated")
        #expect(try h.db.figure(key: changed.key)?.notes == "")
    }
}
