import Storage

/// Each caution once: a caution whose words are those of one already listed is left out.
///
/// Why: cautions are made per figure or per pair of figures, and a figure stored under two keys
/// (the same number, period and source) made two word-for-word bullets, one per key, as a series
/// jump against ILO 2014's US$150 billion a year did in Markdown and HTML alike; the second said
/// nothing the first had not.
extension ComparabilityCheck {
    /// `warnings` in their order, each kind and text once; the figures of one left out are added
    /// to those of the one kept (JSON `figures`), so that no figure loses its caution.
    static func distinct(_ warnings: [ComparabilityWarning]) -> [ComparabilityWarning] {
        var kept: [ComparabilityWarning] = []
        var index: [String: Int] = [:]
        for warning in warnings {
            let said = warning.kind + "\u{0}" + warning.text
            guard let first = index[said] else {
                index[said] = kept.count
                kept.append(warning)
                continue
            }
            for figure in warning.figures where !kept[first].figures.contains(figure) { kept[first].figures.append(figure) }
        }
        return kept
    }
}
