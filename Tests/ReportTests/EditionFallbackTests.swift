import Report
import Storage
import Testing

/// The editions' candidates are grouped from the reading order a measure, place and period's
/// days at a time (`EditionRevisions.Candidates`), except the figures of a place the catalog does
/// not list: reading order ranks every such place alike and orders their figures by their other
/// fields, so two places' figures interleave, and they are grouped by their whole slot instead.
/// Ingest refuses such a place; a database edited with its foreign keys off can hold one.
@Suite("editions: counts of places the catalog does not list are grouped by place, however they interleave")
struct EditionFallbackTests {
    /// Two monitors of one producer, each giving two unlisted places' counts for 2022: in reading
    /// order (by key, the places tied) `a1` and `c1` of `ZZ1` come between `ZZ2`'s `b2` and `d2`.
    private func monitors() throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        let producer = "National Rapporteur on Trafficking in Human Beings"
        try scratch.source("nr-2023", publisher: producer, published: "2023-10-01")
        try scratch.source("nr-2024", publisher: producer, published: "2024-10-01")
        let figures = [("a1", 910.0, "NLD", "nr-2023"), ("b2", 400.0, "BEL", "nr-2023"), ("c1", 925.0, "NLD", "nr-2024"), ("d2", 420.0, "BEL", "nr-2024")]
        for (key, value, place, source) in figures {
            try scratch.figure(
                key, measure: "detected-trafficking-victims", value: value, place: place, period: ("2022", "2022"), source: source,
                method: "detected")
        }
        try scratch.db.execute("PRAGMA foreign_keys = OFF")
        try scratch.db.execute("UPDATE figures SET place = CASE place WHEN 'NLD' THEN 'ZZ1' ELSE 'ZZ2' END")
        return scratch
    }

    @Test("each unlisted place's later monitor revises its earlier one: one editions caution per place, naming its two figures")
    func unlistedPlaces() throws {
        let brief = try monitors().brief()
        let editions = brief.comparability.warnings.filter { $0.kind == "editions" }
        #expect(editions.map(\.figures) == [["a1", "c1"], ["b2", "d2"]], "\(brief.comparability.warnings.map(\.text))")
        #expect(editions.first?.text.contains("revised 910") ?? false, "\(editions.map(\.text))")
        // Neither pair is called two sources that disagree.
        #expect(!brief.comparability.warnings.contains { $0.kind == "disagreement" }, "\(brief.comparability.warnings.map(\.text))")
    }
}
