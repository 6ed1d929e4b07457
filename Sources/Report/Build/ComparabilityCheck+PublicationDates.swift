import Storage

/// Key figures whose reference period starts after their source was published: a 2019 report's
/// count of victims detected in 2021. The rule of `tipdb check`'s `period-after-publication`.
///
/// Why a caution: either the period or the source is wrong (or the figure is a projection, which
/// the data model cannot mark), and a key figure is the number a reader quotes first. A date
/// of a month is in words (`published May 2019`), as the brief writes a period.
extension ComparabilityCheck {
    static func publicationDateWarnings(_ keyFigures: [KeyFigure], context: BriefContext) -> [ComparabilityWarning] {
        keyFigures.compactMap { key -> ComparabilityWarning? in
            let figure = key.figure
            // A period the source does not state is the year it is filed under, not a claim (`period_basis` publication).
            guard !figure.periodUnstated, let published = context.catalog.sources[figure.source]?.published,
                  startsAfter(figure.periodStart, published) else { return nil }
            let citation = context.cite(figure.source)
            var text = CitedText(plain: "\(key.measureLabel) in \(Words.place(key.placeName)): the key figure \(figure.text) (\(figure.period)) is cited to ")
            text += "\(figure.sourceLabel) \(CitedText.citation(citation)), published \(ReferencePeriod.words(published)), before the period it counts began. "
                + "Either the period or the source is wrong, or the figure is a projection; check it against the source "
                + "before citing it (tipdb check lists such figures as period-after-publication)."
            return ComparabilityWarning(kind: "periods", text: text, figures: [figure.key], citations: [citation])
        }
    }

    /// Whether `start` is after `published`, at the precision both give (`2021` after `2019-05-01`;
    /// `2019-06` not known to be after `2019`): check's comparison, in SQL there.
    static func startsAfter(_ start: String, _ published: String) -> Bool {
        let length = min(start.utf8.count, published.utf8.count)
        guard length > 0 else { return false }
        return published.utf8.prefix(length).lexicographicallyPrecedes(start.utf8.prefix(length))
    }
}
