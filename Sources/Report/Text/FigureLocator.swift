/// A figure's locator (`p. 4`, `table 2`, `para 3`) as a citation prints it after the reference
/// number: `[3, p. 4]`.
///
/// Why in the Markdown and HTML briefs: `[3]` alone points at a whole report; the number a policy
/// team pastes must say where in it the figure stands, as `report lineage` and the JSON and CSV
/// briefs already do.
enum FigureLocator {
    /// The locator without surrounding whitespace, on one line; nil when missing or blank, and
    /// for a figure tipdb derived (`method` derived): its locator is tipdb's own account of the
    /// count ("case rows of dataset ... counted by tipdb derive ctdc"), which the figure's note
    /// already gives, not a place in the source.
    static func text(_ locator: String?, method: String) -> String? {
        guard method != "derived", let locator, locator.contains(where: { !$0.isWhitespace }) else { return nil }
        let words = locator.split(whereSeparator: \.isWhitespace)
        return words.count == 1 ? String(words[0]) : words.joined(separator: " ")
    }
}
