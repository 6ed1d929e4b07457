/// Whose a figure found by a search is, and which figure it repeats: what a result's title ends
/// with (`— Francis 2013, repeating unodc-2012-trafficked-wld (UNODC 2012)`) and what
/// `tipdb search --json` gives as `source`, `sourceLabel` and `repeats`.
///
/// Why in every result: a repeat listed with only its measure, place, period and number read as
/// that place's own independent figure (review of session 37: Francis 2013's 2.4 million beside
/// UNODC 2012's, which it repeats); an analyst copying a result into a brief needs the source as
/// briefs cite it, and to know that the number is another figure's.
public struct SearchSourcing: Sendable, Equatable {
    /// The figure's source key (`figures.source`).
    public var source: String
    /// The label briefs cite the source by (`source_labels.label`: ILO 2005, UNODC 2012); nil for
    /// a source written by another program, which has none until `tipdb migrate --repair`.
    public var sourceLabel: String?
    /// The figure this one cites (`figures.cites`); nil for a figure that cites none.
    public var repeats: RepeatedFigure?

    /// `Francis 2013, repeating unodc-2012-trafficked-wld (UNODC 2012)`: the source's label (its
    /// key when it has none) and, for a repeat, the figure repeated with its source's label, or
    /// what became of it when it is not in the database; then each flag lineage raises of the
    /// link (`RepeatedFigure.flags`), as lineage writes it after `FLAG:` but without its full stop:
    /// `; FLAG: Wire Agency 2022 repeats an earlier number of Daily Courier 2015: 750,000, since
    /// revised to 75,000`.
    ///
    /// Why the flags in the title: a repeat of a number since revised read as the cited source's
    /// current number, and one that changed the period as that period's figure; a title copied
    /// into a brief must carry what lineage would have said (review of session 47).
    public var text: String {
        let own = sourceLabel ?? source
        guard let repeats else { return own }
        let flags = (repeats.flags ?? []).map { "; FLAG: " + ($0.hasSuffix(".") ? String($0.dropLast()) : $0) }
        return "\(own), repeating \(repeats.key) (\(repeats.whose))" + flags.joined()
    }
}
