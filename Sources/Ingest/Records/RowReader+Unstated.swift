import Storage

extension RowReader {
    /// The figure fields this record does not give at all (no column, no JSON member): an update
    /// of a stored figure keeps them as stored. A field given empty is stated, and clears.
    var unstatedFigureFields: UnstatedFields {
        var unstated: UnstatedFields = []
        let named: [(String, UnstatedFields)] = [
            ("study", .study), ("locator", .locator), ("quote", .quote), ("cites", .cites), ("method", .method),
            ("notes", .notes), ("tags", .tags), ("form", .form), ("sex", .sex), ("age_group", .ageGroup),
        ]
        for (name, field) in named where self.field(name) == nil { unstated.insert(field) }
        if field("low") == nil && field("high") == nil && field("ci_level") == nil { unstated.insert(.bounds) }
        if !record.fields.contains(where: { FieldContract.isExtraColumn($0.name) }) { unstated.insert(.extra) }
        return unstated
    }
}
