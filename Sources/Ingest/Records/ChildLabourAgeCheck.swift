import Storage

/// The warning for a figure of child labour whose age group is all the children the measure
/// counts by definition: `children`, or the band `5-17`.
///
/// Why: child labour and hazardous child labour count children aged 5 to 17 by definition, so a
/// user fills `age_group` with `children`, as the study does; the brief then took the world's 160
/// million as a subgroup, gave the child-labour brief no key figure at all and said there was no
/// figure "for everyone", which read as the world total missing (a child-rights specialist's
/// review, session 55). The key figures, `latest_estimates` and the data gaps take a figure for
/// everyone in its measure as one with age group `total`, as for every measure; the warning says
/// so where the row is, and the figure is loaded as published. A narrower band (`5-11`) is a
/// subgroup and is not warned about. `tipdb check`'s `whole-as-subgroup` names the rows already
/// stored so, by the same rule (`Measure.takesAsWhole(ageGroup:)`).
enum ChildLabourAgeCheck {
    /// The warning for `figure` of `measure`, at its age group's cell, or nil.
    static func warning(for figure: Figure, measure: Measure, row: RowReader) -> IngestIssue? {
        guard measure.takesAsWhole(ageGroup: figure.ageGroup) else { return nil }
        let field = row.field("age_group")
        return IngestIssue(
            file: row.file, line: field?.line ?? row.record.line, column: field?.column ?? row.record.column,
            message: "age_group: \"\(figure.ageGroup)\" is every child \(measure.label.lowercased()) counts (children aged 5 to 17 by "
                + "its definition), so the figure is its whole, not a subgroup; expected total, as for a figure for everyone in any "
                + "measure (key figures and latest_estimates take age_group total), or a narrower band such as 5-11; loaded as published")
    }
}
