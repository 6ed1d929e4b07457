/// The cells of a tally in a fixed order (by figure key), with the relations between totals and
/// their cells that disclosure control must respect.
///
/// A relation holds a total and the cells that add up to it along one single-valued dimension
/// (country, citizenship, year, gender, age band), `not-recorded` included. Multi-select
/// dimensions add no relation: a person counted under several forms makes their counts sum to
/// more than the total; they add a ``FlagCover`` instead.
///
/// A group of fewer people than the minimum cell size is not broken down (`withheld`): its
/// breakdown cells, empty ones included, are in the table for the audit but never published.
/// Why: derive wrote a count only for combinations that hold someone, so publishing a `<11`
/// group's breakdown told its make-up even with every number hidden: the only cells for Iceland
/// were `age:48-plus`, `gender:male` and `form:organ-removal`, so everyone exploited there was a
/// man of 48 or more, a victim of organ removal (a privacy review, session 48). Showing the empty
/// categories as `<11` instead would publish a count for every combination of every dimension
/// (tens of thousands of figures for a country-by-year-by-form table) and still tell nothing more
/// about a group of ten than its `<11` total does. The withheld cells stay in the audit, each
/// between 0 and the group's size (a reader cannot tell which exist), so that the totals of the
/// larger groups they also belong to (all men, all victims of organ removal) cannot be used to
/// work them out: the audit suppresses more of those until it cannot.
struct CellTable {
    let tally: CaseTally
    /// Cells by id, sorted by figure key so that every run numbers them alike.
    let cells: [CaseTally.Cell]
    let keys: [String]
    let values: [Int]
    let ids: [CaseTally.Cell: Int]
    let byKey: [String: Int]
    /// Each relation: the total's id first, then its cells' ids.
    let relations: [[Int]]
    /// Each multi-select dimension within each enclosing cell.
    let covers: [FlagCover]
    /// The cells that break down a group below the minimum cell size (a cell one of whose
    /// margins, the cell with one of its categories totalled over, holds fewer people), empty
    /// combinations included (count 0): audited, never published.
    let withheld: Set<Int>
    /// The published groups below the minimum cell size that the withheld cells break down, by id.
    let withheldGroups: [Int]

    /// The dimensions as `--by` takes them: `country,gender`.
    var dimensionsText: String { tally.dimensions.map(\.rawValue).joined(separator: ",") }

    init(tally: CaseTally, figures: DerivedFigures) {
        self.tally = tally
        let (counts, withheldCells, groups) = Self.breakdowns(of: tally, minCell: figures.minCell)
        let keyed = counts.map { (key: figures.key($0.key), cell: $0.key, count: $0.value) }.sorted { $0.key < $1.key }
        cells = keyed.map(\.cell)
        keys = keyed.map(\.key)
        values = keyed.map(\.count)
        var ids: [CaseTally.Cell: Int] = [:]
        var byKey: [String: Int] = [:]
        for (id, entry) in keyed.enumerated() {
            ids[entry.cell] = id
            byKey[entry.key] = id
        }
        self.ids = ids
        self.byKey = byKey
        withheld = Set(withheldCells.compactMap { ids[$0] })
        withheldGroups = groups.compactMap { ids[$0] }.sorted()
        let additive = tally.dimensions.indices.filter { !tally.dimensions[$0].isMultiSelect }
        var grouped: [Int: [Int]] = [:]
        for (id, cell) in cells.enumerated() {
            for dimension in additive where cell[dimension] >= 0 {
                var total = cell
                total[dimension] = -1
                guard let parent = ids[total] else { continue }
                grouped[parent * 8 + dimension, default: [parent]].append(id)
            }
        }
        relations = grouped.keys.sorted().compactMap { grouped[$0] }
        covers = Self.covers(tally: tally, cells: cells, ids: ids)
    }

    /// The tally's counts with every empty cell that breaks down a small group added (count 0),
    /// the cells withheld (every cell below a published group of fewer than `minCell` people), and
    /// those groups.
    ///
    /// Only a small group none of whose own margins is small is expanded: the cells below any
    /// other small cell are below one of those too.
    private static func breakdowns(
        of tally: CaseTally, minCell: Int
    ) -> (counts: [CaseTally.Cell: Int], withheld: Set<CaseTally.Cell>, groups: [CaseTally.Cell]) {
        var counts = tally.counts
        var withheld = Set<CaseTally.Cell>()
        var groups: [CaseTally.Cell] = []
        func isSmall(_ cell: CaseTally.Cell) -> Bool { (tally.counts[cell] ?? 0) < minCell }
        let published = tally.counts.keys.filter { cell in
            isSmall(cell) && cell.indices.allSatisfy { index in
                guard cell[index] >= 0 else { return true }
                var margin = cell
                margin[index] = -1
                return !isSmall(margin)
            }
        }
        func knownEmpty(_ cell: CaseTally.Cell) -> Bool {
            cell.indices.contains { index in
                guard cell[index] >= 0 else { return false }
                var margin = cell
                margin[index] = -1
                return counts[margin] == nil && !withheld.contains(margin)
            }
        }
        for group in published.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let open = group.indices.filter { group[$0] < 0 }
            guard !open.isEmpty else { continue }
            groups.append(group)
            var cell = group
            func expand(_ position: Int) {
                if position == open.count {
                    // An empty cell one of whose margins is an empty cell published by its
                    // absence (not withheld) is known to be empty: a reader reads it as 0, so it
                    // is left out, as that margin is (it is audited as 0 that way).
                    if cell != group, counts[cell] != nil || !knownEmpty(cell) {
                        withheld.insert(cell)
                        if counts[cell] == nil { counts[cell] = 0 }
                    }
                    return
                }
                let index = open[position]
                for code in Int32(-1)..<Int32(tally.categories[index].count) {
                    cell[index] = code
                    expand(position + 1)
                }
                cell[index] = -1
            }
            expand(0)
        }
        return (counts, withheld, groups)
    }

    /// The flag covers: for each cell totalled over a multi-select dimension that has cells
    /// broken down by it, the not-recorded cell and the flags' cells.
    private static func covers(tally: CaseTally, cells: [CaseTally.Cell], ids: [CaseTally.Cell: Int]) -> [FlagCover] {
        var covers: [FlagCover] = []
        for (index, dimension) in tally.dimensions.enumerated() where dimension.isMultiSelect {
            let unrecorded = tally.code(of: CaseTally.notRecorded, at: index)
            var flags: [Int: [Int]] = [:]
            var missing: [Int: Int] = [:]
            for (id, cell) in cells.enumerated() where cell[index] >= 0 {
                var enclosing = cell
                enclosing[index] = -1
                guard let total = ids[enclosing] else { continue }
                if cell[index] == unrecorded { missing[total] = id } else { flags[total, default: []].append(id) }
            }
            for total in Set(flags.keys).union(missing.keys).sorted() {
                covers.append(FlagCover(total: total, unrecorded: missing[total], flags: flags[total] ?? []))
            }
        }
        return covers
    }
}
