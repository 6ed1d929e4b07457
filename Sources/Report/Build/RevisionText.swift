import Storage

/// A figure's earlier numbers in words, for its row in a brief and for `report lineage`:
/// "revised from 41 (UNODC 2024 [3], batch 1: glotip_v1.csv; replaced 2026-11-30 by batch 2)".
///
/// Why in the row: a figure revised by a newer release is cited in earlier briefs, and in the
/// publisher's own earlier report, with its old number; the row says which number was replaced,
/// where it came from and when, so that a reader can tell a revision from a mistake.
enum RevisionText {
    /// The sentence for `revisions` (newest first), or nil when there are none.
    static func text(_ revisions: [FigureRevision], of figure: FigureRecord, context: BriefContext) -> String? {
        guard !revisions.isEmpty else { return nil }
        let parts = revisions.map { part($0, of: figure, context: context) }
        return "revised from " + parts.joined(separator: ", and before that from ")
    }

    /// One earlier number: `41 (UNODC 2024 [3], batch 1: glotip_v1.csv; replaced 2026-11-30 by batch 2)`.
    private static func part(_ revision: FigureRevision, of figure: FigureRecord, context: BriefContext) -> String {
        let number = context.quantity(figure).text(value: revision.value, censored: revision.censored, high: revision.high)
        var origin: [String] = []
        // The earlier release as a source of its own (a GLOTIP vintage) is cited; the figure's own source is not repeated.
        if let source = revision.source, source != figure.source, context.catalog.sources[source] != nil {
            origin.append(context.citedLabel(source))
        }
        if let batch = revision.loadedBy {
            origin.append("batch \(batch)" + (revision.loadedFrom.map { ": \($0)" } ?? ""))
        }
        let day = String(revision.replacedAt.prefix(10))
        let replaced = "replaced \(day) by batch \(revision.replacedBy)"
        return "\(number) (" + (origin.isEmpty ? replaced : origin.joined(separator: ", ") + "; " + replaced) + ")"
    }
}
