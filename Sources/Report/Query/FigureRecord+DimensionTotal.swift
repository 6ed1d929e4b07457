import Storage

extension FigureRecord {
    /// The dimension of the figure's one breakdown, for the subgroup rules (`SubgroupTotals`): a
    /// category of it is compared with that dimension's total, as `tipdb check` compares them.
    var breakdownDimension: String? { breakdowns.count == 1 ? breakdowns[0].dimension : nil }

    /// Whether the figure's one breakdown is its dimension's `Total` (GLOTIP's `by citizenship, Total`).
    var isDimensionTotal: Bool { breakdowns.count == 1 && breakdowns[0].category.lowercased() == "total" }

    /// The category of the figure's one breakdown (`England` for `subdivision: England`): the parts
    /// of a country a sum adds (`SubgroupSums`) are read from it, as `tipdb check` reads them.
    var breakdownCategory: String? { breakdowns.count == 1 ? breakdowns[0].category : nil }
}
