/// The figures of a bulk series (a GLOTIP export's vintages, an Our World in Data chart's
/// downloads) that an earlier release dropped and the file just loaded publishes again.
///
/// Why: such a figure, written again with its earlier value, was counted with the unchanged
/// figures (`1 unchanged figure now cites this export`, `nothing changed`), so a reader who had
/// been told it was no longer published never learnt it was back in the latest release.
struct RepublishedFigures {
    /// The keys, in the order the file gives them.
    let keys: [String]

    /// `1 figure published again after an earlier vintage dropped it (KEY)`, the keys listed as
    /// `DroppedFigures` lists them (the first few, then how many more); nil for none.
    ///
    /// - Parameter earlier: what dropped them: `an earlier vintage`, `an earlier download`.
    func phrase(after earlier: String) -> String? {
        guard !keys.isEmpty else { return nil }
        let one = keys.count == 1
        var listed = keys.prefix(DroppedFigures.listed).joined(separator: ", ")
        if keys.count > DroppedFigures.listed { listed += " and \(keys.count - DroppedFigures.listed) more" }
        return "\(keys.count) figure\(one ? "" : "s") published again after \(earlier) dropped \(one ? "it" : "them") (\(listed))"
    }
}
