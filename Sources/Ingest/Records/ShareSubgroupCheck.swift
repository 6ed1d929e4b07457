import Storage

/// The warning for a share that says nothing of what it is a share of: unit `percent`, of a
/// measure that counts people or cases, with sex, age group and form all the total, no notes and
/// no breakdown (review W28).
///
/// Why: a figure in percent is a part of its measure's people as a share of all of them, and the
/// subgroup names the part: detected victims, 38 percent, age group children is "children are 38
/// percent of detected victims". With every subgroup field at its total the part is unsaid, and a
/// brief prints "38%, all", the whole as 38 percent of itself: a subgroup is missing. Some parts
/// are no subgroup ("about 1 in 100 victims rescued", the Fixtures' UNODC share): notes are the
/// only field that can say those, so a share with notes is taken as explained and not warned
/// about. Warning every such share (an earlier attempt) fired on that legitimate curated figure,
/// so a clean load of the Fixtures would teach analysts to ignore the warning. A rate or an index
/// in percent (a measure whose `counts` is `rate` or `index`) is a share of a population, not of
/// the measure's own people, and is never warned about. Not an error: shares are published that
/// way, and the warning asks for the column that would say the part. `tipdb check` finds the same
/// shares over the whole database (`share-without-part`, `Audit.sharesWithoutPart`), by the same
/// rule (`Audit.shareWithoutPart`).
enum ShareSubgroupCheck {
    static let message = "unit percent with sex, age_group and form all total and no notes: a share of which part of the measure? "
        + "Fill sex, age_group or form with the part it is a share of (age_group children: children as a share of all), "
        + "or say in notes what the part is when it is no subgroup (victims rescued); a share of the population is a rate, "
        + "per-1000 or per-100000; loaded as published"

    /// The warning for `figure`, read from `row`, or nil: the rule is `Audit.shareWithoutPart`,
    /// the one `tipdb check` applies, over the figure as it will be stored (a subgroup field or
    /// notes the row leaves out keep the stored figure's, `unstated`).
    static func warning(for figure: Figure, unstated: UnstatedFields, row: RowReader, db: Database) throws -> IngestIssue? {
        guard try Audit.isShareWithoutPart(figure, unstated: unstated, db: db) else { return nil }
        // At the unit the row gives; else at the value (12%), else at the row.
        let field = [row.field("unit"), row.field("value")].compactMap { $0 }.first { !($0.value ?? "").isEmpty }
        return IngestIssue(
            file: row.file, line: field?.line ?? row.record.line, column: field?.column ?? row.record.column,
            message: "\(field?.name ?? "unit"): \(message)")
    }
}
