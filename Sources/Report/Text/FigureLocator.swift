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
        guard method != "derived", let locator else { return nil }
        // Most locators ("p. 4", "table 2") are already one line with single spaces: returned as
        // they are, without splitting, since a brief of 100,000 figures asks this of each.
        if isTidy(locator) { return locator }
        guard locator.contains(where: { !$0.isWhitespace }) else { return nil }
        let words = locator.split(whereSeparator: \.isWhitespace)
        return words.count == 1 ? String(words[0]) : words.joined(separator: " ")
    }

    /// Whether `locator` is non-empty printable ASCII with single spaces between words, none at
    /// either end: then it needs no tidying. Anything else (a tab, a line break, non-ASCII text,
    /// which may hold other whitespace) takes the slow path.
    private static func isTidy(_ locator: String) -> Bool {
        var previous: UInt8 = 32
        var any = false
        for byte in locator.utf8 {
            guard (byte > 32 && byte < 127) || (byte == 32 && previous != 32) else { return false }
            previous = byte
            any = true
        }
        return any && previous != 32
    }
}
