import Storage

/// The producers behind a series of figures from different data collections: which figures are
/// editions of one producer's series (the ILO's 2005, 2012, 2017 and 2022 estimates) and which
/// are independent estimates by producers of their own.
///
/// Why: the methods caution said of any two data collections that "their methods and coverage
/// changed between editions". Of the Walk Free Foundation's 300,000 for Thailand in 2018 and an
/// NGO survey's 610,000 (500,000 to 700,000) for 2019, two unrelated producers, it told of
/// editions that never were, and not that two independent estimates disagree, one outside the
/// other's interval (review of session 37).
///
/// A producer is known by the names a source is cited under (`SourceLabel.leadNames`: its
/// authors, or the organisation that issued it) and, for an organisation's own publication
/// (`ProducerNames.ownPublications`), by its publisher, each compared as a second-hand copy's producer is
/// (`SecondHandCopies.names`: `OrganisationName.matchKey`, and the abbreviation a label gives it,
/// so that `International Labour Office` is `ILO`), and by the name it now uses
/// (`OrganisationName.renamed`: the Walk Free Foundation is Walk Free). Figures of one data collection
/// (`ComparabilityCheck.collection`), or of sources that share a name, are one producer's.
struct SeriesProducers {
    /// The series' figures by producer, each group in series order, the groups by their first figure.
    let groups: [[FigureRecord]]
    /// For each group, how many data collections its figures come from.
    let collections: [Int]

    init(_ series: [FigureRecord], catalog: Catalog) {
        let collection = series.map { ComparabilityCheck.collection(of: $0, catalog) }
        let names = series.map { catalog.producerNames[$0.source] ?? [] }
        // Joined as a union-find: each figure with the first figure of its data collection and
        // the first of each of its names. Why not every pair: a place's series in a large brief
        // holds a hundred figures or more, and comparing each pair was 4 % of its main thread.
        var parent = Array(series.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        func join(_ earlier: Int, _ later: Int) {
            let (a, b) = (root(earlier), root(later))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var firstOfCollection: [String: Int] = [:], firstOfName: [String: Int] = [:]
        for index in series.indices {
            if let first = firstOfCollection[collection[index]] { join(first, index) } else { firstOfCollection[collection[index]] = index }
            for name in names[index] {
                if let first = firstOfName[name] { join(first, index) } else { firstOfName[name] = index }
            }
        }
        var groups: [[FigureRecord]] = []
        var collections: [Set<String>] = []
        var position: [Int: Int] = [:]
        for index in series.indices {
            let group = root(index)
            if let at = position[group] {
                groups[at].append(series[index])
                collections[at].insert(collection[index])
            } else {
                position[group] = groups.count
                groups.append([series[index]])
                collections.append([collection[index]])
            }
        }
        self.groups = groups
        self.collections = collections.map(\.count)
    }

    /// Whether the series has figures of two producers or more.
    var isIndependent: Bool { groups.count >= 2 }

    /// The names the source's producer is matched by (`ProducerNames.of`; `Catalog.producerNames` holds them for every source).
    static func names(_ source: Source) -> Set<String> { ProducerNames.of(source) }
}
