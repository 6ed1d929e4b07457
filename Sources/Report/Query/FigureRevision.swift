import Storage

/// A number a figure had before a later load changed it, from `figure_revisions`: what the
/// earlier release or file said, where that came from, and when it was replaced.
///
/// Why reports read it: official series are revised between releases (GLOTIP's 41 detected
/// victims for Austria in 2019 became 45 in the next export); a brief that shows only the new
/// value leaves a reader who cited the old one unable to tell a revision from a mistake.
struct FigureRevision: Sendable, Equatable {
    /// The revision's row number, in the order revisions were made.
    let id: Int64
    let value: Double?
    let censored: Bool
    let low: Double?
    let high: Double?
    /// The unit the earlier number was in; nil when the stored state does not say (a row written
    /// by hand, or by a test, with the number alone).
    var unit: String? = nil
    /// The confidence level of `low`...`high` as a fraction; nil when the earlier state gave none.
    var ciLevel: Double? = nil
    /// What the earlier state was a figure of (`FigureIdentity`); nil when the stored state does not say.
    var held: FigureIdentity? = nil
    /// The source the earlier number was cited to (for a bulk export, its earlier release).
    let source: String?
    /// The ingest batch that had loaded the earlier number, and its file.
    let loadedBy: Int64?
    let loadedFrom: String?
    /// The batch that replaced it, and when (UTC, as stored).
    let replacedBy: Int64
    let replacedAt: String
    /// Whether it fixed tipdb's own copy (`tipdb ingest --correction`, `figure_revisions.kind`)
    /// rather than record a new number from the source: briefs do not print corrections.
    let isCorrection: Bool
    /// Whether a later state of the figure (a later row's earlier state, whatever its kind) was
    /// published only as `<k`: the source suppressed the count after this number
    /// (`FigureSet.loadRevisions` sets it; `isWithheld`).
    var suppressedLater = false

    /// Whether the number (value, bounds, being published only as a bound, the confidence level of
    /// its bounds, or its unit) differs from `other`'s: a revision that only added a quote or a tag
    /// is not a revision of the figure. A unit or a level either side does not say is taken as
    /// unchanged, as `RepeatChange.changesRange` takes a repeat's level.
    ///
    /// Why the level: a source's erratum that restates its 9.8 to 15.2% as a 90% interval, not a
    /// 95% one, revised the number's uncertainty as much as one that moved a bound; it was counted
    /// in no brief and no `figure_citations.revisions` (review of session 51), where a repeat that
    /// gave the same bounds at another level was flagged as changing the range.
    func numberDiffers(value: Double?, censored: Bool, low: Double?, high: Double?, ciLevel: Double?, unit: String?) -> Bool {
        if self.value != value || self.censored != censored || self.low != low || self.high != high { return true }
        if levelDiffers(from: ciLevel) { return true }
        guard let mine = self.unit, let unit else { return false }
        return mine != unit
    }

    /// Whether both this state and `other` state a confidence level, and not the same one.
    func levelDiffers(from other: Double?) -> Bool {
        guard let mine = ciLevel, let other else { return false }
        return mine != other
    }

    /// Whether this earlier number must not be printed: the figure is now published only as `<k`
    /// (a suppressed small count), or was at some point after this number (`suppressedLater`), and
    /// this number was not (an exact count, or a range).
    ///
    /// Why: an office that published 3 and then suppressed it, by loading the row again as `<5`
    /// or by a newer GLOTIP vintage, had every brief and `report lineage` print "<5 (revised from
    /// 3)": the act of suppressing the count published it again, beside a citation that says
    /// where to look (rapporteur's review, session 50). The suppression decision is the cell's, so
    /// any such earlier number is withheld, not only one below k. `figure_revisions` keeps it as
    /// a record; `figure_citations` withholds it too (m0058), and `tipdb export datasette-metadata`
    /// warns of it and says how to clear it from a published copy.
    ///
    /// Why `suppressedLater` too: withheld only while the figure was censored, the 3 came back as
    /// soon as the source published another number ("7 (revised from <5, and before that from 3)"),
    /// and the suppression undone by the next release (review of session 51). Once the source has
    /// suppressed the count, what it published before stays withheld.
    func isWithheld(under figure: FigureRecord) -> Bool {
        !censored && (figure.censored || suppressedLater)
    }

    /// What briefs and `report lineage` write where a withheld earlier number stood: "revised from
    /// an exact count withheld because the source now suppresses it".
    static let withheldText = "an exact count withheld because the source now suppresses it"

    /// What they write where the figure is no longer censored, but was after this number: "revised
    /// from <5, and before that from an exact count withheld because the source suppressed it later".
    static let withheldLaterText = "an exact count withheld because the source suppressed it later"

    /// `withheldText` or `withheldLaterText` for this number under `figure`, or nil when it is not withheld.
    func withheldText(under figure: FigureRecord) -> String? {
        guard isWithheld(under: figure) else { return nil }
        return figure.censored ? Self.withheldText : Self.withheldLaterText
    }

    /// `numberDiffers` against what `later` held (the next revision's earlier state).
    func numberDiffers(from later: FigureRevision) -> Bool {
        numberDiffers(value: later.value, censored: later.censored, low: later.low, high: later.high, ciLevel: later.ciLevel, unit: later.unit)
    }

    /// `numberDiffers` against the figure as it is now.
    func numberDiffers(from figure: FigureRecord) -> Bool {
        numberDiffers(value: figure.value, censored: figure.censored, low: figure.low, high: figure.high, ciLevel: figure.ciLevel, unit: figure.unit)
    }
}
