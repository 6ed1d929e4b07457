import Storage

/// The warnings a studies file gets for a study it loads: the place and period cells a figures
/// file is warned of (`EUMembershipCheck`, `RowReader.periodMonthWarning`), and a period that
/// starts after the study's source was published (`tipdb check`'s `study-period-after-publication`).
///
/// Why: a studies file loaded `EU` for 2016 as EU27 and `2011-12` as December 2011 without a
/// word, where a figures file warns of both at the cell, and a study of 2024 reported by a source
/// of 2020-05 passed ingest and check alike.
enum StudyChecks {
    /// The warnings read from the row alone, found on the reading thread and printed if the study
    /// is loaded: each unspecific `EU` in `places` for a period before 2020, and an ambiguous month.
    static func readingWarnings(for study: Study, row: RowReader) -> [IngestIssue] {
        EUMembershipCheck.warnings(for: study, row: row) + [row.periodMonthWarning()].compactMap { $0 }
    }

    /// The warning for the study stored under `key`, just written from `row`, when its period
    /// starts after its source's publication: `tipdb check`'s rule and row, at the `period` cell
    /// (at the `source` cell, or the row's start, when the row left the stored period as it was).
    static func publicationWarning(study key: String, row: RowReader, db: Database) throws -> IngestIssue? {
        guard let finding = try Audit(db: db).studyPeriodAfterPublication(key: key), let text = finding.rows.first else { return nil }
        let field = row.field("period") ?? row.field("source")
        return IngestIssue(
            file: row.file, line: field?.line ?? row.record.line, column: field?.column ?? row.record.column,
            message: "\(finding.check): \(text): \(finding.message)")
    }
}
