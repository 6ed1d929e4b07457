/// A CSL name (an author, editor or contributor), and how tipdb writes it: `Family, Given` for a
/// person, the literal name for an organisation. Ingest reads CSL-JSON and reports print it, each
/// with its own JSON types, so the one way of writing a name lives here.
public struct CSLName: Sendable, Equatable {
    public var literal: String?
    public var family: String?
    public var given: String?
    public var nonDroppingParticle: String?
    public var droppingParticle: String?
    public var suffix: String?

    /// Reads the parts by their CSL member names; `part` returns a member's text, or nil when it
    /// is absent, empty or not text.
    public init(parts part: (String) -> String?) {
        literal = part("literal")
        family = part("family")
        given = part("given")
        nonDroppingParticle = part("non-dropping-particle")
        droppingParticle = part("dropping-particle")
        suffix = part("suffix")
    }

    /// `van Gogh, Vincent`; `de la Fontaine, Jean`; `d'Souza, Maria`; `King, Martin Luther, Jr.`;
    /// `Plato`; nil for a name with no part.
    ///
    /// This is the form the authors column stores, family name first with a comma, for every
    /// script: labels cite the part before the comma, BibTeX and the CSL-JSON export read the
    /// parts back from it. A name in a script written without spaces (`张, 伟`) is joined where it
    /// is shown (`listed`, `CitationText.displayOrder`), not here.
    public var written: String? {
        if let literal { return literal }
        // A particle also written in the part it belongs to (`"family": "van der Berg"` with
        // `"non-dropping-particle": "van der"`, as some exports give it) is written once.
        let familyPart = Self.joined(particle: Self.particle(nonDroppingParticle, unlessIn: family, atEnd: false), family)
        // A dropping particle follows the given name in this inverted form: nothing is joined to it.
        let givenWords = [given, Self.particle(droppingParticle, unlessIn: given, atEnd: true)].compactMap { $0 }
        let givenPart = (givenWords.isEmpty ? nil : givenWords.joined(separator: " "))
            .map { given in suffix.map { "\(given), \($0)" } ?? given }
        switch (familyPart, givenPart) {
        case (let f?, let g?): return "\(f), \(g)"
        case (let f?, nil): return f
        case (nil, let g?): return g
        default: return nil
        }
    }

    /// `particle name`, or with no space where the particle ends in an apostrophe or a hyphen
    /// (`d'` `Souza` is `d'Souza`, `al-` `Rashid` is `al-Rashid`), as CSL processors (citeproc-js,
    /// pandoc) join such a particle to the name after it.
    static func joined(particle first: String?, _ second: String?) -> String? {
        switch (first, second) {
        case (let first?, let second?): return first + (endsJoined(first) ? "" : " ") + second
        case (let only?, nil), (nil, let only?): return only
        case (nil, nil): return nil
        }
    }

    /// Whether `particle` ends in an apostrophe (straight or typographic) or a hyphen, and so is
    /// written against the name it precedes.
    private static func endsJoined(_ particle: String) -> Bool {
        guard let last = particle.last else { return false }
        return "'\u{2019}-\u{2010}".contains(last)
    }

    /// `particle`, or nil when `part` already holds it: as whole words at its start (a family
    /// name) or its end (a given name), in any case, or for a particle ending in an apostrophe or
    /// a hyphen, at the start of the family name's first word (`d'` in `d'Souza`, `al-` in
    /// `Al-Rashid`), either apostrophe matching the other.
    private static func particle(_ particle: String?, unlessIn part: String?, atEnd: Bool) -> String? {
        guard let particle, let part else { return particle }
        func folded(_ text: String) -> String { text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") }
        if !atEnd, endsJoined(particle) {
            return folded(part).hasPrefix(folded(particle)) ? nil : particle
        }
        let words = folded(part).split(separator: " ")
        let particleWords = folded(particle).split(separator: " ")
        guard !particleWords.isEmpty, words.count >= particleWords.count else { return particle }
        let held = atEnd ? words.suffix(particleWords.count) : words.prefix(particleWords.count)
        return Array(held) == particleWords ? nil : particle
    }

    /// A stored name (`written`) as a reference list gives it: as stored, but for a person's name
    /// wholly in Chinese, Japanese or Korean script, the family name then the given name with
    /// nothing between (`张, 伟` is `张伟`), as CSL processors write such a name in any order.
    public static func listed(_ name: String) -> String {
        guard let parts = unspacedParts(name) else { return name }
        return parts.family + parts.given
    }

    /// The family and given name of a stored `Family, Given` written wholly in Chinese, Japanese
    /// or Korean script, which puts the family name first and no space after it; nil for any other.
    public static func unspacedParts(_ name: String) -> (family: String, given: String)? {
        let parts = name.components(separatedBy: ", ")
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(isUnspaced) }) else { return nil }
        return (parts[0], parts[1])
    }

    /// Whether `scalar` is a character of Han, kana, Hangul or Bopomofo script, or the
    /// katakana middle dot that joins parts of a name.
    private static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0x2E80...0x2FDF, 0x3005...0x3007, 0x3040...0x312F, 0x3130...0x318F, 0x31A0...0x31FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            true
        default: false
        }
    }
}
