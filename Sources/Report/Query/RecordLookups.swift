/// What `FigureRows` looks up for every record it makes, once: the measure's default unit and
/// rank in reading order, and the source's index among the catalog's sources.
///
/// Why: a brief of 100,000 figures hashed each figure's measure and source again in several
/// places (the measures the scope holds, the reading order, the sources the document names and
/// counts, the citation numbers), some 200M instructions (`valgrind --tool=callgrind`). Looked up
/// once as each record is made, on the thread that makes records, they are array indexes after.
struct RecordLookups: Sendable {
    /// By measure code: its default unit and its place in `Catalog.measureOrder`.
    let measures: [String: (defaultUnit: String, rank: Int)]
    /// By source key: its index in `sourceKeys`.
    let sourceIndexes: [String: Int]
    /// Every source key of the catalog, in byte order, so that two loads from one catalog number alike.
    let sourceKeys: [String]

    init(catalog: Catalog) {
        var measures: [String: (defaultUnit: String, rank: Int)] = [:]
        // A measure outside the order (none today) still has its unit, and sorts last.
        for (code, unit) in catalog.defaultUnits { measures[code] = (unit, catalog.measureRanks[code] ?? Int.max) }
        self.measures = measures
        sourceKeys = catalog.sources.keys.sorted()
        var indexes: [String: Int] = [:]
        for (index, key) in sourceKeys.enumerated() { indexes[key] = index }
        sourceIndexes = indexes
    }

    /// The distinct sources of `figures`, found by index rather than by hashing each figure's key.
    func sources(of figures: [FigureRecord]) -> Set<String> {
        var seen = [Bool](repeating: false, count: sourceKeys.count)
        var sources: Set<String> = []
        for figure in figures {
            let index = figure.sourceIndex
            if index < 0 || index >= seen.count {
                sources.insert(figure.source)
            } else if !seen[index] {
                seen[index] = true
                sources.insert(sourceKeys[index])
            }
        }
        return sources
    }
}
