extension Measure {
    /// Every measure's code in reading order: top-level measures grouped by what they count
    /// (prevalence first, money last), then by label and code, each followed by its sub-measures,
    /// depth first, by label then code; measures whose parent chain loops, last, by code.
    ///
    /// Why here, once: briefs order their tables, key figures and charts by it, and the report
    /// library derived it again for each use (a rank for every record as it is read, another for
    /// the brief's sorting); one derivation from the vocabulary keeps them the same order.
    public static func readingOrder(_ measures: [String: Measure]) -> [String] {
        var children: [String: [Measure]] = [:]
        var roots: [Measure] = []
        for measure in measures.values {
            if let parent = measure.parent { children[parent, default: []].append(measure) } else { roots.append(measure) }
        }
        let byLabel = { (a: Measure, b: Measure) in (a.label, a.code) < (b.label, b.code) }
        roots.sort { (countsRank($0.counts), $0.label, $0.code) < (countsRank($1.counts), $1.label, $1.code) }
        var order: [String] = []
        var seen: Set<String> = []
        func visit(_ measure: Measure) {
            guard seen.insert(measure.code).inserted else { return }  // a parent loop must not recurse forever
            order.append(measure.code)
            for child in (children[measure.code] ?? []).sorted(by: byLabel) { visit(child) }
        }
        for root in roots { visit(root) }
        // Measures whose parent chain loops never reach a root: keep them, last, by code.
        for code in measures.keys.sorted() where !seen.contains(code) { order.append(code) }
        return order
    }

    /// Each measure's place in `readingOrder`, by code.
    public static func readingRanks(_ order: [String]) -> [String: Int] {
        var ranks: [String: Int] = [:]
        for (index, code) in order.enumerated() { ranks[code] = index }
        return ranks
    }

    /// What a measure counts, in reading order: prevalence, detected and criminal-justice counts,
    /// rates, indexes, money; anything else after.
    static func countsRank(_ counts: String) -> Int {
        ["prevalence-estimate", "detected-count", "criminal-justice-count", "rate", "index", "money"]
            .firstIndex(of: counts) ?? 9
    }
}
