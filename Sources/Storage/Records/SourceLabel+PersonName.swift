import Foundation

extension SourceLabel {
    /// How a label names a person who leads it: by the family name (`Ray`), with the initials of
    /// the given names (`A. M. Ray`), or with them in full (`Ann Marie Ray`).
    enum NameForm: Sendable {
        case family
        case initials
        case full
    }

    /// A person's stored name, `Family, Given[, Suffix]`, as a label cites it in `form`; a name
    /// in a script written without spaces (`张, 伟`) is given whole in either fuller form
    /// (`张伟`), as such names take no initials; a name without a given part keeps its family name.
    static func cited(_ name: String, _ form: NameForm) -> String {
        let family = shortName(family: name)
        guard form != .family else { return family }
        if let parts = CSLName.unspacedParts(name) { return parts.family + parts.given }
        let parts = name.components(separatedBy: ",")
        let given = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        let shown = form == .initials ? initials(given) : given
        return shown.isEmpty ? family : shown + " " + family
    }

    /// The part of `Family, Given` before its first comma.
    private static func shortName(family name: String) -> String {
        String(name.prefix { $0 != "," })
    }

    /// `A. M.` for `Ann Marie`, `J.-P.` for `Jean-Pierre`, `J. R. R.` for `J.R.R.`: the first
    /// letter of each word, as written, a word starting after a space, a full stop or a hyphen
    /// (kept between the initials of a hyphenated name, as APA writes them).
    static func initials(_ given: String) -> String {
        var text = ""
        var atWordStart = true
        var hyphenated = false
        for character in given {
            if character.isWhitespace || character == "." || character == "-" || character == "\u{2010}" {
                atWordStart = true
                hyphenated = character == "-" || character == "\u{2010}"
            } else if atWordStart && character.isLetter {
                text += (text.isEmpty ? "" : hyphenated ? "-" : " ") + String(character) + "."
                atWordStart = false
                hyphenated = false
            }
        }
        return text
    }
}
