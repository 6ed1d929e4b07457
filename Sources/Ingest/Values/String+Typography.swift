import Storage

extension String {
    /// No-break, narrow no-break, thin, figure and hair spaces as plain spaces, the minus sign
    /// U+2212 as a hyphen-minus, and a Unicode dash (`Dashes`: en dash, em dash, ...) before the
    /// number as a minus: word processors, French-style exports and text pasted from a PDF write
    /// "2,45\u{A0}million", "2\u{2007}450\u{2007}000" and "–5.2", which look exactly like what the
    /// parser accepts.
    ///
    /// Why a leading dash only: tipdb reads a Unicode dash as a hyphen wherever it reads a name or
    /// a period (README, Places), and a hyphen before a number is its minus; a dash between two
    /// numbers (`2.1–2.7`) stays, so that it is refused as a range, quoted as written.
    func replacingTypographicSpacesAndMinus() -> String {
        // Each of these starts with a byte of 0xC2 or 0xE2: other text is returned as it is.
        guard utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 }) else { return self }
        var scalars = unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "\u{A0}", "\u{202F}", "\u{2009}", "\u{2007}", "\u{200A}": " "
            case "\u{2212}": "-"
            default: scalar
            }
        }
        if let sign = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }), Dashes.hyphenLike.contains(scalars[sign]),
           sign + 1 < scalars.count, case let next = scalars[sign + 1], ("0"..."9").contains(next) || next == "." || next == "$" || next == "U" {
            scalars[sign] = "-"
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
