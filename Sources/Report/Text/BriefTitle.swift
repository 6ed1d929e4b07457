import Storage

/// What a brief's `--title` must be: text with at least one character a reader can see.
///
/// Why: the title is the brief's first heading and its HTML `<title>`. A blank one printed a bare
/// `# ` heading; one of zero-width or other invisible characters only (U+200B, U+2060, U+FEFF,
/// pasted from a web page or a word processor) printed a heading that looks empty and a tab with
/// no name, while passing a check for blanks.
public enum BriefTitle {
    /// Why `title` cannot be a brief's title, as a usage message, or nil when it can.
    public static func problem(_ title: String) -> String? {
        let expected = "expected the brief's title as text, such as --title \"Forced labour in Asia\", or no --title for one made from the scope"
        if title.allSatisfy(\.isWhitespace) { return "--title is empty; \(expected)" }
        guard title.unicodeScalars.allSatisfy(isInvisible) else { return nil }
        var codes: [String] = []
        for scalar in title.unicodeScalars where !scalar.properties.isWhitespace {
            let code = CodePoint.name(scalar.value)
            if !codes.contains(code) { codes.append(code) }
        }
        let shown = codes.count > 5 ? codes.prefix(5).joined(separator: ", ") + ", ..." : codes.joined(separator: ", ")
        return "--title has no visible character (only \(shown)); \(expected)"
    }

    /// Whether a character shows nothing by itself: white space, a control or format character
    /// (`VisibleText`'s, and any other)
    /// (zero-width space, word joiner, byte order mark, soft hyphen), one Unicode says to ignore
    /// when it cannot be shown (Hangul fillers, variation selectors), a combining mark with
    /// nothing to combine with, or the blank Braille pattern.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if VisibleText.isControl(scalar) || VisibleText.isInvisible(scalar) { return true }
        if properties.isWhitespace || properties.isDefaultIgnorableCodePoint || scalar == "\u{2800}" { return true }
        switch properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .nonspacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
