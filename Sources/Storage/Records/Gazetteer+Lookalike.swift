/// The characters that tell an unknown place from a suggestion that looks the same on screen.
extension Gazetteer {
    /// ` (it holds U+043E CYRILLIC SMALL LETTER O where "Togo" holds U+006F LATIN SMALL LETTER O)`
    /// for the first of `suggestions` that `text` differs from only in characters that look alike
    /// (`lookAlike(_:_:)`); "" when none does.
    ///
    /// Why: `unknown place "Côte dʼIvoire"; did you mean "Côte d'Ivoire"?` asked the user to
    /// write what they had written, as far as they could see (review of session 47); naming the
    /// characters by code point says what to retype. Apostrophes are read as one (`apostrophes`);
    /// this is for the characters that are not, such as a Cyrillic letter among Latin ones.
    static func lookalikeNote(_ text: String, suggestions: [String]) -> String {
        for suggestion in suggestions {
            guard let found = differences(Array(text), Array(suggestion)) else { continue }
            let theirs = found.theirs.isEmpty ? "nothing" : found.theirs.map(described).joined(separator: " and ")
            return " (it holds \(found.own.map(described).joined(separator: " and ")) where \"\(suggestion)\" holds \(theirs))"
        }
        return ""
    }

    /// The characters of `text` and of `other` where the two differ, when they differ only in one
    /// to three characters that look alike, in place or (an invisible character) added to `text`;
    /// each of `text`'s is one a keyboard seldom gives (not ASCII), so that `Guinea/Bissau` is
    /// not told it holds a solidus.
    private static func differences(_ text: [Character], _ other: [Character]) -> (own: [Character], theirs: [Character])? {
        if text.count == other.count {
            let at = text.indices.filter { text[$0] != other[$0] }
            guard (1...3).contains(at.count), at.allSatisfy({ !text[$0].isASCII && lookAlike(text[$0], other[$0]) }) else { return nil }
            return (at.map { text[$0] }, at.map { other[$0] })
        }
        guard text.count == other.count + 1,
              let at = text.indices.first(where: { $0 == other.count || text[$0] != other[$0] }),
              Array(text[..<at] + text[(at + 1)...]) == other, isInvisible(text[at]) else { return nil }
        return ([text[at]], [])
    }

    /// Whether `a` and `b` look alike: two punctuation marks, spaces or modifiers (`ʼ` and `'`,
    /// `‐` and `-`), or a Latin letter and one of another script (Cyrillic `о` and `o`) or its
    /// full-width form.
    static func lookAlike(_ a: Character, _ b: Character) -> Bool {
        guard let x = a.unicodeScalars.first, let y = b.unicodeScalars.first,
              a.unicodeScalars.count == 1, b.unicodeScalars.count == 1 else { return false }
        if isMark(x) && isMark(y) { return true }
        guard x.properties.isAlphabetic, y.properties.isAlphabetic else { return false }
        func latin(_ s: Unicode.Scalar) -> Bool { s.value < 0x250 }
        func fullWidth(_ s: Unicode.Scalar) -> Bool { (0xFF01...0xFF5E).contains(s.value) }
        return latin(x) != latin(y) || fullWidth(x) != fullWidth(y)
    }

    /// Punctuation, a space, a modifier letter or symbol (`ʼ`, `´`): what reads as a mark, not a letter.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .modifierLetter, .modifierSymbol, .otherPunctuation, .initialPunctuation, .finalPunctuation,
             .dashPunctuation, .spaceSeparator, .format, .mathSymbol:
            true
        default: false
        }
    }

    /// A character that shows nothing: a format character (U+200B zero width space, U+00AD soft hyphen).
    private static func isInvisible(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format }
    }

    /// `U+02BC MODIFIER LETTER APOSTROPHE`.
    private static func described(_ character: Character) -> String {
        character.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return scalar.properties.name.map { code + " " + $0 } ?? code
        }.joined(separator: " ")
    }
}
