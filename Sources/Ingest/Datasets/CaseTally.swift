import Storage

/// Counts of people in every cell of the table over the chosen dimensions, and in every margin
/// of it (each dimension either broken down or totalled over).
///
/// SQLite groups the case rows into distinct patterns first (one query, no row leaves the
/// database), and the patterns are expanded into cells here. People whose value of a dimension
/// was not recorded form their own `not-recorded` category, so every margin is the sum of its
/// cells and every total counts everyone, whichever dimensions are chosen.
struct CaseTally {
    static let notRecorded = "not-recorded"

    /// A cell: one category index per dimension, or -1 where the cell totals over the dimension.
    typealias Cell = [Int32]

    let dimensions: [CaseDimension]
    /// Per dimension, the category labels by index.
    private(set) var categories: [[String]]
    private(set) var counts: [Cell: Int] = [:]
    /// The first and last year of registration in the dataset (for cells not broken down by year).
    private(set) var years: (first: Int, last: Int)?
    /// People in the dataset version.
    private(set) var people = 0

    init(db: Database, dataset: Int64, variant: String, dimensions: [CaseDimension]) throws {
        self.dimensions = dimensions
        categories = dimensions.map { _ in [] }
        var selected: [String] = []
        var flagGroups: [[(column: String, category: String)]] = []
        for dimension in dimensions {
            if let column = dimension.column {
                selected.append(column)
                flagGroups.append([])
            } else {
                let flags = dimension.flags(in: variant)
                selected += flags.map(\.column)
                flagGroups.append(flags)
            }
        }
        let grouping = selected.isEmpty ? "" : " GROUP BY " + selected.joined(separator: ", ")
        let columns = selected.isEmpty ? "" : selected.joined(separator: ", ") + ", "
        let statement = try db.prepare("SELECT \(columns)count(*) FROM cases WHERE dataset_id = ?\(grouping)")  // sql-constant: column names from CaseDimension's fixed lists
        try statement.bind([dataset])
        var interned: [[String: Int32]] = dimensions.map { _ in [:] }
        while try statement.step() {
            var position = 0
            var choices: [[Int32]] = []
            for (index, dimension) in dimensions.enumerated() {
                var labels: [String] = []
                if dimension.column != nil {
                    labels = [statement.string(at: position) ?? Self.notRecorded]
                    position += 1
                } else {
                    for flag in flagGroups[index] {
                        if !statement.isNull(at: position) && statement.int64(at: position) == 1 { labels.append(flag.category) }
                        position += 1
                    }
                    if labels.isEmpty { labels = [Self.notRecorded] }
                }
                choices.append(labels.map { label in
                    if let code = interned[index][label] { return code }
                    let code = Int32(categories[index].count)
                    categories[index].append(label)
                    interned[index][label] = code
                    return code
                })
            }
            let people = Int(statement.int64(at: position))
            self.people += people
            add(people, choices: choices)
        }
        let span = try db.rows("SELECT min(year) AS first, max(year) AS last FROM cases WHERE dataset_id = ?", [dataset]).first
        if let first = span?.int("first"), let last = span?.int("last") { years = (Int(first), Int(last)) }
    }

    /// Adds `people` to every cell and margin their pattern falls in.
    private mutating func add(_ people: Int, choices: [[Int32]]) {
        let width = dimensions.count
        for mask in 0..<(1 << width) {
            var cell = Cell(repeating: -1, count: width)
            expand(people, choices: choices, mask: mask, index: 0, cell: &cell)
        }
    }

    private mutating func expand(_ people: Int, choices: [[Int32]], mask: Int, index: Int, cell: inout Cell) {
        if index == dimensions.count {
            counts[cell, default: 0] += people
            return
        }
        guard mask & (1 << index) != 0 else {
            expand(people, choices: choices, mask: mask, index: index + 1, cell: &cell)
            return
        }
        for choice in choices[index] {
            cell[index] = choice
            expand(people, choices: choices, mask: mask, index: index + 1, cell: &cell)
        }
        cell[index] = -1
    }

    /// The label of a cell's category for dimension `index` (nil where the cell totals over it).
    func label(of cell: Cell, at index: Int) -> String? {
        cell[index] < 0 ? nil : categories[index][Int(cell[index])]
    }

    /// The category index of `label` for dimension `index`, if any person has it.
    func code(of label: String, at index: Int) -> Int32? {
        categories[index].firstIndex(of: label).map(Int32.init)
    }
}
