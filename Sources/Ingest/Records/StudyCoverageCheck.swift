import Storage

/// Warns about a figure whose study covers neither its place nor its period, at its study cell:
/// check's `figure-outside-study` as the row is loaded (`StudyCoverage` draws the line for both).
///
/// Why at load: the wrong study key is the row's, and the file is open in front of the user; a
/// brief would list the figure among the study's findings with the study's method and sample.
enum StudyCoverageCheck {
    static func warning(for figure: Figure, row: RowReader, db: Database) throws -> IngestIssue? {
        guard let study = figure.study,
              let gap = try db.studyCoverageGap(
                study: study, place: figure.place, periodStart: figure.periodStart, periodEnd: figure.periodEnd,
                periodBasis: figure.periodBasis)
        else { return nil }
        let field = row.field("study")
        return IngestIssue(
            file: row.file, line: field?.line ?? row.record.line, column: field?.column ?? row.record.column,
            message: "study: \(gap): a brief lists the figure among the study's findings and gives it the study's method "
                + "and sample; expected the key of the study that produced it, or no study; loaded as written")
    }
}
