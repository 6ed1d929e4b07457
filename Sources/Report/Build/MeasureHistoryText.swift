import Storage

/// The line `report lineage` writes under a figure whose measure a measures file changed
/// (`MeasureRevision`, m0064): what the measure said before, which loads wrote and replaced it,
/// and what it says now.
///
/// Why: a `--correction` that rewrote a measure's definition (adults 15+, weighted, to adults 18+,
/// unweighted) left the figures read against the old text with no trace of it, so a brief made
/// before, which printed the old definition beside them, could not be checked (review of session 54).
enum MeasureHistoryText {
    /// `measure fl-adult-rate was defined as "Adults 15+ …" (batch 1: m1.csv) until batch 3
    /// (m2.csv) corrected it (--correction) to: defined as "Adults 18+ …"`; several fields changed
    /// are joined with "and" (`labelled "…" and defined as "…"`).
    static func line(_ revision: MeasureRevision) -> String {
        let (before, after) = (revision.previous, revision.next)
        var was: [String] = [], now: [String] = []
        func add(_ old: String?, _ new: String?, _ phrase: (String?) -> String) {
            guard old != new else { return }
            was.append(phrase(old))
            now.append(phrase(new))
        }
        add(before.label, after.label) { "labelled \"\($0 ?? "")\"" }
        add(before.definition, after.definition) { "defined as \"\($0 ?? "")\"" }
        add(before.legalBasis, after.legalBasis) { $0.map { "given the legal basis \"\($0)\"" } ?? "given no legal basis" }
        add(before.parent, after.parent) { $0.map { "part of \($0)" } ?? "part of no broader measure" }
        add(before.counts, after.counts) { "counting \($0 ?? "")" }
        add(before.concept, after.concept) { "of the concept \($0 ?? "")" }
        add(before.defaultUnit, after.defaultUnit) { "in the unit \($0 ?? "")" }
        // Every revision changed something (`Database.keepMeasureRevision` runs only for an update).
        if was.isEmpty { return "measure \(before.code) was written again, unchanged, by batch \(revision.changedBy)" }
        let loaded = revision.loadedBy.map { " (batch \($0)" + (revision.loadedFrom.map { ": \($0)" } ?? "") + ")" } ?? ""
        let verb = revision.isCorrection ? "corrected it (--correction)" : "changed it"
        return "measure \(before.code) was \(Words.list(was))\(loaded) until batch \(revision.changedBy)"
            + (revision.changedFrom.map { " (\($0))" } ?? "") + " \(verb) to: \(Words.list(now))"
    }
}
