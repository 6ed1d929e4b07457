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

    /// `van Gogh, Vincent`; `de la Fontaine, Jean`; `King, Martin Luther, Jr.`; `Plato`; nil for a name with no part.
    public var written: String? {
        if let literal { return literal }
        func joined(_ parts: [String?]) -> String? {
            let words = parts.compactMap { $0 }
            return words.isEmpty ? nil : words.joined(separator: " ")
        }
        // A particle also written in the part it belongs to (`"family": "van der Berg"` with
        // `"non-dropping-particle": "van der"`, as some exports give it) is written once.
        let familyPart = joined([Self.particle(nonDroppingParticle, unlessIn: family, atEnd: false), family])
        let givenPart = joined([given, Self.particle(droppingParticle, unlessIn: given, atEnd: true)])
            .map { given in suffix.map { "\(given), \($0)" } ?? given }
        switch (familyPart, givenPart) {
        case (let f?, let g?): return "\(f), \(g)"
        case (let f?, nil): return f
        case (nil, let g?): return g
        default: return nil
        }
    }

    /// `particle`, or nil when `part` already holds it as whole words: at its start (a family
    /// name) or its end (a given name), in any case.
    private static func particle(_ particle: String?, unlessIn part: String?, atEnd: Bool) -> String? {
        guard let particle, let part else { return particle }
        let words = part.lowercased().split(separator: " ")
        let particleWords = particle.lowercased().split(separator: " ")
        guard !particleWords.isEmpty, words.count >= particleWords.count else { return particle }
        let held = atEnd ? words.suffix(particleWords.count) : words.prefix(particleWords.count)
        return Array(held) == particleWords ? nil : particle
    }
}
