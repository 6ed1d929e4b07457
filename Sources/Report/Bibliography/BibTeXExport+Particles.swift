import Storage

extension BibTeXExport {
    /// The names of `csl`'s author and editor lists that carry a CSL `dropping-particle`, each as
    /// stored (`CSLName.written`: `Gaulle, Anne de`) with the form BibTeX is given (`de Gaulle,
    /// Anne`): the particle in front of the family name, where BibTeX reads a lower-case word as
    /// the "von" part.
    ///
    /// Why: the authors column stores the particle after the given name, as CSL's inverted form
    /// writes it, and BibTeX written from it read "de" as a middle name: pybtex and the standard
    /// styles printed `A. d. Gaulle` (review of session 52). As the von part, abbreviating styles
    /// print `A. de Gaulle`, and biblatex sorts and cites it under "Gaulle" unless `useprefix` is
    /// set, which is what a dropping particle means. A `non-dropping-particle` is stored in front
    /// already (`van der Heijden, Peter`) and needs nothing.
    static func droppingParticleNames(_ csl: String?) -> [String: String] {
        guard let csl, csl.contains("dropping-particle"), let tree = try? JSONTree.parse(csl) else { return [:] }
        var names: [String: String] = [:]
        for list in ["author", "editor"] {
            guard case .array(let people)? = tree[list] else { continue }
            for person in people {
                var name = CSLName { part in
                    if case .string(let text)? = person[part], !text.allSatisfy(\.isWhitespace) { return text } else { return nil }
                }
                guard name.literal == nil, let particle = name.droppingParticle, let stored = name.written else { continue }
                // A particle also written at the end of the given name (`"given": "Anne de"`) is moved from there.
                if let given = name.given, given.lowercased().hasSuffix(" " + particle.lowercased()) {
                    name.given = String(given.dropLast(particle.count + 1))
                }
                name.nonDroppingParticle = [particle, name.nonDroppingParticle].compactMap { $0 }.joined(separator: " ")
                name.droppingParticle = nil
                if let bibTeX = name.written, bibTeX != stored { names[stored] = bibTeX }
            }
        }
        return names
    }
}
