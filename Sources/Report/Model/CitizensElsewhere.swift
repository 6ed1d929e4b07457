/// The brief's part on figures for other places that count only people whose citizenship is a
/// place the brief is about: victims of Vietnamese citizenship detected in the United Kingdom,
/// in a brief about Viet Nam.
///
/// Why a part of its own: a reader writing about a place expects to see its citizens counted
/// elsewhere, but they are not the place's own figures (its detections, its estimates), and
/// mixed into them they would read as its key figure or be added to its totals. Nothing else
/// in the brief (key figures, cautions, charts, gaps, the scope's counts) takes them in.
public struct CitizensElsewhere: Codable, Sendable, Equatable {
    /// "Citizens of Viet Nam counted elsewhere": the part's heading.
    public var heading: String
    /// What the figures are and are not, naming the citizenships and the places they were
    /// recorded for: the paragraph under the heading.
    public var text: String
    /// The figures, grouped by measure as the figures tables group theirs, each figure's place
    /// the place it was recorded for and its subgroup naming the citizenship.
    public var figureGroups: [FigureGroup]
}
