import Storage

/// Whether a repeat still speaks for the figure it repeats: one that changed the measure, the
/// place or the reference period is another claim, which its original's source never made.
///
/// Why: a blog that repeats Okafor 2023's 1.6 million in forced labour in Nigeria as Ghana's was
/// credited in Data gaps as "the one figure with a traceable origin goes back to one source,
/// Okafor 2023", named in the age caution as "a later figure of this measure and place", and set
/// beside a Ghana survey as a 40-fold jump "most often a unit slip" (review of session 36). The
/// lineage section already names such changes (`RepeatChangeText`); the sections that count or
/// compare figures must read them too.
extension BriefContext {
    /// The changes of measure, place or reference period (`RepeatChange`) from the figure its chain
    /// of `cites` ends at to `figure`, with that figure; nil for a figure that cites nothing, a
    /// chain that breaks off before any figure, or a chain that changes none of the three.
    ///
    /// The ends are compared, not each link: a chain that moves a figure and back claims what its
    /// original did.
    func scopeChange(_ figure: FigureRecord) -> (original: FigureRecord, changes: [RepeatChange])? {
        guard figure.cites != nil else { return nil }
        let chain = lineage(figure)
        guard chain.steps.count > 1, let original = chain.last else { return nil }
        let changes = RepeatChange.between(figure.claim, cites: original.claim).filter(Self.scopeChanges.contains)
        return changes.isEmpty ? nil : (original, changes)
    }

    /// The changes that make a repeat another claim than its original's: what is counted, where, when.
    static let scopeChanges: [RepeatChange] = [.measure, .place, .period]

    /// "the place (Ghana, not Nigeria)", "the measure (...) and the period (2023, not 2022)", as
    /// the lineage section writes each change.
    func scopeChangeText(_ figure: FigureRecord, original: FigureRecord, changes: [RepeatChange]) -> String {
        let catalog = self.catalog
        let parts = changes.map { change -> String in
            switch change {
            case .measure: "the measure (\(catalog.measureLabel(figure.measure)), not \(catalog.measureLabel(original.measure)))"
            case .place:
                "the place (\(Words.aroundComma(catalog.placeName(figure.place))), not \(Words.aroundComma(catalog.placeName(original.place))))"
            default: "the period (\(figure.periodText), not \(original.periodText))"
            }
        }
        return Words.list(parts)
    }
}
