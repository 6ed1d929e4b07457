/// The cells of a tally in a fixed order (by figure key), with the relations between totals and
/// their cells that disclosure control must respect.
///
/// A relation holds a total and the cells that add up to it along one single-valued dimension
/// (country, citizenship, year, gender, age band), `not-recorded` included. Multi-select
/// dimensions add no relation: a person counted under several forms makes their counts sum to
/// more than the total; they add a ``FlagCover`` instead.
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

    /// The dimensions as `--by` takes them: `country,gender`.
    var dimensionsText: String { tally.dimensions.map(\.rawValue).joined(separator: ",") }

    init(tally: CaseTally, figures: DerivedFigures) {
        self.tally = tally
        let keyed = tally.counts.map { (key: figures.key($0.key), cell: $0.key, count: $0.value) }.sorted { $0.key < $1.key }
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
