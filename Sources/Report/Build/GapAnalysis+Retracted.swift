import Storage

/// Figures the brief's filters would have taken in but `tipdb retract` withdrew: "2 figures
/// matching this brief's filters were withdrawn with tipdb retract and are not in it: ...".
///
/// Why in data gaps: a withdrawn figure leaves the brief as if it had never been loaded, and
/// the section that says what the brief does not hold is where a reader looks for what is missing.
extension GapAnalysis {
    /// "2 figures matching this brief's filters were withdrawn with tipdb retract and are not in
    /// it: a-1 and a-2 (batch 4, 2026-12-01: "typed from a blog"). tipdb sql "..." lists them
    /// with their last values."; nil for none.
    static func retractedSentence(_ retracted: RetractedFigures) -> String? {
        guard retracted.count > 0 else { return nil }
        let shown = retracted.keys.prefix(listLimit)
        let more = retracted.count - shown.count
        let keys = more > 0 ? shown.joined(separator: ", ") + " and \(more) more" : Words.list(Array(shown))
        let why = retracted.batches.prefix(listLimit).map { batch in
            "batch \(batch.batch), \(batch.date): \(JSONString.literal(batch.reason))"
                + (retracted.batches.count == 1 ? "" : ", \(Words.count(batch.figureCount, "figure"))")
        }
        let moreBatches = retracted.batches.count - why.count
        let one = retracted.count == 1
        return "\(Words.count(retracted.count, "figure")) matching this brief's filters \(one ? "was" : "were") withdrawn "
            + "with tipdb retract and \(one ? "is" : "are") not in it: \(keys) (" + why.joined(separator: "; ")
            + (moreBatches > 0 ? "; and \(moreBatches) more retract commands" : "") + "). "
            + "\(retracted.command) lists every withdrawn figure with its last values."
    }
}
