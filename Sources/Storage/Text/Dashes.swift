/// The Unicode dashes read as a hyphen wherever tipdb reads a name or a code: hyphen, non-breaking
/// hyphen, figure dash, en dash, em dash and minus sign (U+2010, U+2011, U+2012, U+2013, U+2014,
/// U+2212).
///
/// Why one list: word processors and spreadsheets write these for a typed hyphen
/// (`Guinea‑Bissau`, `forced‑labour`, `1995–2004`, `−4`), and place names, measures, forms,
/// periods and the small vocabularies each folded their own set, so a measure written with a
/// non-breaking hyphen was refused where a place so written was found.
public enum Dashes {
    public static let hyphenLike: Set<Unicode.Scalar> = ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    /// Whether `character` is one of `hyphenLike` (not the ASCII hyphen itself).
    public static func isHyphenLike(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && character.unicodeScalars.first.map(hyphenLike.contains) == true
    }

    /// `text` with each of `hyphenLike` made an ASCII hyphen.
    public static func folded(_ text: String) -> String {
        // Every one of them starts with the byte 0xE2 in UTF-8: other text is returned as it is.
        guard text.utf8.contains(0xE2) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { hyphenLike.contains($0) ? "-" : $0 }))
    }
}
