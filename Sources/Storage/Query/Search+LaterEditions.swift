extension Search {
    /// What each figure of `hits` that a later edition of its producer's series gave again says of
    /// it, by key (`LaterEditions`): `revised by a later edition: 1,210 in UNODC 2024
    /// (nga20-ed2024)`, or `given again by a later edition: ...` for the same number; the source
    /// by the label briefs cite it by.
    ///
    /// Why: GLOTIP 2022's 1,150 for Nigeria in 2020, which GLOTIP 2024 revised to 1,210, was
    /// listed as though current, the caution saying so only in the brief (an expert witness's
    /// review, session 53). Only the figures shown are looked up.
    func laterEditions(_ hits: [Hit]) throws -> (found: [String: LaterEdition], texts: [String: String]) {
        let keys = hits.filter { $0.kind == "figures" }.map(\.key)
        let found = try LaterEditions.find(in: db, keys: keys)
        guard !found.isEmpty else { return ([:], [:]) }
        let numbers = try numberTexts(found.values.map(\.key))
        var texts: [String: String] = [:]
        for (key, later) in found {
            texts[key] = "\(later.verb): \(numbers[later.key] ?? "") in \(later.sourceLabel ?? later.source) (\(later.key))"
        }
        return (found, texts)
    }

    /// `hits` with each figure's title ended by what `texts` says of it: `...: 1,150 — UNODC 2023;
    /// revised by a later edition: 1,210 in UNODC 2024 (nga20-ed2024)`.
    static func withLaterEditions(_ hits: [Hit], _ texts: [String: String]) -> [Hit] {
        guard !texts.isEmpty else { return hits }
        return hits.map { hit in
            guard hit.kind == "figures", let text = texts[hit.key] else { return hit }
            var said = hit
            said.title += "; " + text
            return said
        }
    }
}
