/// The cells of several tables of one dataset version as one table for disclosure control:
/// a cell two tables share (a country's total, the number of all people) appears once, and every
/// table's relations hold between the combined cells.
///
/// Why: a reader holds every table derived from a version, not only the latest. A count
/// suppressed to protect a small one in a country-by-gender table may be narrowed by a
/// country-by-year table whose own audit never saw the gender cells; only the relations of both
/// together show what a reader can infer.
struct CombinedCells {
    private(set) var keys: [String] = []
    private(set) var values: [Int] = []
    private(set) var relations: [[Int]] = []
    private(set) var covers: [FlagCover] = []
    private(set) var byKey: [String: Int] = [:]
    /// The cells withheld in a table because they break down a small group (``CellTable/withheld``):
    /// a reader does not know whether they hold anyone.
    private(set) var mayBeEmpty: [Bool] = []

    /// Adds a table (``CellTable``): its cells, relations, flag covers and withheld cells.
    @discardableResult
    mutating func add(_ table: CellTable) -> Bool {
        add(keys: table.keys, values: table.values, relations: table.relations, covers: table.covers, withheld: table.withheld)
    }

    /// Adds a table's cells (by figure key), relations and flag covers (over the table's own
    /// cell indexes); the first table added keeps its cell numbers.
    ///
    /// - Returns: false when a shared cell has another count in this table than in one added
    ///   before, which cannot happen for tables of one version (the same cases, counted alike).
    @discardableResult
    mutating func add(
        keys tableKeys: [String], values tableValues: [Int], relations tableRelations: [[Int]], covers tableCovers: [FlagCover] = [],
        withheld: Set<Int> = []
    ) -> Bool {
        var consistent = true
        let ids = zip(tableKeys, tableValues).map { key, value in
            if let id = byKey[key] {
                consistent = consistent && values[id] == value
                return id
            }
            byKey[key] = keys.count
            keys.append(key)
            values.append(value)
            mayBeEmpty.append(false)
            return keys.count - 1
        }
        for cell in withheld { mayBeEmpty[ids[cell]] = true }
        relations += tableRelations.map { $0.map { ids[$0] } }
        covers += tableCovers.map { $0.renumbered(ids) }
        return consistent
    }

    /// Sets `cell` to the number a figure holds for it, where that is not the count derived from
    /// cases: a reader reasons from what is published (`CaseDerivation.narrowedByStoredCounts`).
    mutating func publish(_ value: Int, at cell: Int) {
        values[cell] = value
    }

    /// Adds the change between two cells (one count in two versions of a dataset) as a cell of its
    /// own, with the relation `larger = smaller + change`, when it is a small count: the people
    /// added or removed between the versions, whom a reader who subtracts one table from the other
    /// could count. Returns the new cell, or nil when the change is none or not small.
    mutating func addChange(between a: Int, and b: Int, key: String, minCell: Int) -> Int? {
        let change = abs(values[a] - values[b])
        guard change > 0, change < minCell, byKey[key] == nil else { return nil }
        let (larger, smaller) = values[a] >= values[b] ? (a, b) : (b, a)
        let id = keys.count
        byKey[key] = id
        keys.append(key)
        values.append(change)
        mayBeEmpty.append(false)
        relations.append([larger, smaller, id])
        return id
    }
}
