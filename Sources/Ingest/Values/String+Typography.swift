extension String {
    /// No-break, narrow no-break and thin spaces as plain spaces, and the minus sign U+2212 as a
    /// hyphen-minus: word processors and French-style exports write "2,45\u{A0}million" and "−5",
    /// which look exactly like what the parser accepts.
    func replacingTypographicSpacesAndMinus() -> String {
        // Each of these starts with a byte of 0xC2 or 0xE2: other text is returned as it is.
        guard utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "\u{A0}", "\u{202F}", "\u{2009}": " "
            case "\u{2212}": "-"
            default: scalar
            }
        }))
    }
}
