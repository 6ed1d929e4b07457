import Storage

/// How the single-source gap names second-hand copies (`SecondHandCopies`): apart from the
/// producer's own sources, as copies of them, so that "one source" is not contradicted by a
/// second label in the figures tables.
extension GapAnalysis {
    /// The producer's own sources and the copies among `sources`, each in their order; when all
    /// are copies (the producer's own data is not in the database), all count as own.
    static func ownAndCopies(_ sources: [String], catalog: Catalog) -> (own: [String], copies: [String]) {
        let copies = sources.filter(catalog.copies.isCopy)
        let own = sources.filter { !catalog.copies.isCopy($0) }
        return own.isEmpty ? (sources, []) : (own, copies)
    }

    /// ` (UNODC 2025a [2] is a copy of its data republished by Our World in Data)`, or "" without copies.
    static func copyPhrase(_ copies: [String], context: BriefContext) -> CitedText {
        guard !copies.isEmpty else { return "" }
        var republishers: [String] = []
        for copy in copies {
            if let name = context.catalog.copies.republishers[copy], !republishers.contains(name) { republishers.append(name) }
        }
        let labels = CitedText.list(copies.map(context.citedLabel))
        return " (\(labels) \(copies.count == 1 ? "is a copy" : "are copies") of its data republished by \(Words.list(republishers)))"
    }
}
