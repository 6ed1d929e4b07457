/// What the figures in a brief mean and what must not be compared as equals.
public struct Comparability: Codable, Sendable, Equatable {
    public var definitions: [MeasureDefinition]
    public var warnings: [ComparabilityWarning]
}

/// A measure's definition, as the vocabulary states it.
public struct MeasureDefinition: Codable, Sendable, Equatable {
    public var measure: String
    public var label: String
    /// prevalence-estimate, detected-count, criminal-justice-count, money, rate or index.
    public var counts: String
    /// `counts` in words: "prevalence estimate".
    public var countsText: String
    public var concept: String
    /// `concept` in words: "forced labour".
    public var conceptText: String
    public var definition: String
    public var legalBasis: String?
    /// The broader measure this one is part of.
    public var parent: String?
    public var parentLabel: String?
}

/// A mix in the brief that a reader must not take as like-for-like, said as sentences.
public struct ComparabilityWarning: Codable, Sendable, Equatable {
    /// counts (estimates mixed with detected or criminal-justice counts), concepts (trafficking,
    /// forced labour, modern slavery...), methods (successive estimates from different studies),
    /// units (one measure in several units), denominators (rates of one measure and unit for
    /// different sexes or age groups: per 1,000 of different people), estimates (primary estimates for the same measure,
    /// place and period from different sources that differ beyond rounding), disagreement (the
    /// same for counts from records, which differ at all), duplicates (the same, from keys of one
    /// publication: `SamePublications`), editions (a count a later edition of its
    /// producer's series revised: `EditionRevisions`), subgroups (a
    /// subgroup larger than its total, as `tipdb check` finds them), shares (shares of the sexes or
    /// of age groups adding up to more than 100 percent: `shares-above-whole`), places (a country's
    /// count above that of a region containing it: `place-above-region`), periods (counts or money
    /// for one measure and place over periods of different length: a month and a year), copies
    /// (a second-hand copy of a producer's data, such as Our World in Data's, beside the producer's own),
    /// errors (a figure `tipdb check` calls an error: a number its unit cannot hold, a period that
    /// is not a real date, bounds that do not contain the value, a unit contradicting the measure),
    /// quotes (a figure whose quote states numbers none of which is its own: `quote-contradicts-value`)
    /// or dates (a source accessed before it was published: `accessed-before-publication`).
    public var kind: String
    public var text: String
    /// Figures the warning is about.
    public var figures: [String]
    /// Reference numbers cited in `text`.
    public var citations: [Int]
    /// Where in `text` those citations are written.
    public var citationMarks = CitationMarks()

    private enum CodingKeys: String, CodingKey { case kind, text, figures, citations }
}

extension ComparabilityWarning {
    init(kind: String, text: CitedText, figures: [String], citations: [Int]) {
        self.init(kind: kind, text: text.text, figures: figures, citations: citations, citationMarks: CitationMarks(text.marks))
    }
}
