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
        let familyPart = joined([nonDroppingParticle, family])
        let givenPart = joined([given, droppingParticle]).map { given in suffix.map { "\(given), \($0)" } ?? given }
        switch (familyPart, givenPart) {
        case (let f?, let g?): return "\(f), \(g)"
        case (let f?, nil): return f
        case (nil, let g?): return g
        default: return nil
        }
    }
}
