/// How many columns of a terminal a text takes: what `tipdb sql`'s table aligns and cuts by.
///
/// Why not `String.count`: a Chinese, Japanese or Korean character (East Asian Wide or
/// Fullwidth, UAX #11) takes two columns, and a combining accent or a zero-width character takes
/// none, so a column sized by characters pushed the next one right of its header (`日本の人身取引`
/// is 7 characters and 14 columns) or left of it (`é́` is one column). Widths follow `wcwidth` as
/// terminals, `sqlite3 -box` and psql apply it; the emoji that terminals draw two columns wide are
/// those with Emoji_Presentation. A character (grapheme cluster) never takes more than two
/// columns: a flag or an emoji sequence joined by U+200D is one picture.
enum TerminalWidth {
    /// The columns `text` takes.
    static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The columns one character takes: 0, 1 or 2.
    static func of(_ character: Character) -> Int {
        var width = 0
        var emojiStyle = false
        for scalar in character.unicodeScalars {
            width += of(scalar)
            emojiStyle = emojiStyle || scalar.value == 0xFE0F
        }
        return emojiStyle && width > 0 ? 2 : min(width, 2)
    }

    /// `text` cut to at most `columns` columns, ending with `…` when anything was cut.
    static func cut(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let width = of(character)
            if used + width > columns - 1 { break }
            kept.append(character)
            used += width
        }
        return kept + "…"
    }

    private static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return 0
        case .format:
            return value == 0xAD ? 1 : 0  // a soft hyphen is drawn as a hyphen
        default:
            break
        }
        // Hangul vowels and final consonants join the syllable's first jamo.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (UAX #11), the emoji aside.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FF1,  // ideographic symbols
        0x17000...0x18D08,  // Tangut, Khitan
        0x1AFF0...0x1B2FF,  // Kana supplement and extensions, Nushu
        0x1F200...0x1F265,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B to F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G and H
    ]
}
