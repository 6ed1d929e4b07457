import Foundation

/// Keys and references in composed form (Unicode NFC): `café` as one letter `é`, not `e`
/// followed by a combining accent, as macOS writes names and some editors save text.
///
/// Why: the two forms print alike, and Swift compares them as equal, but SQLite compares bytes,
/// so `café-f` typed on two machines became two figures (`same-figure-twice: café-f (7) and café-f
/// (6)`), and `unknown source "café-2019"; did you mean "café-2019"?` (a user-review, session 42).
/// A key a file defines must be composed, and is refused, shown escaped, otherwise; a reference
/// to one (`source`, `study`, `cites`) is read composed, since it can only mean the key it shows.
enum ComposedText {
    /// `text` in composed form; ASCII text, nearly every cell, is returned as it is.
    static func composed(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// `composed` for an optional cell.
    static func composed(_ text: String?) -> String? {
        text.map { composed($0) }
    }

    /// Why `key` cannot be a key as written, or nil when it is composed.
    static func problem(_ key: String) -> String? {
        let composed = composed(key)
        guard composed.unicodeScalars.elementsEqual(key.unicodeScalars) == false else { return nil }
        var shown = ""
        for scalar in key.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark {
                let code = String(scalar.value, radix: 16, uppercase: true)
                shown += "\\u{" + code + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return "\"\(shown)\" writes an accent as a separate combining mark, as macOS writes names, and would be another key "
            + "than \"\(composed)\" typed with the accented letter; expected the composed form (Unicode NFC): retype the key, "
            + "or save the file from an editor that composes accents"
    }
}
