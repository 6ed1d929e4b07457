import Storage

/// Ingest's warning at a sources row's `date` cell when the date it gives a stored source is
/// before the start of the period of figures or studies that source reports: `tipdb check`'s
/// `period-after-publication` and `study-period-after-publication`, seen from the sources file.
///
/// Why: a figures or studies file is warned at its period cell when a period starts after its
/// source's publication, but a sources file loaded later that moved the source's date from 2022
/// to 2012 left a figure and a study of 2016 to `tipdb check` (session 39). The new date may be
/// the correction and the periods wrong, so the row is loaded as written; the warning names the
/// records, which another file loaded and this one cannot correct.
enum SourceDateCheck {
    /// The records named in one warning before "and N more".
    static let namedLimit = 5

    /// One warning per check and source of `batch` (a sources file's load) naming the stored
    /// figures, then one naming the studies, whose period starts after the source's new date; studies this
    /// command read are left out (`judgedStudy`: their own row was warned). Each at the row of
    /// `file` that gave the source (`position`), then at its `date` cell (`issued` in CSL-JSON).
    static func warnings(
        db: Database, batch: Int64, file: String,
        judgedStudy: (String) -> Bool, position: (String) -> (line: Int, column: Int)?
    ) throws -> [RowWarning] {
        var groups: [[PeriodBeforeNewDate]] = []
        try Audit(db: db).periodsBeforeNewSourceDates(batch: batch) { found in
            guard !(found.isStudy && judgedStudy(found.key)) else { return }
            if let last = groups.last?.last, last.check == found.check, last.source == found.source {
                groups[groups.count - 1].append(found)
            } else {
                groups.append([found])
            }
        }
        // In the file's line order, a source's figures before its studies.
        let placed = groups.compactMap { group in group.first.map { (group: group, at: position($0.source) ?? (0, 0)) } }
        return placed.enumerated().sorted { a, b in
            (a.element.at.line, a.element.at.column, a.offset) < (b.element.at.line, b.element.at.column, b.offset)
        }.compactMap { _, element in
            guard let first = element.group.first else { return nil }
            let issue = IngestIssue(
                file: file, line: element.at.line, column: element.at.column,
                message: "\(first.check): \(describe(element.group)): \(first.message)")
            return RowWarning(issue, cells: ["date", "issued"])
        }
    }

    /// `source ilo, which this file dates 2012, is cited by 2 figures whose period starts later:
    /// f1 (period starts 2016), f2 (period starts 2017)`; for studies, `reports 1 study whose ...`.
    static func describe(_ group: [PeriodBeforeNewDate]) -> String {
        guard let first = group.first else { return "" }
        let count = group.count
        let records = first.isStudy
            ? "reports \(count == 1 ? "1 study" : "\(count) studies")"
            : "is cited by \(count == 1 ? "1 figure" : "\(count) figures")"
        var named = group.prefix(namedLimit).map { "\($0.key) (period starts \($0.periodStart))" }.joined(separator: ", ")
        if count > namedLimit { named += " and \(count - namedLimit) more, which tipdb check lists" }
        return "source \(first.source), which this file dates \(first.published), \(records) whose period starts later: \(named)"
    }
}
