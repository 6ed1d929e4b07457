/// How one repeated figure travels back to its primary source ("How these numbers travel").
public struct LineageEntry: Codable, Sendable, Equatable {
    /// The repeated figure's key.
    public var figure: String
    /// "2.4 million (Francis 2013) repeats UNODC 2012, which repeats ILO 2005: a minimum estimate for 1995-2004."
    public var text: String
    /// primary, unsourced (ends at a figure reported without a source), missing (cites a key not
    /// in the database) or cycle (the chain loops).
    public var ending: String
    /// True when the chain does not end at a primary source, a figure in it changes what it
    /// repeats (`changes`), or a link of it repeats a figure first published after it (check's
    /// `repeat-before-original`, said in `text`).
    public var flagged: Bool
    /// One sentence for each figure of the chain that changes the figure it repeats: the number
    /// beyond rounding, the measure, place, unit, subgroup or period.
    public var changes: [String]
    /// From the figure itself to the last figure reached.
    public var steps: [LineageStep]
    /// Where in `text` its citations are written.
    public var citationMarks = CitationMarks()

    private enum CodingKeys: String, CodingKey { case figure, text, ending, flagged, changes, steps }
}

/// One figure of a chain.
public struct LineageStep: Codable, Sendable, Equatable {
    public var key: String
    public var text: String
    public var measureLabel: String
    public var placeName: String
    public var period: String
    public var method: String
    public var source: String
    public var sourceLabel: String
    public var citation: Int
    /// False for figures outside the brief's filters, reached only through the chain.
    public var inScope: Bool
    /// `not in the latest release (2024-12-11)` and the other notes of a figure's release
    /// (`FigureSet.release(of:)`), as the figures tables and `report lineage` give them; nil for
    /// most figures.
    ///
    /// Why on the step: a step outside the filters is in no figures table, and the brief's JSON
    /// said nothing of its release where `report lineage` said it (session 54's closing note).
    public var release: String? = nil
}
