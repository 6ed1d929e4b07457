/// The bound columns of one indicator column of an Our World in Data grapher file
/// (`OWIDBoundColumn`): the fields whose cells are the `low` and `high` of the estimate on the
/// same row, and the level the titles or the metadata state, if any.
struct OWIDInterval {
    /// The field of the lower bound's column, or nil when the file has none.
    var low: Int?
    /// The field of the upper bound's column, or nil when the file has none.
    var high: Int?
    /// The confidence level as a fraction (0.95), stored only for a row with both bounds; nil
    /// when no level is stated, for a range is not a confidence interval until its source says so.
    var level: Double?

    /// The bound fields, lower first.
    var fields: [(side: OWIDBoundColumn.Side, field: Int)] {
        var found: [(side: OWIDBoundColumn.Side, field: Int)] = []
        if let low { found.append((.low, low)) }
        if let high { found.append((.high, high)) }
        return found
    }
}
