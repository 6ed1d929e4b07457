/// The writing systems whose words are not separated by spaces, as search has to know them.
///
/// Why: FTS5's `unicode61` tokenizer (the one the search indexes use) ends a word only at a space
/// or punctuation, so `日本の人身取引 2019` is indexed as two words, `日本の人身取引` and `2019`, and a
/// search for `人身取引` finds nothing. A query word with a character of these scripts is therefore
/// looked for as a character sequence inside the indexed text (`Search+Unspaced.swift`). Hangul is
/// written with spaces, but a Korean word carries its particles (`인신매매는`), so it is here too.
enum UnspacedScript {
    /// Code point ranges: Han (with its extensions and compatibility ideographs), Hiragana,
    /// Katakana (with the half-width forms and the prolonged sound mark), the ideographic
    /// iteration marks, Hangul, Thai, Lao, Tibetan, Myanmar and Khmer.
    private static let ranges: [ClosedRange<UInt32>] = [
        0x0E00...0x0EFF,  // Thai, Lao
        0x0F00...0x0FFF,  // Tibetan
        0x1000...0x109F,  // Myanmar
        0x1100...0x11FF,  // Hangul Jamo
        0x1780...0x17FF,  // Khmer
        0x19E0...0x19FF,  // Khmer symbols
        0x3005...0x3007,  // 々 〆 〇
        0x303B...0x303C,  // 〻 〼
        0x3040...0x30FF,  // Hiragana, Katakana
        0x3130...0x318F,  // Hangul compatibility Jamo
        0x31F0...0x31FF,  // Katakana phonetic extensions
        0x3400...0x4DBF,  // CJK Extension A
        0x4E00...0x9FFF,  // CJK Unified Ideographs
        0xA960...0xA97F,  // Hangul Jamo Extended-A
        0xAA60...0xAA7F,  // Myanmar Extended-A
        0xAC00...0xD7FF,  // Hangul syllables, Jamo Extended-B
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFF66...0xFFDC,  // half-width Katakana and Hangul
        0x20000...0x3134F,  // CJK Extensions B-G
    ]

    /// Whether `scalar` belongs to a script written without spaces between words.
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x0E00 else { return false }
        return ranges.contains { $0.contains(value) }
    }

    /// Whether `text` has any character of such a script.
    static func occurs(in text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains(where: contains)
    }
}
