import Report
import Storage
import Testing

/// Two editions' figures of one measure, place and period are one figure of the series when they
/// share their subject: subgroup, unit and breakdowns (`EditionRevisions.Candidates`). A few
/// subjects are compared one by one, and beyond `ShortTable`'s limit looked up by a dictionary, so a
/// breakdown by thousands of categories is not compared pair by pair.
@Suite("editions: a breakdown by many categories pairs each category's figures of the two editions")
struct EditionSubjectsTests {
    /// Two monitors of one producer, each giving 2022's detected victims by sector, for more
    /// sectors than are compared one by one; the later monitor revises each sector's count by one.
    private func monitors(sectors: Int) throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        let producer = "National Rapporteur on Trafficking in Human Beings"
        try scratch.source("nr-2023", publisher: producer, published: "2023-10-01")
        try scratch.source("nr-2024", publisher: producer, published: "2024-10-01")
        for (source, added) in [("nr-2023", 0.0), ("nr-2024", 1.0)] {
            for sector in 0..<sectors {
                let key = "\(source)-s\(sector)"
                try scratch.figure(
                    key, measure: "detected-trafficking-victims", value: 100 + Double(sector) + added, place: "NLD", period: ("2022", "2022"),
                    source: source, method: "detected")
                try scratch.db.execute(
                    "INSERT INTO figure_breakdowns (figure, dimension, category) VALUES (?, 'sector', ?)", [key, "s\(sector)"])
            }
        }
        return scratch
    }

    @Test("each sector's earlier figure names the later edition's figure of that sector, and no other", arguments: [3, 40])
    func everySectorPaired(sectors: Int) throws {
        let brief = try monitors(sectors: sectors).brief()
        let entries = brief.figureGroups.flatMap(\.figures)
        #expect(entries.count == 2 * sectors)
        for sector in 0..<sectors {
            let earlier = entries.first { $0.key == "nr-2023-s\(sector)" }
            #expect(earlier?.laterEditionKey == "nr-2024-s\(sector)", "sector \(sector): \(earlier?.laterEdition ?? "no later edition")")
            let later = entries.first { $0.key == "nr-2024-s\(sector)" }
            #expect(later?.laterEditionKey == nil, "sector \(sector)")
        }
        // Each sector's two counts are an edition's revision, not two sources that disagree.
        #expect(brief.comparability.warnings.contains { $0.kind == "editions" })
        #expect(!brief.comparability.warnings.contains { $0.kind == "disagreement" }, "\(brief.comparability.warnings.map(\.text))")
    }
}
