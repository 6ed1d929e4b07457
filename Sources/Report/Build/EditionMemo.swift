/// Sources by index, and which is a later edition of which (`EditionRevisions.isLaterEdition`),
/// worked out once for each pair of sources asked about.
///
/// Why: the slots compared every pair of their figures by their sources' origins, producers'
/// names and dates, each looked up by key: over the bench's 100,000 figures from twenty
/// yearly editions of one producer, 11 % of the brief's time on the thread that numbers
/// citations (`perf`, session 55); the sub-periods caution asked it of every figure within a
/// whole, a quarter of that caution's time (session 57). Whether one source is a later edition
/// of another does not depend on the figures, so it is worked out once for each pair of sources.
final class EditionMemo {
    let index: [String: Int]
    private let sources: [String]
    private let catalog: Catalog
    /// `isLaterEdition` of source `a` than source `b` at `a * count + b`, worked out when first
    /// asked (0 not yet, 1 no, 2 yes); empty above `memoLimit` sources, which are asked each time.
    private var memo: [UInt8]
    private static let memoLimit = 2_048

    init(_ sources: [String], catalog: Catalog) {
        self.sources = sources
        self.catalog = catalog
        index = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1, $0) })
        memo = sources.count <= Self.memoLimit ? [UInt8](repeating: 0, count: sources.count * sources.count) : []
    }

    func isLater(_ a: Int, than b: Int) -> Bool {
        guard !memo.isEmpty else { return EditionRevisions.isLaterEdition(source: sources[a], of: sources[b], catalog: catalog) }
        let at = a * sources.count + b
        if memo[at] == 0 { memo[at] = EditionRevisions.isLaterEdition(source: sources[a], of: sources[b], catalog: catalog) ? 2 : 1 }
        return memo[at] == 2
    }
}
