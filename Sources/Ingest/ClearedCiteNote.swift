import Storage

/// The note ingest prints at the `cites` cell of a row that clears a stored figure's cites: the
/// figure repeated another until this load, and its lineage now ends at it.
///
/// Why: `tipdb retract` refuses a cited figure and advises clearing its repeats' cites first; the
/// load that did so said nothing, and the repeat then read in lineage, briefs and check as a
/// number whose origin was never known (review of session 49). The note says what changed and
/// that the trail is kept (`figure_revisions`), from which lineage, briefs and check name a cited
/// figure since retracted as the figure's withdrawn origin (`WithdrawnOrigin`).
enum ClearedCiteNote {
    /// The note for `stored` (the figure as this load writes it) replacing `previous`, or nil when
    /// the load leaves its cites as it was or points it at another figure.
    ///
    /// - Parameters:
    ///   - keptCites: the load gave back a cites another load had replaced, and the stored one
    ///     was kept (`KeptCorrection`): nothing was cleared.
    ///   - position: the row's cites cell, or the row when it has no cites column.
    ///   - retractions: the keys `tipdb retract` withdrew, to say so of the cited one.
    static func note(
        _ stored: Figure, replaced previous: Figure, keptCites: Bool, at position: KeyReuseCheck.Cells.Position,
        file: String, retractions: RetractedKeys
    ) -> IngestIssue? {
        guard stored.cites == nil, !keptCites, let cited = previous.cites else { return nil }
        let key = stored.key
        let kept = "figure_revisions keeps the cites it had"
        let message: String
        if let withdrawal = retractions.withdrawal(of: cited) {
            message = "cites: figure \(key) cited \(cited) until this load, which clears it; \(cited) was \(withdrawal), and "
                + "report lineage, briefs and check name it as \(key)'s withdrawn origin (\(kept))"
        } else {
            message = "cites: figure \(key) cited \(cited) until this load, which clears it: \(key) now ends its chain "
                + "(method \(stored.method)), and \(kept); if \(cited) is retracted, report lineage, briefs and check name it "
                + "as \(key)'s withdrawn origin"
        }
        return IngestIssue(file: file, line: position.line, column: position.column, message: message)
    }
}
