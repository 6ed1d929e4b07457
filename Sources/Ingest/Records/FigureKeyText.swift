import Storage

/// What a figure key given in a file may hold.
///
/// Keys of sources and studies follow `KeyRules`; a figure's is freer (it may be a published
/// code, with spaces), but never holds what cannot be seen or told apart: `"\u{FEFF}k1"` would be
/// another figure than `"k1"` that prints the same, and so would `a\u{A0}b` (a no-break space)
/// beside `a b`. A key is how a later file updates a figure and how `cites` names it, so two
/// keys that print the same would split one figure in two without a word.
enum FigureKeyText {
    /// Why `key` cannot be a figure's key, or nil when it can.
    static func problem(_ key: String) -> String? {
        if key.unicodeScalars.contains(where: { VisibleText.isControl($0) || VisibleText.isInvisible($0) }) {
            return "\"\(key)\" holds an invisible or control character; expected a key of visible characters only (retype it, or remove the character shown escaped)"
        }
        guard let space = key.unicodeScalars.first(where: isOtherSpace) else { return nil }
        // Shown escaped as `VisibleText` shows an invisible character: the message must not
        // print the key as it looks, which is what hides the difference.
        var shown = ""
        for scalar in key.unicodeScalars {
            if isOtherSpace(scalar) {
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        let code = String(space.value, radix: 16, uppercase: true)
        let named = "\(name(of: space)) (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code))"
        return "\"\(shown)\" holds \(named), which prints like a space but makes another key than one with a plain space; expected plain spaces (U+0020) only (retype the space)"
    }

    /// Spaces that are not U+0020: the no-break spaces (U+00A0, U+202F), the typographic spaces
    /// U+2000 to U+200A, the medium mathematical space (U+205F), the ideographic space (U+3000)
    /// and the Ogham space mark (U+1680). Word processors and web pages put them in text that
    /// is then pasted into a spreadsheet.
    static func isOtherSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    private static func name(of space: Unicode.Scalar) -> String {
        switch space.value {
        case 0xA0: "a no-break space"
        case 0x202F: "a narrow no-break space"
        case 0x3000: "an ideographic space"
        case 0x1680: "an Ogham space mark"
        case 0x205F: "a medium mathematical space"
        default: "a typographic space"
        }
    }
}
