/// The cells of a tally in a fixed order (by figure key), with the relations between totals and
/// their cells that disclosure control must respect.
///
/// A relation holds a total and the cells that add up to it along one single-valued dimension
/// (country, citizenship, year, gender, age band), `not-recorded` included. Multi-select
/// dimensions add no relation: a person counted under several forms makes their counts sum to
/// more than the total.
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
    }
}
