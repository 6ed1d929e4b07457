import Storage

/// Warns about a figure whose study is a study of another source than the figure's own.
///
/// Why: a brief lists a study's findings under the study's source, so a blog's number filed under
/// an ILO survey reads as ILO's finding (a user-review, session 42). The row may still be right, a
/// study published in several places, so it is loaded, with a warning at its study cell that says
/// what a brief will make of it.
struct StudySourceCheck {
    /// Each study's source as read, so that a file of many figures of one study asks once.
    private var sources: [String: String?] = [:]

    mutating func warning(for figure: Figure, row: RowReader, db: Database) throws -> IngestIssue? {
        guard let study = figure.study else { return nil }
        let studySource: String?
        if let known = sources[study] {
            studySource = known
        } else {
            studySource = try db.scalar("SELECT source FROM studies WHERE key = ?", [study])?.textValue
            sources[study] = studySource
        }
        guard let studySource, studySource != figure.source else { return nil }
        let field = row.field("study")
        return IngestIssue(
            file: row.file, line: field?.line ?? row.record.line, column: field?.column ?? row.record.column,
            message: "study: \(study) is a study of source \(studySource), and this figure's source is \(figure.source): "
                + "a brief lists the figure among the study's findings, under \(studySource); expected the study's own source, "
                + "or, for a number \(figure.source) repeats from the study, no study and cites naming the study's figure; loaded as written")
    }

    /// Forgets what was read: a studies file later in the command may move a study to another source.
    mutating func forget() { sources.removeAll() }
}
